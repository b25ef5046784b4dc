"""Parts of day: the word alone, and the part a date carries, in it/en/ru/zh; greetings aren't."""

from __future__ import annotations

import pytest

from readouts.extract.time.dates import find_dates, find_part_of_day
from readouts.extract.time.dayparts import clock_part


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


@pytest.mark.parametrize(
    ("sentence", "lang", "part"),
    [
        ("Il vertice si è aperto attorno alle 16 nella sala del trono.", "it", "afternoon"),
        ("Il colloquio è iniziato alle 10:00 ora di Washington.", "it", "morning"),
        # the place's own time wins over the reader's
        ("Il vertice comincerà alle 16.30 ora locale (le 14.30 ora italiana).", "it",
         "afternoon"),
        ("The call began at 10.07am ET, the White House said.", "en", "morning"),
        ("The call started at 16:04 GMT; it began at 11:04am local time.", "en", "morning"),
        ("Разговор был запланирован на 17:00 мск.", "ru", "afternoon"),
        ("Переговоры начались в 9:30 по местному времени.", "ru", "morning"),
        ("双方于当地时间20:15举行会谈。", "zh", "evening"),
    ],
)
def test_part_of_day_from_a_clock_time_in_four_languages(sentence: str, lang: str,
                                                          part: str) -> None:
    assert clock_part(sentence, lang) == part


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("L'interscambio è cresciuto del 14.30 per cento.", "it"),
        ("The leaders met at 16:04 GMT.", "en"),  # a universal time places nobody's day
        ("Товарооборот вырос на 12.5 процента.", "ru"),
        ("贸易额增长了12.5%。", "zh"),
    ],
)
def test_no_part_of_day_from_numbers_or_universal_time(sentence: str, lang: str) -> None:
    assert clock_part(sentence, lang) is None
