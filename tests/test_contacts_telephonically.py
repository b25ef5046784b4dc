"""Leaders who "spoke telephonically" (South African and Indian English: "held telephonic
talks") had a phone call, not a meeting. The adverb is English's; the same sentence in the
other languages ("si sono sentiti telefonicamente", «поговорили по телефону», "通电话") guards
that they read it too. Every text here is written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

SPOKE = {
    "en": ("President Cyril Ramaphosa and President Donald Trump spoke telephonically on "
           "Thursday, just before Ramaphosa received Volodymyr Zelensky's delegation."),
    "it": ("Il presidente Cyril Ramaphosa e il presidente Donald Trump si sono sentiti "
           "telefonicamente giovedì."),
    "ru": "Президент Сирил Рамафоса и президент Дональд Трамп в четверг поговорили по телефону.",
    "zh": "南非总统拉马福萨周四同美国总统特朗普通电话。",
}


@pytest.mark.parametrize("lang", sorted(SPOKE))
def test_speaking_telephonically_is_a_call(lang: str) -> None:
    analysis = analyze_texts((SPOKE[lang], "2025-04-25"), lang=lang)
    reported = [e for e in analysis.events if e.reported_by]
    assert [(e.type, sorted(e.participants)) for e in reported] == [
        ("phone_call", ["cyril-ramaphosa", "donald-trump"])]
