"""A headline telling a held call ("默克尔访华前夕 李克强应约通电话") over an opening that
announces another contact, a visit and the meetings expected in it ("预料会分别与习近平及
李克强会面"): the account's contact is the headline's call, of its two, at the request of
the one visiting; "预料会" (expected to) plans the meetings, none is held; and the leaders
listed after "分别与" (separately with) are each a partner of the visitor, never a pair, as
after "separately with" in English and Russian (found on a real HK01 item on Merkel's 2019
visit)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, reported_facts

PAGE = "2019-09-05"
CALL = {"li-keqiang", "angela-merkel"}

ZH = ("默克尔访华前夕 李克强应约通电话\n\n"
      "德国总理默克尔将于6日至7日对中国进行正式访问。预料会分别与国家主席习近平及总理李克强会面。\n"
      "国务院总理李克强4日晚应约同默克尔通电话。")


def test_the_headlines_call_is_the_accounts_contact() -> None:
    facts = reported_facts(ZH, "zh", PAGE)
    assert (facts["type"], facts["status"], set(facts["participants"]), facts["initiated_by"]) == (
        "phone_call", "held", CALL, "angela-merkel"), facts


def test_no_meeting_of_the_two_listed_partners() -> None:
    events = analyze_texts((ZH, PAGE), lang="zh").events
    pairs = [set(e.participants) for e in events]
    assert {"xi-jinping", "li-keqiang"} not in pairs, [e.to_json() for e in events]
    assert all(e.status == "planned" for e in events if e.type == "meeting"), [
        e.to_json() for e in events]


LISTED = [
    ("zh", "国务院总理李克强4日晚同德国总理默克尔通电话。\n\n"
           "默克尔将于下周对中国进行正式访问。预料会分别与国家主席习近平及总理李克强会面。"),
    ("en", "Chinese Premier Li Keqiang held a phone call with German Chancellor Angela Merkel "
           "on Wednesday evening.\n\nMerkel will pay an official visit to China next week. "
           "She is expected to meet separately with President Xi Jinping and Premier Li "
           "Keqiang."),
    ("ru", "Премьер Госсовета КНР Ли Кэцян в среду вечером провел телефонный разговор с "
           "канцлером Германии Ангелой Меркель.\n\nМеркель на следующей неделе посетит Китай с "
           "официальным визитом. Ожидается, что она встретится по отдельности с председателем "
           "КНР Си Цзиньпином и премьером Ли Кэцяном."),
]


@pytest.mark.parametrize(("lang", "text"), LISTED)
def test_partners_listed_after_with_are_each_the_visitors(lang: str, text: str) -> None:
    meetings = [set(e.participants) for e in analyze_texts((text, PAGE), lang=lang).events
                if e.type == "meeting"]
    assert {"angela-merkel", "xi-jinping"} in meetings, (lang, meetings)
    assert {"xi-jinping", "li-keqiang"} not in meetings, (lang, meetings)
