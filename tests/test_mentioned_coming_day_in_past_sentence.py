"""A day and month without a year, a few days past the document's day, is that coming day
even where the sentence's verb is past ("the leaders discussed the agenda of the meeting of
20 March", written on the 15th): the meeting is this March's and still ahead, so it is
planned, not held a year back. Found on a real Tgcom24 item (Meloni and Metsola discussed
"i temi in agenda del vertice del 20 e 21 marzo": a summit five days ahead came out held
the year before). A day further back, or a weekday, keeps the tense's reading. Texts
written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

AHEAD = [
    ("it", "Giorgia Meloni ha avuto un colloquio telefonico con Emmanuel Macron. I due leader "
           "hanno discusso i temi in agenda dell'incontro del 20 marzo a Roma."),
    ("en", "Joe Biden spoke with Emmanuel Macron. They discussed the agenda for the meeting "
           "on 20 March in Washington."),
    ("ru", "Владимир Путин провёл телефонный разговор с Эммануэлем Макроном. Лидеры обсудили "
           "повестку встречи 20 марта в Москве."),
    ("zh", "习近平同马克龙通电话。双方讨论了3月20日会晤的议程。"),
]


@pytest.mark.parametrize(("lang", "text"), AHEAD)
def test_a_meeting_days_ahead_told_in_a_past_sentence_is_planned(lang: str, text: str) -> None:
    analysis = analyze_texts((text, "2025-03-15"), lang=lang)
    meetings = [(e.status, e.date) for e in analysis.events if e.type == "meeting"]
    assert meetings == [("planned", "2025-03-20")], \
        [(e.type, e.status, e.date) for e in analysis.events]


def test_a_day_weeks_ahead_stays_in_the_past() -> None:
    text = ("Joe Biden spoke with Emmanuel Macron. They recalled their meeting on 20 April "
            "in Washington.")
    analysis = analyze_texts((text, "2025-03-15"), lang="en")
    meetings = [(e.status, e.date) for e in analysis.events if e.type == "meeting"]
    assert meetings == [("held", "2024-04-20")]


def test_a_weekday_keeps_the_past() -> None:
    text = ("Giorgia Meloni ha avuto un colloquio telefonico con Emmanuel Macron. I due "
            "leader si erano già incontrati martedì a Roma.")
    analysis = analyze_texts((text, "2025-03-15"), lang="it")  # a Saturday
    meetings = [(e.status, e.date) for e in analysis.events if e.type == "meeting"]
    assert meetings == [("held", "2025-03-11")]
