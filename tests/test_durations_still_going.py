"""A talk still going on, told with how long it has lasted so far: "встреча длится уже более
двух часов", "переговоры продолжаются уже больше трёх часов", "l'incontro è in corso da oltre
due ore", "i leader stanno parlando da oltre un'ora", as "have been talking for over an hour"
and "会谈已持续两个多小时" already are. The span is a lower bound of the contact's length."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, only_event

from readouts.extract.time.dates import find_duration


@pytest.mark.parametrize(
    ("sentence", "lang", "minutes"),
    [
        ("Встреча лидеров в Кремле длится уже более двух часов.", "ru", 120),
        ("Переговоры делегаций продолжаются уже больше трёх часов.", "ru", 180),
        ("Беседа президентов идёт уже свыше четырёх часов.", "ru", 240),
        ("L'incontro al Cremlino è in corso da oltre due ore.", "it", 120),
        ("I due presidenti stanno parlando da oltre un'ora.", "it", 60),
        ("The two presidents have been talking for over an hour.", "en", 60),
        ("两国元首的会谈已持续两个多小时。", "zh", 120),
    ],
)
def test_the_length_so_far_is_the_talks(sentence: str, lang: str, minutes: int) -> None:
    found = find_duration(sentence, lang)
    assert found is not None and found.minutes == minutes and found.at_least, (sentence, found)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Встреча длится с утра, а через два часа начнётся пресс-конференция.", "ru"),
        ("L'incontro è in corso, tra due ore la conferenza stampa.", "it"),
    ],
)
def test_a_span_after_another_word_is_none(sentence: str, lang: str) -> None:
    assert find_duration(sentence, lang) is None


def test_the_length_so_far_reaches_the_contact() -> None:
    text = ("Встреча Путина с премьер-министром Индии длится уже более трёх часов\n\n"
            "Встреча президента России Владимира Путина с премьер-министром Индии Нарендрой "
            "Моди продолжается уже более трёх часов. Беседа началась около 18:00 по "
            "московскому времени.")
    event = only_event(analyze_texts((text, "2024-07-08"), lang="ru"))
    assert event.duration_minutes == 180
