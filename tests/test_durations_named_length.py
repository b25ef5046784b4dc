"""A contact's length named as such ("会见时间约80分钟", "會見時長約為40分鐘")
or told of a talk still going on ("至今会议进行一个多小时", a lower bound) is its
duration, as "the meeting lasted 80 minutes" is. Found on three real Chinese items: an
Osaka Xi–Trump meeting item (its '会见时间约80分钟' missed), a United Daily News item (the
planned Xi–Modi meeting's '時長約為40分鐘') and an ETtoday item (h19zh-002,
'至今會議進行一個多小時'). The other languages already read theirs."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2019-06-29"

NAMED = [
    ("zh", "国家主席习近平今天在大阪会见美国总统特朗普，会见时间约80分钟。", 80),
    ("zh", "国家主席习近平今天在天津会见印度总理莫迪，会见时长约为40分钟。", 40),
    ("zh", "国家主席习近平今天中午在天津会见印度总理莫迪，至今会议进行一个多小时。", 60),
    ("en", "President Xi Jinping met President Donald Trump in Osaka today; the meeting lasted "
           "80 minutes.", 80),
    ("it", "Il presidente cinese Xi Jinping ha incontrato oggi a Osaka il presidente Donald Trump: "
           "l'incontro è durato 80 minuti.", 80),
    ("ru", "Председатель КНР Си Цзиньпин сегодня встретился в Осаке с президентом США Дональдом "
           "Трампом, встреча продолжалась 80 минут.", 80),
]


@pytest.mark.parametrize(("lang", "text", "minutes"), NAMED)
def test_a_length_named_as_such_is_the_duration(lang: str, text: str, minutes: int) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert events and events[0].duration_minutes == minutes, (
        lang, [e.to_json() for e in events])


def test_the_time_of_day_is_no_length() -> None:
    text = "国家主席习近平今天在大阪会见美国总统特朗普，会见时间为上午11时。"
    events = analyze_texts((text, PAGE), lang="zh").events
    assert events and events[0].duration_minutes is None, [e.to_json() for e in events]
