"""A page dated by its month alone (an archive's "/2021/06/" in its address) telling its
contact by a day relative to it ("this evening", "on Monday", "oggi", "сегодня", "今天"):
which day is unknown, and the contact is undated, as every reader of the trial sets since
held-out 17 writes it (h17it-005, h19en-002, d20en-002, h21zh-004, h22it-001, h22it-020; only
held-out 3 and 5 dated the month). A date the text names outright keeps its day. Texts
written for these tests."""

from __future__ import annotations

import pytest

from readouts.ingest import prepare, read_bytes
from readouts.pipeline import analyze_document, link_results


def _reported(url: str, text: str):  # noqa: ANN202
    raw = read_bytes(f"url: {url}\n\n{text}".encode(), "test.txt")
    analysis = link_results([analyze_document(p) for p in prepare(raw)])
    return [e for e in analysis.events if e.reported_by]


@pytest.mark.parametrize("text", [
    "European Council President Charles Michel held this evening a telephone conversation "
    "with President Emmanuel Macron about the summit.",
    "Italian Prime Minister Mario Draghi spoke by phone on Monday with President Emmanuel "
    "Macron, the two offices said.",
    "Il presidente del Consiglio Mario Draghi ha avuto oggi un colloquio telefonico con il "
    "presidente francese Emmanuel Macron.",
    "Владимир Путин сегодня провёл телефонный разговор с Эммануэлем Макроном.",
    "今天，国家主席习近平同法国总统马克龙通电话。两国元首就双边关系和共同关心的国际问题交换了意见。",
])
def test_a_relative_day_on_a_month_dated_page_dates_nothing(text: str) -> None:
    events = _reported("https://news.example.org/2021/06/leaders-call", text)
    assert events, text
    assert events[0].date is None, events[0].to_json()


def test_a_date_named_outright_keeps_its_day() -> None:
    events = _reported("https://news.example.org/2021/06/leaders-call",
                       "On June 3, 2021, President Emmanuel Macron spoke by phone with "
                       "Chancellor Angela Merkel.")
    assert events and (events[0].date, events[0].date_precision) == ("2021-06-03", "day")


def test_a_contact_to_come_is_not_dated_by_the_page_s_month() -> None:
    events = [e for e in _reported("https://news.example.org/2021/06/leaders-visit",
                                   "President Emmanuel Macron will visit Rome tomorrow to "
                                   "meet Prime Minister Mario Draghi, the Elysee said. The "
                                   "two leaders will discuss the recovery plan and the "
                                   "situation in Libya.")]
    assert all(e.date != "2021-06" for e in events), [e.to_json() for e in events]


def test_a_month_guessed_from_the_content_dates_no_contact() -> None:
    events = _reported("https://news.example.org/a/leaders-call",
                       "印度总理莫迪与俄罗斯总统普京通话\n\n今年9月，莫迪与普京曾在乌兹别克斯坦"
                       "举行双边会见。\n\n印度总理莫迪今天与俄罗斯总统普京通电话，呼吁以对话化解"
                       "冲突。两国领导人的年度峰会2020年因疫情中断。")
    assert events and events[0].date is None, [e.to_json() for e in events]
