"""A contact's length told by a span opening the sentence ("In 75 minuti i due leader hanno
discusso", "In 75 minutes, …", "За 75 минут …") or by the guest's stay with the host ("si è
trattenuto circa 40 minuti", "who stayed about 40 minutes", "пробыл около 40 минут",
"停留了约40分钟"), found on real Italian items; a span of years opening it is no length."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2024-05-10"

LENGTHS = [
    ("it", "In 75 minuti Giorgia Meloni e Emmanuel Macron hanno discusso di Ucraina e di "
           "migrazioni durante il loro incontro a Palazzo Chigi.", 75),
    ("en", "In 75 minutes, Giorgia Meloni and Emmanuel Macron discussed Ukraine and migration "
           "during their meeting in Rome.", 75),
    ("ru", "За 75 минут Джорджа Мелони и Эммануэль Макрон обсудили Украину и миграцию в ходе "
           "встречи в Риме.", 75),
    ("it", "Il presidente Mattarella ha ricevuto il presidente francese Emmanuel Macron, che si "
           "è trattenuto circa 40 minuti al Quirinale.", 40),
    ("it", "Il presidente Mattarella ha ricevuto al Quirinale il presidente francese Emmanuel "
           "Macron, per trattenersi circa 40 minuti a colloquio.", 40),
    ("en", "President Sergio Mattarella received French President Emmanuel Macron, who stayed "
           "about 40 minutes at the Quirinale.", 40),
    ("ru", "Президент Серджо Маттарелла принял президента Франции Эммануэля Макрона, который "
           "пробыл в Квиринале около 40 минут.", 40),
    ("zh", "马塔雷拉总统会见了法国总统马克龙，马克龙在奎里纳莱宫停留了约40分钟。", 40),
]


@pytest.mark.parametrize(("lang", "text", "minutes"), LENGTHS)
def test_a_span_opening_the_sentence_or_a_stay_is_the_length(lang: str, text: str,
                                                              minutes: int) -> None:
    events = [e for e in analyze_texts((text, PAGE), lang=lang).events if e.reported_by]
    assert [(e.type, e.duration_minutes) for e in events] == [("meeting", minutes)], (
        lang, [e.to_json() for e in events])


def test_years_opening_the_sentence_are_no_length() -> None:
    text = ("In 10 anni il presidente Mattarella ha ricevuto al Quirinale il presidente "
            "francese Emmanuel Macron tre volte.")
    events = analyze_texts((text, PAGE), lang="it").events
    assert all(e.duration_minutes is None for e in events), [e.to_json() for e in events]
