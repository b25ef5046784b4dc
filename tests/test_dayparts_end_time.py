"""The time a contact ended is not the part of day it was held in: a contact's part of day is
the one it began in. "当地时间29日13时，…会见结束", "The meeting ended at 1:35 pm", "si è concluso
alle 13.35", «переговоры завершились в 13:35» give no afternoon; a start told in another
sentence ("会晤于上午11时20分开始") gives the morning. Found on three real Chinese items: a
Kanzaobao item and an Oceanol wire flash (dev20 d20zh-015/016: Xi's meetings with Biden and
Trump came out in the afternoon of their end) and a Sputnik Chinese item (h20zh-008: the video
meeting in two halves, its end at 12:24)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2023-11-16"
XI_BIDEN = {"xi-jinping", "joe-biden"}

ENDED_ONLY = [
    ("zh", "国家主席习近平15日同美国总统拜登举行会晤。当地时间15日下午2时10分，两国元首会晤结束。"),
    ("en", "President Xi Jinping met US President Joe Biden on Wednesday. The meeting ended at "
           "2:10 pm local time."),
    ("it", "Il presidente cinese Xi Jinping ha incontrato mercoledì il presidente americano Joe "
           "Biden. L'incontro si è concluso alle 14.10 ora locale."),
    ("ru", "Председатель КНР Си Цзиньпин в среду встретился с президентом США Джо Байденом. "
           "Переговоры завершились в 14:10 по местному времени."),
]

START_LATER = [
    ("zh", "两国元首会晤已经结束。当地时间15日下午2时10分，中美元首会晤结束。会晤于当地时间15日上午"
           "11时40分开始。"),
    ("en", "Xi Jinping met Joe Biden in San Francisco on Wednesday. At 2:10 pm the "
           "meeting ended. The meeting between Xi Jinping and Joe Biden began at 11:40 am."),
]


def _parts(lang: str, text: str) -> list[tuple[str, str | None]]:
    events = analyze_texts((text, PAGE), lang=lang).events
    return [(e.type, e.part_of_day) for e in events if set(e.participants) == XI_BIDEN]


@pytest.mark.parametrize(("lang", "text"), ENDED_ONLY)
def test_the_end_time_is_no_part_of_day(lang: str, text: str) -> None:
    assert _parts(lang, text) == [("meeting", None)]


@pytest.mark.parametrize(("lang", "text"), START_LATER)
def test_the_start_told_later_is_the_part_of_day(lang: str, text: str) -> None:
    assert _parts(lang, text) == [("meeting", "morning")]


@pytest.mark.parametrize(("lang", "text"), [
    ("zh", "国家主席习近平15日下午同美国总统拜登举行会晤，会晤于下午3时结束。"),
    ("en", "Xi Jinping met Joe Biden on Wednesday afternoon; the meeting ended at 3 pm."),
    ("it", "Xi Jinping ha incontrato Joe Biden mercoledì pomeriggio. L'incontro si è concluso "
           "in serata."),
    ("ru", "Си Цзиньпин встретился с Джо Байденом в среду во второй половине дня."),
])
def test_a_start_or_a_part_in_words_stays(lang: str, text: str) -> None:
    assert _parts(lang, text) == [("meeting", "afternoon")]


def test_a_range_keeps_its_start() -> None:
    text = "Xi Jinping and Joe Biden met on Wednesday from 10:30 am until 2:10 pm."
    assert _parts("en", text) == [("meeting", "morning")]


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Xi Jinping ha incontrato mercoledì Joe Biden. L'incontro è iniziato alle 9.20 ed è "
           "terminato alle 10.05."),
    ("en", "Xi Jinping met Joe Biden on Wednesday. The meeting began at 9:20 and ended at 10:05."),
    ("ru", "Си Цзиньпин встретился в среду с Джо Байденом. Встреча началась в 9:20 и "
           "завершилась в 10:05."),
])
def test_a_start_joined_to_its_end_stays(lang: str, text: str) -> None:
    assert _parts(lang, text) == [("meeting", "morning")]
