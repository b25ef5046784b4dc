""""The first in seven months" ("Первый за 7 месяцев разговор", "впервые за 7 месяцев",
"the first call in seven months", "il primo colloquio in sette mesi", "7个月来首次通话") is
no period January–July: it says how long since the last contact. With no page date, a
yearless day ("29 июня") then takes no year from another event the text names ("сбитого в
ноябре 2015 года"). Found on a real Russian news item."""

from __future__ import annotations

import pytest

from readouts.extract.time.periods import find_periods
from readouts.ingest import RawInput, prepare
from readouts.pipeline import analyze_document, link_results

FIRST_IN = {
    "ru": ["Первый за 7 месяцев телефонный разговор лидеров состоялся 29 июня.",
           "Лидеры впервые за 7 месяцев поговорили по телефону."],
    "en": ["It was the leaders' first call in seven months."],
    "it": ["È stato il primo colloquio in sette mesi tra i due leader."],
    "zh": ["这是两国领导人7个月来首次通话。"],
}


@pytest.mark.parametrize(("lang", "text"), [(k, t) for k, v in FIRST_IN.items() for t in v])
def test_the_first_in_n_months_is_no_period(lang: str, text: str) -> None:
    assert find_periods(text, lang, "2016-07-01") == []


def test_seven_months_of_a_year_is_still_a_period() -> None:
    found = find_periods("Товарооборот за 7 месяцев 2016 года вырос.", "ru", "2016-12-01")
    assert [(p.period_start, p.period_end) for p in found] == [("2016-01", "2016-07")]


def test_a_yearless_day_takes_no_year_from_another_event() -> None:
    text = ("Путин и Эрдоган поговорили по телефону\n\n"
            "Первый за 7 месяцев телефонный разговор президента России Владимира Путина с "
            "президентом Турции Реджепом Тайипом Эрдоганом состоялся 29 июня.\n\n"
            "Разговор стал возможен после письма, в котором Эрдоган выразил сожаление в связи "
            "с гибелью пилота самолета, сбитого в ноябре 2015 года.\n")
    analysis = link_results([analyze_document(p, None, lang="ru")
                             for p in prepare(RawInput("page.txt", text.encode()))])
    calls = [e for e in analysis.events if e.type == "phone_call" and e.status == "held"]
    assert [e.date for e in calls] == [None], [e.to_json() for e in analysis.events]
