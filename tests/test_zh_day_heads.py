"""The newspapers' one-character day before a verb ("普京今晤习主席", "习近平昨抵港"): today or
yesterday, counted from the page's day; and the headlines' one-character verb 晤 (meets).

A Chinese convention only (Hong Kong and Taiwan papers most of all): Italian, English and
Russian write "oggi", "today", "сегодня" in full, which the relative days already read.
Texts written for this project.
"""

from __future__ import annotations

import pytest
from test_when_background import reported

from readouts.extract.contacts.kinds import contact_type
from readouts.extract.time.dates import find_dates

DAY_HEADS = [
    ("马克龙今晤莫迪 商讨防务合作", "2024-03-12"),
    ("俄罗斯总统普京昨抵达北京，出席论坛。", "2024-03-11"),
    ("国家主席习近平昨偕夫人乘专机抵港。", "2024-03-11"),
    ("朔尔茨昨乘专机飞抵华盛顿。", "2024-03-11"),
    ("国家主席乘坐的专机昨午抵港。", "2024-03-11"),
]


@pytest.mark.parametrize(("text", "day"), DAY_HEADS)
def test_a_day_of_one_character_before_its_verb(text, day) -> None:
    assert [d.value for d in find_dates(text, "zh", "2024-03-12")] == [day]


# never the end of a word ("如今", "至今", "迄今"), nor "今次" (this time), "今后"
NO_DAY = [
    "两国关系如今与过去大不相同。",
    "两国元首至今举行了四十余次会晤。",
    "今次访问有三个目的。",
    "双方今后将加强沟通。",
]


@pytest.mark.parametrize("text", NO_DAY)
def test_no_day_inside_a_word(text) -> None:
    assert find_dates(text, "zh", "2024-03-12") == []


def test_the_headline_verb_names_a_meeting() -> None:
    assert contact_type("拜登晤习近平 谈台海局势", "zh") == "meeting"
    assert contact_type("两人在会晤中讨论了乌克兰局势", "zh") == "meeting"  # still one cue


def test_a_meeting_told_yesterday_in_the_headline() -> None:
    event = reported("莫迪昨晤马克龙 商讨防务合作\n\n印度总理莫迪与法国总统马克龙举行会谈，"
                     "双方讨论了防务合作。", "2024-03-12", "zh")
    assert set(event.participants) == {"narendra-modi", "emmanuel-macron"}
    assert event.type == "meeting" and event.date == "2024-03-11"
