"""The part of day a note or statement was issued at ("Ma in serata è l'Eliseo a diramare
una nota", "In serata, silente il Colle, è l'Eliseo a comunicare che...", "in una nota
diramata in serata", "In the evening the Elysee issued a statement") is the note's time, not
the contact's (found on real Il Gazzettino and Il Giornale items, h11it-008 and h11it-016,
whose calls and meetings took the evening of the note)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2019-02-10"
LEAD = {
    "it": "Una telefonata tra Emmanuel Macron e Sergio Mattarella. Dopo giorni di tensione tra "
          "Roma e Parigi si riapre il dialogo. ",
    "en": "A phone call between Emmanuel Macron and Sergio Mattarella. After days of tension "
          "between Rome and Paris, the dialogue reopens. ",
    "ru": "Телефонный разговор Эмманюэля Макрона и Серджо Маттареллы. После нескольких дней "
          "напряженности диалог возобновился. ",
    "zh": "马克龙与马塔雷拉通电话。在罗马和巴黎关系紧张数日之后，对话重新开启。",
}

NOTE = [
    ("it", "Ma in serata è l'Eliseo a diramare una nota, per riferire del colloquio tra i due "
           "presidenti."),
    ("it", "In serata, silente il Colle, è l'Eliseo a comunicare che i due presidenti si sono "
           "sentiti al telefono."),
    ("it", "In serata l'Eliseo ha diffuso una nota sul colloquio tra i due presidenti."),
    ("it", "Il colloquio tra i due presidenti è stato cordiale, si legge in una nota diramata in "
           "serata dall'Eliseo."),
    ("en", "In the evening the Elysee issued a statement on the conversation between the two "
           "presidents."),
    ("en", "The conversation between the two presidents was cordial, according to a statement "
           "released in the evening by the Elysee."),
    ("ru", "Вечером Елисейский дворец распространил заявление о разговоре двух президентов."),
    ("ru", "Разговор двух президентов был сердечным, говорится в заявлении, распространенном "
           "вечером Елисейским дворцом."),
    ("zh", "当晚，爱丽舍宫发表声明介绍了两国总统的通话。"),
]


@pytest.mark.parametrize(("lang", "tail"), NOTE)
def test_the_evening_a_note_was_issued_is_not_the_calls(lang: str, tail: str) -> None:
    reported = [e for e in analyze_texts((LEAD[lang] + tail, PAGE), lang=lang).events
                if e.reported_by]
    assert reported and reported[0].part_of_day is None, (
        lang, [e.to_json() for e in reported])


OWN = [
    ("it", "In serata i due presidenti hanno avuto un colloquio telefonico, ha reso noto "
           "l'Eliseo."),
    ("en", "The two presidents spoke by phone in the evening, the Elysee said in a statement."),
]


@pytest.mark.parametrize(("lang", "tail"), OWN)
def test_the_calls_own_evening_told_with_its_note_stays(lang: str, tail: str) -> None:
    reported = [e for e in analyze_texts((LEAD[lang] + tail, PAGE), lang=lang).events
                if e.reported_by]
    assert reported and reported[0].part_of_day == "evening", (
        lang, [e.to_json() for e in reported])
