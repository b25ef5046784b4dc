"""A relative day with its calendar day in brackets right after it ("spoke ... last night
[18 May 2025]", "ieri sera (18 maggio)", "прошлой ночью (18 мая)", "昨晚（5月18日）") is the
bracket's day, with the relative words' part of day: the writer added the day because the
page's own day is not the reader's (found on a real GOV.UK readout, held-out 9, whose
'last night [18 May 2025]' came back as the 17th). Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import reported_facts

CASES = [
    ("en", "The Prime Minister spoke to President Emmanuel Macron last night [18 May 2025]. "
           "The leaders discussed support for Ukraine.", "night"),
    ("it", "Il presidente del Consiglio ha parlato al telefono con il presidente francese "
           "Emmanuel Macron ieri sera (18 maggio 2025). I due leader hanno discusso "
           "dell'Ucraina.", "evening"),
    ("ru", "Президент России Владимир Путин провел телефонный разговор с президентом Франции "
           "Эмманюэлем Макроном прошлой ночью (18 мая 2025 года). Лидеры обсудили Украину.",
     "night"),
    ("zh", "国家主席习近平昨晚（2025年5月18日）同法国总统马克龙通电话。两国元首讨论了乌克兰问题。",
     None),
]


@pytest.mark.parametrize(("lang", "text", "part"), CASES)
def test_the_bracketed_day_dates_the_relative_words(lang: str, text: str,
                                                   part: str | None) -> None:
    facts = reported_facts(text, lang, "2025-05-18")  # the page tells its own day
    assert facts["date"] == "2025-05-18", facts
    if part is not None:  # ("昨晚" is the evening or the night)
        assert facts.get("part_of_day") == part, facts


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Prime Minister spoke to President Emmanuel Macron last night (the second call "
           "this month). The leaders discussed Ukraine."),
    ("it", "Il presidente del Consiglio ha parlato ieri sera (al telefono) con il presidente "
           "francese Emmanuel Macron."),
])
def test_a_bracket_without_a_day_leaves_the_relative_day(lang: str, text: str) -> None:
    assert reported_facts(text, lang, "2025-05-18")["date"] == "2025-05-17"
