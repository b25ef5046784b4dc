"""A pronoun subject before a mentioned contact ("He spoke with Mr Trump about tariffs,
accepted an invitation from Mark Carney …", «Он поговорил с Трампом …, принял приглашение
Марка Карни …») stands for the story's principal: the leader named in a later clause of the
sentence is no party of that contact. Found on a real Australian item (held-out 14: a
phantom Carney-Trump call)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

TEXTS = [
    ("en", "Donald Trump offered his congratulations to Anthony Albanese in a Monday morning "
           "phone call.\n\nHe spoke with Mr Trump about tariffs and AUKUS, accepted an invitation "
           "from Mark Carney to attend the G7 and took briefings from senior bureaucrats."),
    ("ru", "Дональд Трамп в понедельник утром поздравил Энтони Албаниза по телефону.\n\n"
           "Он поговорил с Трампом о пошлинах, принял приглашение Марка Карни посетить саммит G7 "
           "и провёл совещание."),
    ("it", "Donald Trump si è congratulato lunedì mattina al telefono con Anthony Albanese.\n\n"
           "Lui ha parlato con Trump dei dazi, ha accettato l'invito di Mark Carney al G7 e ha "
           "tenuto riunioni."),
]


@pytest.mark.parametrize(("lang", "text"), TEXTS, ids=[t[0] for t in TEXTS])
def test_a_later_clause_s_leader_is_no_party(lang: str, text: str) -> None:
    analysis = analyze_texts((text, "2025-05-05"), lang=lang)
    pairs = {frozenset(e.participants) for e in analysis.events}
    assert pairs == {frozenset({"donald-trump", "anthony-albanese"})}, \
        [e.to_json() for e in analysis.events]


def test_a_named_subject_is_the_party() -> None:
    text = ("Donald Trump offered his congratulations to Anthony Albanese in a Monday morning "
            "phone call.\n\nMark Carney said after his call with Mr Trump that the G7 would "
            "meet in June.")
    analysis = analyze_texts((text, "2025-05-05"), lang="en")
    pairs = {frozenset(e.participants) for e in analysis.events}
    assert frozenset({"donald-trump", "mark-carney"}) in pairs, \
        [e.to_json() for e in analysis.events]
