"""A day opening a sentence and running on past its comma into words ("8月25日，习近平主席
同俄罗斯总统普京通电话。") is that sentence's own day, not a dateline: below a headline that
is the lead, it dates the call, not the page's stamp under the headline ("新华社2021-08-26
08:46"); a dateline goes on with a time, a dash or a bracket (found on a real Chengdu
Commercial Daily app item)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2023-04-02"

TEXT = ("快讯 | 习近平同法国总统马克龙通电话 谈及乌克兰局势\n新华社2023-04-02 09:15\n\n"
        "4月1日,习近平主席同法国总统马克龙通电话。\n\n两国元首就双边关系交换了意见。")


def test_the_opening_day_dates_the_headlines_call() -> None:
    events = [e for e in analyze_texts((TEXT, PAGE), lang="zh").events if e.reported_by]
    assert [(set(e.participants), e.date) for e in events] == [
        ({"xi-jinping", "emmanuel-macron"}, "2023-04-01")], [e.to_json() for e in events]


@pytest.mark.parametrize("line", ["16 октября 2025, 18:19", "MOSCA, 1 APR - "])
def test_a_dateline_with_its_time_stays_one(line: str) -> None:
    from readouts.extract.contacts.datelines import said_or_dateline
    from readouts.extract.time.dates import find_dates

    lang = "ru" if line[0].isdigit() else "it"
    text = f"{line} Путин провел телефонный разговор с Макроном." if lang == "ru" else \
        f"{line}Meloni ha avuto un colloquio telefonico con Macron."
    found = find_dates(text, lang, "2025-10-20", "past")
    assert found and said_or_dateline(text, found[0], lang), found
