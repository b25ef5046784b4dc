"""A spokesperson asked whether the leaders will hold a contact ("中美元首是否会在今年春天通话",
"中美领导人是否有可能在…峰会上会晤", "关于中美元首可能举行会晤事") is asked of a contact still
ahead: planned, undated, the two leaders its parties; the day of the briefing ("汪文斌2月2日在例行
记者会上回应") is the spokesperson's, not the contact's. Chinese marks no tense on the verb, and
"是否" was read as a denial, so such a question named no contact, or the officials' meeting the
answer told of became the page's contact. Seen on 4 real items: Wenhui and an HK01 relay of MFA
briefings (dev21 zh21-008/009), a CNS copy and a Shangyou relay of People's Daily (dev22
z22-01/02). English, Italian and Russian ask with a future verb the status cues already read.
Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

ASKED = [
    ("zh", "2月2日，外交部发言人主持例行记者会。有记者提问：中美元首是否会在今年春天通话？",
     "phone_call"),
    ("zh", "有记者问，中美领导人是否有可能在二十国集团峰会期间会晤？", "meeting"),
    ("zh", "记者问：习近平主席会不会同拜登总统通电话？", "phone_call"),
    ("zh", "外交部发言人就中美元首可能举行会晤事答记者问。", "meeting"),
    ("en", "Asked whether President Xi Jinping and President Joe Biden would speak by phone "
           "this spring, the spokesperson had nothing to share.", "phone_call"),
    ("ru", "Журналисты спросили, состоится ли встреча Владимира Путина и Си Цзиньпина "
           "в ближайшее время.", "meeting"),
]


@pytest.mark.parametrize(("lang", "text", "kind"), ASKED)
def test_a_contact_asked_about_is_planned(lang: str, text: str, kind: str) -> None:
    events = analyze_texts((text, "2024-02-02"), lang=lang).events
    assert events, (lang, text)
    event = events[0]
    assert event.type == kind and event.status == "planned", event.to_json()
    assert event.date is None, event.to_json()
    assert len(event.participants) == 2 and "xi-jinping" in event.participants


def test_the_briefing_day_is_not_the_contacts() -> None:
    text = ("外交部发言人汪文斌2月2日在例行记者会上回应有关中美两国元首"
            "是否会在今年春天举行电话会谈的问题。")
    event = analyze_texts((text, "2024-02-03"), lang="zh").events[0]
    assert event.status == "planned" and event.date is None, event.to_json()


# a pair's short forms written together name the two leaders as a plural title
def test_two_countries_leaders_name_both() -> None:
    text = "中俄两国领导人27日在莫斯科举行会谈。"
    event = analyze_texts((text, "2021-09-28"), lang="zh").events[0]
    assert set(event.participants) == {"xi-jinping", "vladimir-putin"}


GUARDS = [
    # held contacts stay held: a will told after the call, a question about its content
    ("zh", "国家主席习近平2日晚应约同美国总统拜登通电话。双方同意继续保持沟通。", "held"),
    ("zh", "记者问：中美元首昨天通话是否谈及台湾问题？发言人说，中方已发布消息。", "held"),
]


@pytest.mark.parametrize(("lang", "text", "status"), GUARDS)
def test_held_contacts_stay_held(lang: str, text: str, status: str) -> None:
    events = analyze_texts((text, "2024-04-03"), lang=lang).events
    assert events and events[0].status == status, [e.to_json() for e in events]
