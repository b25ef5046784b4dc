"""A family-first surname the roster lists alone ("Yoon" for Yoon Suk Yeol) followed by a
hyphenated given name not his ("Yoon Young-chan", "Kim Yo-jong") names another person of
that family, never the known one; read alone, or with his own given name, it is him. Found on
a real la Repubblica item (h16it-023: Moon's spokesman Yoon Young-chan, in 2018, came out as
President Yoon, and a Yoon-Kim meeting appeared)."""

import pytest
from test_contacts import analyze_texts

from readouts.extract.people.actors import actor_index

SPOKESMAN = {
    "it": ("Il presidente sudcoreano Moon Jae-in e il leader nordcoreano Kim Jong-un si sono "
           "incontrati oggi a Panmunjom. \"I due leader si sono scambiati opinioni sulla "
           "dichiarazione\", ha dichiarato Yoon Young-chan, portavoce di Moon."),
    "en": ("South Korean President Moon Jae-in and North Korean leader Kim Jong-un met at "
           "Panmunjom on Saturday. \"The two leaders exchanged views on the declaration,\" "
           "said Yoon Young-chan, Moon's spokesman."),
}


@pytest.mark.parametrize("lang", sorted(SPOKESMAN))
def test_a_surname_with_another_given_name_is_not_the_known_person(lang: str) -> None:
    analysis = analyze_texts((SPOKESMAN[lang], "2018-05-26"), lang=lang)
    assert "yoon-suk-yeol" not in {m.actor for r in analysis.documents[0].readouts
                                   for m in r.mentions}
    assert [set(e.participants) for e in analysis.events] == [{"moon-jae-in", "kim-jong-un"}]


@pytest.mark.parametrize("text", ["Yoon ha incontrato Kishida a Tokyo.",
                                  "Il presidente Yoon Suk Yeol ha incontrato Kishida."])
def test_the_surname_alone_or_in_full_is_him(text: str) -> None:
    found = actor_index().find(text, "it", "2023-03-16")
    assert [m.actor for m in found][:1] == ["yoon-suk-yeol"]
