"""A given name after a title of a body whose seats several hold, the surname misspelt
("la presidente dell'Unione Europea Ursula von der Lyen", "European Union President Ursula
von der Lyen", "председатель Евросоюза Урсула фон дер Ляен"): the one person in any of the
body's seats that day with that given name, not a newcomer "ursula" (found on a real Il
Secolo XIX item, h11it-029, where "ursula" became a principal). Texts written for these
tests; it/en/ru fail on main; a given name nobody seated has stays a newcomer."""

from __future__ import annotations

import pytest

from readouts.extract.people.actors import actor_index


@pytest.mark.parametrize(("text", "lang"), [
    ("Sono arrivate le congratulazioni della presidente dell'Unione Europea Ursula von der Lyen "
     "al presidente Mattarella.", "it"),
    ("European Union President Ursula von der Lyen congratulated President Mattarella.", "en"),
    ("Председатель Евросоюза Урсула фон дер Ляен поздравила президента Маттареллу.", "ru"),
])
def test_the_given_name_of_a_seated_person_names_her(text: str, lang: str) -> None:
    found = {m.actor for m in actor_index().find(text, lang, "2022-01-29", None)}
    assert "ursula-von-der-leyen" in found, found
    assert not any(a.startswith(("ursula", "урсула")) and a != "ursula-von-der-leyen"
                   for a in found), found


def test_a_given_name_nobody_seated_has_stays_a_newcomer() -> None:
    found = {m.actor for m in actor_index().find(
        "European Union President Marta Kos congratulated President Mattarella.", "en",
        "2022-01-29", None)}
    assert "ursula-von-der-leyen" not in found, found
