"""A title's office body is not a name: in "председателем Палаты депутатов Ливии Агилой
Салехом", "Speaker of the Chamber of Deputies of Libya Aguila Saleh", "presidente della Camera
dei deputati libica Aguila Saleh", the capitalised body ("Палаты", "Chamber", "Camera") is no
newcomer actor ("palaty"); the Chinese "利比亚国民代表大会主席萨利赫" names the person."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

TEXTS = {
    "ru": "Президент России Владимир Путин провел встречу с председателем Палаты депутатов Ливии "
          "Агилой Салехом в Кремле.",
    "en": "President Vladimir Putin met with the Speaker of the Chamber of Deputies of Libya "
          "Aguila Saleh in the Kremlin.",
    "it": "Il presidente russo Vladimir Putin ha incontrato il presidente della Camera dei "
          "deputati libica Aguila Saleh al Cremlino.",
    "zh": "俄罗斯总统普京在克里姆林宫会见了利比亚国民代表大会主席萨利赫。",
}
BODIES = {"palaty", "palata", "chamber", "camera", "senate", "assembly"}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_an_office_body_is_no_actor(lang: str) -> None:
    analysis = analyze_texts((TEXTS[lang], "2024-09-12"), lang=lang)
    actors = {a for e in analysis.events for a in e.participants}
    actors |= {m.actor for d in analysis.documents for r in d.readouts for m in r.mentions}
    assert not actors & BODIES, actors
