"""A held contact whose sentence goes on to another contact planned, the plan's words after
that contact's word ("ha incontrato Macron, in un colloquio che anticipa la visita di
Mattarella prevista per la prossima settimana", "the state visit … scheduled for next week"):
the sentence's own contact is held, and outranks one announced after it."""

from __future__ import annotations

import pytest

from readouts.extract.contacts.held_cue import held_at_cue

HELD = [
    ("it", "Ieri Meloni ha incontrato Macron a Roma, in un colloquio che anticipa la visita di "
           "Stato di Mattarella prevista per la prossima settimana a Parigi."),
    ("en", "Meloni met Macron in Rome on Monday, in talks that come before the state visit of "
           "Mattarella scheduled for next week."),
    ("ru", "Мелони встретилась с Макроном в понедельник, накануне визита Маттареллы, "
           "запланированного на следующую неделю."),
    ("zh", "梅洛尼周一会见了马克龙，此前马塔雷拉的国事访问定于下周举行。"),
]


@pytest.mark.parametrize(("lang", "text"), HELD)
def test_a_plan_after_another_contacts_word_leaves_the_own_contact_held(lang: str,
                                                                        text: str) -> None:
    assert held_at_cue(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    # the plan is the sentence's only contact's
    ("it", "Ieri Meloni ha annunciato l'incontro con Macron previsto per la prossima settimana."),
    ("en", "On Monday Meloni announced a meeting with Macron scheduled for next week."),
])
def test_a_plan_of_the_only_contact_is_no_held_one(lang: str, text: str) -> None:
    assert not held_at_cue(text, lang)
