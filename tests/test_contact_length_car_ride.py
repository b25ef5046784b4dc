"""A talk in a car on the way to the meeting ("两人在车上交谈了约一个小时", "they talked for
about an hour in Putin's car", "hanno parlato per circa un'ora nell'auto di Putin", "около
часа беседовали в автомобиле Путина"): its length is the ride's, not the meeting's (found on
a real Guancha item on the Putin-Modi meeting in Tianjin)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2025-09-01"

RIDES = [
    ("zh", "9月1日,俄罗斯总统普京与印度总理莫迪在天津举行了会晤。\n\n"
           "据悉,两人乘坐同一辆车前往会晤地点,在车上交谈了约一个小时。"),
    ("en", "Russian President Vladimir Putin met Indian Prime Minister Narendra Modi in Tianjin "
           "on Monday.\n\nThe two leaders rode together to the venue and talked for about an "
           "hour in Putin's car."),
    ("it", "Il presidente russo Vladimir Putin ha incontrato lunedì a Tianjin il premier indiano "
           "Narendra Modi.\n\nI due leader hanno parlato per circa un'ora nell'auto di Putin."),
    ("ru", "Президент России Владимир Путин в понедельник провел встречу с премьер-министром "
           "Индии Нарендрой Моди в Тяньцзине.\n\nПеред этим лидеры около часа беседовали в "
           "автомобиле Путина."),
]


@pytest.mark.parametrize(("lang", "text"), RIDES)
def test_a_ride_together_gives_the_meeting_no_length(lang: str, text: str) -> None:
    events = [e for e in analyze_texts((text, PAGE), lang=lang).events if e.reported_by]
    assert [(e.type, e.duration_minutes) for e in events] == [("meeting", None)], (
        lang, [e.to_json() for e in events])


def test_the_meetings_own_length_stays() -> None:
    text = ("9月1日,俄罗斯总统普京与印度总理莫迪在天津举行了会晤,会晤持续了约一个小时。\n\n"
            "两人此前乘坐同一辆车前往会晤地点。")
    events = [e for e in analyze_texts((text, PAGE), lang="zh").events if e.reported_by]
    assert [e.duration_minutes for e in events] == [60], [e.to_json() for e in events]
