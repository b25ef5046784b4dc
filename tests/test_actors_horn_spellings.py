"""Eritrea's president is written "Isaias Afwerki", "Afewerki" and, by Ethiopian state media,
"Afeworki" (h25en-011, an ENA item, made him a newcomer 'isaias-afeworki'); Eritrean and
Ethiopian practice names him by his given name ("President Isaias"), as Abiy Ahmed is
"Prime Minister Abiy"."""

from __future__ import annotations

import pytest

from readouts.extract.people.actors import actor_index


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Prime Minister Abiy Ahmed received President Isaias Afeworki at his office."),
    ("en", "Prime Minister Abiy Ahmed received President Isaias at his office."),
    ("it", "Il premier Abiy Ahmed ha ricevuto il presidente eritreo Isaias Afeworki."),
])
def test_the_spellings_of_isaias_afwerki(lang: str, text: str) -> None:
    found = {m.actor for m in actor_index().find(text, lang, "2019-12-11")}
    assert found == {"abiy-ahmed", "isaias-afwerki"}, found
