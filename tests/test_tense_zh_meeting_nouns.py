"""A noun ending in 会 before 在 ("峰会在旧金山…举行", "宴会在…举行", "习拜会在…召开") is no
future "会在" (will be at): the sentence tells what was held, so its time is the contact's.
"他会在下周访问" stays a plan. Found on a real Kanzaobao item (dev20 d20zh-015: '中美元首峰会在
旧金山…上午11点20分左右正式开场' read as a plan, the meeting's morning lost); the same wording
('“习奥会”在当地时间7日下午4时左右召开') is on a real Xinyang Evening News relay of Xinhua."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

from readouts.extract.time.tense import sentence_tense

XI_BIDEN = {"xi-jinping", "joe-biden"}


@pytest.mark.parametrize("text", [
    "中美元首峰会在旧金山当地时间15日上午正式开场。",
    "欢迎宴会在人民大会堂举行。",
    "习拜会在当地时间14日下午举行。",
])
def test_a_noun_in_hui_before_zai_is_no_future(text: str) -> None:
    assert sentence_tense(text, "zh") != "future"


@pytest.mark.parametrize("text", [
    "拜登会在下周访问北京。",
    "习近平主席也会在峰会期间会见各国领导人。",
])
def test_a_modal_hui_zai_stays_future(text: str) -> None:
    assert sentence_tense(text, "zh") == "future"


def test_a_summit_held_gives_its_morning() -> None:
    text = ("中美两国元首会晤已经结束，本次会晤持续两小时许。"
            "备受关注的中美元首峰会在旧金山当地时间15日上午11时左右开场。")
    events = analyze_texts((text, "2023-11-16"), lang="zh").events
    found = [(e.type, e.part_of_day) for e in events if set(e.participants) == XI_BIDEN]
    assert found == [("meeting", "morning")], [e.to_json() for e in events]
