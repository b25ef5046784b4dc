"""A full name misspelt after its holder's title ("il premier greco Kyriakos Mitostakis", "il
primo ministro cinese Wen Jibao", real Italian items) is the holder, not a newcomer minted
from the typo: the newcomer became the contact's party and the real meeting a phantom beside
a missed one. Nearly all letters shared, the same initials, as many words; anyone else after
the title stays a newcomer. Texts written for this project."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, only_event

from readouts.extract.people.actors import actor_index


@pytest.mark.parametrize(("lang", "text", "on", "expected"), [
    ("it", "Il premier greco Kyriakos Mitostakis ha incontrato ad Atene il cancelliere tedesco "
           "Olaf Scholz per un colloquio sulle relazioni bilaterali.", "2022-10-27",
     {"kyriakos-mitsotakis", "olaf-scholz"}),
    ("it", "Mario Monti ha incontrato a Pechino il primo ministro cinese Wen Jibao per un lungo "
           "colloquio sulla crisi dell'euro.", "2012-01-30", {"mario-monti", "wen-jiabao"}),
    ("en", "Greek Prime Minister Kyriakos Mitsotakis met Turkish President Recep Tayip Erdogen "
           "in Ankara on Monday for talks on migration.", "2024-05-13",
     {"kyriakos-mitsotakis", "recep-tayyip-erdogan"}),
])
def test_a_misspelt_full_name_after_its_title_is_the_holder(
        lang: str, text: str, on: str, expected: set[str]) -> None:
    event = only_event(analyze_texts((text, on), lang=lang))
    assert set(event.participants) == expected


def test_another_name_after_the_title_stays_a_newcomer() -> None:
    found = actor_index().find("Il premier greco Kostas Mitropoulos ha parlato ad Atene.", "it",
                               "2022-10-27")
    assert [m.actor for m in found] == ["kostas-mitropoulos"]


def test_on_an_undated_page_the_past_holder_it_misspells() -> None:
    """An undated page reads its titles as of today: the misspelt name is still the past
    holder's whose name it spells, not today's premier's."""
    found = actor_index().find("Mario Monti ha incontrato il primo ministro cinese Wen Jibao.",
                               "it", None)
    assert [m.actor for m in found] == ["mario-monti", "wen-jiabao"]
