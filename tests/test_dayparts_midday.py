"""Midday is read as afternoon, as a lunch is: "31日中午举行会见", "於中午進行會面", "met at
noon", "a mezzogiorno", "в полдень". Found on two real Taiwanese items (United Daily News and
ETtoday, h19zh-001/002: the Xi–Modi meeting of 31 August 2025 at midday had no part of day) and
a real Kazakh item (the welcome banquet '當天中午'). "Before noon" stays morning."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2025-08-31"

MIDDAY = [
    ("zh", "国家主席习近平31日中午在天津会见来访的印度总理莫迪。"),
    ("zh", "习近平今天中午同莫迪举行会谈。"),
    ("en", "President Xi Jinping met Indian Prime Minister Narendra Modi in Tianjin at noon "
           "today."),
    ("it", "Il presidente cinese Xi Jinping ha incontrato oggi a mezzogiorno a Tianjin il "
           "premier indiano Narendra Modi."),
    ("ru", "Председатель КНР Си Цзиньпин сегодня в полдень встретился в Тяньцзине с "
           "премьер-министром Индии Нарендрой Моди."),
]


@pytest.mark.parametrize(("lang", "text"), MIDDAY)
def test_midday_is_afternoon(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert events and events[0].part_of_day == "afternoon", (
        lang, [e.to_json() for e in events])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "President Xi Jinping met Prime Minister Narendra Modi in Tianjin before noon today."),
    ("zh", "国家主席习近平31日上午在天津会见印度总理莫迪，中午共进午餐。"),
])
def test_before_midday_stays_morning(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert events and events[0].part_of_day == "morning", (lang, [e.to_json() for e in events])
