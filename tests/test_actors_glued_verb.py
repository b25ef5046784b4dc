"""A page that lost the space between a name and the verb after it ("Il premier Matteo
Renziha ricevuto", "Matteo Renzisaid", «Владимир Путинпровел») names the known person, not
a new one called "Renziha" (an Italian class left open from earlier stops, where a glued
"Renziha" made a newcomer and a contact with nobody). Chinese writes no spaces."""

from __future__ import annotations

import pytest

from readouts.extract.people.actors import actor_index

GLUED = [
    ("it", "Il premier Matteo Renziha ricevuto oggi a Palazzo Chigi il presidente francese "
           "François Hollande.", {"matteo-renzi", "francois-hollande"}),
    ("it", "Il presidente francese François Hollandeaveva telefonato ieri al premier Matteo "
           "Renzi.", {"matteo-renzi", "francois-hollande"}),
    ("en", "Italian Prime Minister Matteo Renzisaid he had received French President Francois "
           "Hollande in Rome.", {"matteo-renzi", "francois-hollande"}),
    ("ru", "Президент России Владимир Путинпровел телефонный разговор с премьер-министром "
           "Италии Маттео Ренци.", {"vladimir-putin", "matteo-renzi"}),
]


@pytest.mark.parametrize(("lang", "text", "people"), GLUED)
def test_a_verb_glued_to_a_name_makes_no_new_person(lang: str, text: str,
                                                   people: set[str]) -> None:
    found = {m.actor for m in actor_index().find(text, lang, "2016-03-08")}
    assert found == people, (lang, found)


def test_a_longer_word_is_still_no_name() -> None:
    """Only a whole glued verb ends the name: "Renzianamente" is no Renzi."""
    found = {m.actor for m in actor_index().find(
        "Un governo condotto renzianamente, dice Matteo Renzi.", "it", "2016-03-08")}
    assert found == {"matteo-renzi"}, found
