"""A held contact's part of day is the one it began in: the clock time its account says it
began at wins over the part of day its end is told in ("Вечером … завершились переговоры. Встреча
началась в 14:00", "началась в 15.25 … и завершилась в районе девяти вечера"). Before, the
evening of the end came out the contact's. Seen on 2 real items: Lenta.ru (Putin and Lukashenko,
2022) and Fontanka (Sochi talks, 2019). Where no start is told, the end's part still stands
("si è concluso in serata"). Texts written for these tests."""

import pytest
from test_contacts import analyze_texts

PAGE = "2022-03-11"


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Вечером в пятницу в Москве завершились переговоры Владимира Путина и Александра "
           "Лукашенко. Встреча началась в 14:00 и длилась пять часов."),
    ("ru", "Переговоры Владимира Путина и Александра Лукашенко в Сочи начались в 15.25 по "
           "московскому времени и завершились только в районе девяти вечера."),
    ("en", "Vladimir Putin and Alexander Lukashenko ended their talks in Moscow on Friday "
           "evening. The meeting began at 2 pm and lasted five hours."),
    ("it", "Si è concluso in serata a Mosca l'incontro tra Vladimir Putin e Alexander "
           "Lukashenko. Il colloquio è iniziato alle 14 ed è durato cinque ore."),
])
def test_the_start_gives_the_part_of_day(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert [(e.type, e.part_of_day) for e in events] == [("meeting", "afternoon")]


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Si è concluso in serata a Mosca l'incontro tra Vladimir Putin e Alexander "
           "Lukashenko."),
])
def test_no_start_told_keeps_the_end(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert [(e.type, e.part_of_day) for e in events] == [("meeting", "evening")]


def test_the_word_written_with_the_start_clock() -> None:
    """"下午2时10分": the clock is read as written (2:10), its word says the afternoon."""
    text = "普京同卢卡申科在莫斯科举行会谈，会谈下午2时10分开始，晚上结束。"
    events = analyze_texts((text, PAGE), lang="zh").events
    assert [(e.type, e.part_of_day) for e in events] == [("meeting", "afternoon")]
