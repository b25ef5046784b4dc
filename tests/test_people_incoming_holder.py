"""A title marked new or incoming before its holder takes office is the one about to take it:
"il nuovo presidente dell'Argentina" in the week after the election is Milei, congratulated
by phone, not the outgoing Fernández (a real Italian item on Meloni's call). Where the new
holder is already in office, the holder on the day. Texts written for this project."""

from __future__ import annotations

import pytest

from readouts.extract.people.actors import actor_index


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Giorgia Meloni si è congratulata con il nuovo presidente argentino."),
    ("en", "Giorgia Meloni congratulated the incoming Argentine president by phone."),
    ("ru", "Мелони поздравила нового президента Аргентины по телефону."),
])
def test_the_new_holder_before_he_takes_office(lang: str, text: str) -> None:
    found = [m.actor for m in actor_index().find(text, lang, "2023-11-20")]
    assert found[-1] == "javier-milei"


def test_the_new_holder_already_in_office_is_the_holder() -> None:
    found = actor_index().find("Meloni ha sentito il nuovo presidente argentino.", "it",
                               "2024-03-20")
    assert found[-1].actor == "javier-milei"
    before = actor_index().find("Meloni ha sentito il presidente argentino.", "it", "2023-11-20")
    assert before[-1].actor == "alberto-fernandez"
