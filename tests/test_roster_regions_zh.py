"""The heads of Hong Kong and Macau (their chief executives) and of Taiwan are leaders: the
Chinese press tells of Xi meeting the chief executive on his duty visit ("会见来京述职的香港特别
行政区行政长官李家超") and of Taipei's calls as it tells any leader's, and the other languages
relay them. Before, the chief executives were not in the roster (the meeting came out with no
party) and Taiwan's leaders' role was no leader's. Texts written for this project.
"""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, held

from readouts.extract.contacts.leaders import is_leader

MET = [
    ("zh", "国家主席习近平16日在中南海会见来京述职的香港特别行政区行政长官李家超。", "john-lee"),
    ("zh", "国家主席习近平16日在北京会见来京述职的澳门特别行政区行政长官贺一诚。", "ho-iat-seng"),
    ("en", "President Xi Jinping met Hong Kong Chief Executive John Lee in Beijing on Monday.",
     "john-lee"),
    ("it", "Il presidente Xi Jinping ha incontrato lunedì a Pechino il capo dell'esecutivo di "
           "Hong Kong John Lee.", "john-lee"),
    ("ru", "Председатель КНР Си Цзиньпин в понедельник встретился в Пекине с главой "
           "администрации Гонконга Джоном Ли.", "john-lee"),
]


@pytest.mark.parametrize(("lang", "text", "head"), MET)
def test_a_chief_executive_met_is_a_party(lang: str, text: str, head: str) -> None:
    events = held(analyze_texts((text, "2024-12-16"), lang=lang))
    assert [(e.type, sorted(e.participants)) for e in events[:1]] == [
        ("meeting", sorted([head, "xi-jinping"]))], (lang, events)


@pytest.mark.parametrize(("actor", "day", "leads"), [
    ("carrie-lam", "2019-10-01", True), ("carrie-lam", "2023-10-01", False),
    ("fernando-chui", "2015-03-01", True), ("tsai-ing-wen", "2020-06-01", True),
    ("lai-ching-te", "2025-06-01", True),
])
def test_the_regions_heads_lead_in_their_years(actor: str, day: str, leads: bool) -> None:
    assert is_leader(actor, day) is leads


TAIPEI_SPELLINGS = [
    ("总统赖清德今天上午在总统府以军礼欢迎吐瓦鲁国总理戴斐立伉俪。", "feleti-teo", "ceremony"),
    ("总统蔡英文今天在总统府会晤巴拉圭总统潘尼亚。", "santiago-pena", "meeting"),
    ("总统赖清德今天与帛琉总统惠恕仁举行双边会谈。", "surangel-whipps", "meeting"),
]


@pytest.mark.parametrize(("text", "guest", "kind"), TAIPEI_SPELLINGS)
def test_taipeis_spellings_of_its_allies_leaders(text: str, guest: str, kind: str) -> None:
    """Taipei writes its allies' leaders its own way (戴斐立, 潘尼亚/贝尼亚, 惠恕仁: LTN, UDN,
    Taro News) and welcomes them with military honours (军礼: the welcome ceremony)."""
    events = held(analyze_texts((text, "2025-11-18"), lang="zh"))
    assert [(e.type, guest in e.participants) for e in events[:1]] == [(kind, True)], events
