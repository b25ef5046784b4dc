"""A contact whose own future is told in a relative clause right after it and its parties
(«переговоров Путина и Лукашенко, которые пройдут в понедельник», «разговора между Трампом и
Путиным, который должен состояться во вторник») is planned, as «переговоры пройдут в
понедельник» already was; so is one that must still take place («должен состояться»), one
awaited («в Кремле ожидают телефонного разговора») and one whose timing it is too early to
speak of («о сроках встречи говорить пока преждевременно»). Found on a real TASS item
(heldout19 h19ru-006) and two more real items (Peterburgsky Dnevnik, Twit.su). Italian, English
and Chinese already read their relative or prenominal future so and guard. A relative clause
about a person («с Лукашенко, который примет участие в саммите») or telling the past is none.
Every text here is written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2025-03-17"  # a Monday

AHEAD = [
    ("ru", "Песков заявил, что у переговоров Владимира Путина и Александра Лукашенко, которые "
           "пройдут во вторник в Сочи, нет ограничений по времени."),
    ("ru", "В Кремле ожидают телефонного разговора между Дональдом Трампом и Владимиром Путиным, "
           "который должен состояться во вторник."),
    ("ru", "Телефонный разговор Дональда Трампа и Владимира Путина должен состояться во вторник."),
    ("ru", "Песков сказал, что говорить о сроках встречи Владимира Путина и Дональда Трампа пока "
           "преждевременно."),
    ("it", "Il Cremlino ha parlato dell'incontro tra Vladimir Putin e Alexander Lukashenko, che si "
           "terrà martedì a Sochi."),
    ("en", "The Kremlin is waiting for the phone call between Donald Trump and Vladimir Putin, "
           "which is due to take place on Tuesday."),
    ("zh", "佩斯科夫说，普京与卢卡申科将于周二在索契举行的会谈没有时间限制。"),
]


@pytest.mark.parametrize(("lang", "text"), AHEAD)
def test_the_contact_told_ahead_is_planned(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert events and all(e.status == "planned" for e in events), \
        (lang, [e.to_json() for e in events])


def test_a_tuesday_ahead_is_the_next_one() -> None:
    text = ("В Кремле ожидают телефонного разговора между Дональдом Трампом и Владимиром "
            "Путиным, который должен состояться во вторник.")
    events = analyze_texts((text, PAGE), lang="ru").events
    assert [e.date for e in events] == ["2025-03-18"], [e.to_json() for e in events]


HELD = [
    "Владимир Путин провел переговоры с Александром Лукашенко, который примет участие в саммите.",
    "Владимир Путин провел переговоры с Александром Лукашенко, которые продолжались три часа.",
    "Президенты ожидали начала переговоров. Владимир Путин и Александр Лукашенко провели "
    "переговоры в Сочи.",
]


@pytest.mark.parametrize("text", HELD)
def test_another_clause_leaves_the_contact_held(text: str) -> None:
    events = analyze_texts((text, PAGE), lang="ru").events
    assert events and events[0].status == "held", [e.to_json() for e in events]
