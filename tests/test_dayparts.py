"""Parts of day: the word alone, and the part a date carries, in it/en/ru/zh; greetings aren't."""

from __future__ import annotations

import pytest

from readouts.extract.dates import find_dates, find_part_of_day


@pytest.mark.parametrize(
    ("sentence", "lang", "ref", "value", "part"),
    [
        ("On Tuesday evening, President Biden spoke with President Xi.", "en", "2021-11-17",
         "2021-11-16", "evening"),
        ("The call took place late on Tuesday.", "en", "2021-11-17", "2021-11-16", "evening"),
        ("Il 3 marzo in serata Meloni ha telefonato al presidente.", "it", "2024-03-05",
         "2024-03-03", "evening"),
        ("Ieri pomeriggio il ministro ha ricevuto l'ambasciatore.", "it", "2024-03-05",
         "2024-03-04", "afternoon"),
        ("Утром 7 мая Путин провёл телефонный разговор.", "ru", "2024-05-08",
         "2024-05-07", "morning"),
        ("7 мая вечером Путин провёл телефонный разговор.", "ru", "2024-05-08",
         "2024-05-07", "evening"),
        ("11月16日下午，习近平同拜登举行会晤。", "zh", "2024-11-17", "2024-11-16", "afternoon"),
        ("18日晚，习近平同拜登视频通话。", "zh", "2022-03-19", "2022-03-18", "evening"),
    ],
)
def test_date_carries_its_part_of_day(sentence: str, lang: str, ref: str, value: str,
                                      part: str) -> None:
    found = find_dates(sentence, lang, ref)
    assert [(d.value, d.part_of_day) for d in found] == [(value, part)]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Good evening, Mr. President, and thank you.", "en"),
        ("Buona sera a tutti, grazie per essere qui.", "it"),
        ("Добрый вечер, уважаемые коллеги.", "ru"),
        ("Доброе утро, коллеги.", "ru"),
        ("晚上好，各位来宾。", "zh"),
    ],
)
def test_greetings_are_no_part_of_day(sentence: str, lang: str) -> None:
    assert find_part_of_day(sentence, lang) is None


@pytest.mark.parametrize(
    ("sentence", "lang", "part"),
    [
        ("The talks went on into the night.", "en", "night"),
        ("I colloqui sono proseguiti fino a tarda notte.", "it", "night"),
        ("Переговоры завершились поздно вечером.", "ru", "evening"),
        ("双方会谈一直持续到深夜。", "zh", "night"),
    ],
)
def test_part_of_day_words(sentence: str, lang: str, part: str) -> None:
    assert find_part_of_day(sentence, lang) == part
