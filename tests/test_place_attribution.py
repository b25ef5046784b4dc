"""A source named with a preposition is no place: "according to the White House statement",
"sources close to the Kremlin", "fonti vicine al Cremlino", "сообщили в Кремле". A phone call
credited so has no place; a meeting at the same building keeps it."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

CREDITED = {
    "en": ("According to the White House statement, Prime Minister Narendra Modi called "
           "President Donald Trump on Tuesday, January 8, 2019, to exchange greetings."),
    "it": ("Il presidente del Consiglio Giuseppe Conte e il presidente Vladimir Putin hanno "
           "avuto martedì 8 gennaio 2019 un colloquio telefonico, secondo fonti vicine al "
           "Cremlino."),
    "ru": ("Президент России Владимир Путин 8 января 2019 года провел телефонный разговор с "
           "премьер-министром Индии Нарендрой Моди, сообщили в Кремле."),
}

HOSTED = {
    "en": ("Prime Minister Narendra Modi met President Donald Trump at the White House on "
           "Tuesday, January 8, 2019.", "Washington"),
    "it": ("Il presidente del Consiglio Giuseppe Conte ha incontrato il presidente Vladimir "
           "Putin al Cremlino martedì 8 gennaio 2019.", "Moscow"),
    "ru": ("Президент России Владимир Путин 8 января 2019 года провел переговоры с "
           "премьер-министром Индии Нарендрой Моди в Кремле.", "Moscow"),
}


@pytest.mark.parametrize("lang", sorted(CREDITED))
def test_a_source_named_with_a_preposition_is_no_place(lang: str) -> None:
    analysis = analyze_texts((CREDITED[lang], None), lang=lang)
    calls = [e for e in analysis.events if e.reported_by]
    assert [(e.type, e.location) for e in calls] == [("phone_call", None)], \
        [e.to_json() for e in analysis.events]


@pytest.mark.parametrize("lang", sorted(HOSTED))
def test_a_meeting_at_the_building_keeps_its_place(lang: str) -> None:
    text, place = HOSTED[lang]
    analysis = analyze_texts((text, None), lang=lang)
    assert [e.location for e in analysis.events if e.reported_by] == [place], \
        [e.to_json() for e in analysis.events]
