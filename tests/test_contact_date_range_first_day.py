"""A contact told over a range of days before its month ("12-14 октября посетил Астану", "с 12
по 14 октября", "dal 28 al 30 novembre", "from 18 to 19 June") is dated by the range's first
day, as "10月12日至14日" already was; the last day is where the visit ends, not where it began
(found on a real Uzbek presidency item, h17ru-010)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

from readouts.extract.time.dates import find_dates

PAGE = "2022-10-10"


@pytest.mark.parametrize(
    ("sentence", "lang", "day"),
    [
        ("Президент 12-14 октября посетит Берлин с рабочим визитом.", "ru", "2022-10-12"),
        ("Президент посетит Берлин с 12 по 14 октября.", "ru", "2022-10-12"),
        ("Il presidente sarà in Germania dal 12 al 14 ottobre per una visita di Stato.", "it",
         "2022-10-12"),
        ("Il presidente sarà a Berlino il 12-14 ottobre.", "it", "2022-10-12"),
        ("The president will visit Germany from 12 to 14 October.", "en", "2022-10-12"),
        ("The president will visit Germany on 12–14 October.", "en", "2022-10-12"),
    ],
)
def test_a_range_of_days_is_dated_by_its_first(sentence: str, lang: str, day: str) -> None:
    assert [d.value for d in find_dates(sentence, lang, PAGE)] == [day]


@pytest.mark.parametrize(
    ("sentence", "lang", "day"),
    [
        ("Счёт матча 2:1, а 14 октября президент посетит Берлин.", "ru", "2022-10-14"),
        ("Era il 1990-14 ottobre, poi la visita.", "it", "2022-10-14"),
    ],
)
def test_a_number_that_opens_no_range_is_left(sentence: str, lang: str, day: str) -> None:
    assert day in [d.value for d in find_dates(sentence, lang, PAGE)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Президент Узбекистана Шавкат Мирзиёев по приглашению Президента Казахстана "
         "Касым-Жомарта Токаева 12-14 октября посетил Астану с рабочим визитом.", "ru"),
        ("Президент Узбекистана Шавкат Мирзиёев по приглашению Президента Казахстана "
         "Касым-Жомарта Токаева с 12 по 14 октября посетил Астану с рабочим визитом.", "ru"),
    ],
)
def test_the_visit_is_dated_from_its_first_day(text: str, lang: str) -> None:
    events = [e for e in analyze_texts((text, "2022-10-14"), lang=lang).events if e.reported_by]
    assert [e.date for e in events] == ["2022-10-12"], [e.to_json() for e in events]
