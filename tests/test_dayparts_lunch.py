"""A lunch that is the contact places it in the afternoon: "ha incontrato oggi a pranzo",
"Pranzo al Quirinale tra …", "hosted her for lunch", "переговоры за обедом", "共进午餐";
talks that went on over lunch after a morning start keep the morning ("proseguiti a
pranzo", "continued over lunch")."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2024-10-15"

LUNCH = [
    ("it", "La presidente del Consiglio Giorgia Meloni ha incontrato oggi a pranzo il "
           "presidente della Repubblica Sergio Mattarella."),
    ("it", "Pranzo al Quirinale tra Sergio Mattarella e Giorgia Meloni: il colloquio è durato "
           "un'ora."),
    ("en", "Prime Minister Giorgia Meloni hosted President Sergio Mattarella for lunch today."),
    ("ru", "Владимир Путин и Александр Лукашенко провели сегодня переговоры за обедом."),
    ("zh", "习近平今天同普京共进午餐并举行会谈。"),
]


@pytest.mark.parametrize(("lang", "text"), LUNCH)
def test_a_lunch_that_is_the_contact_is_in_the_afternoon(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert events and events[0].part_of_day == "afternoon", (
        lang, [e.to_json() for e in events])


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Giorgia Meloni ha incontrato Emmanuel Macron alle 10; i colloqui sono proseguiti a "
           "pranzo."),
    ("en", "Meloni met Macron at 10 am; the talks continued over lunch."),
])
def test_talks_going_on_over_lunch_keep_their_start(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert events and events[0].part_of_day == "morning", (lang, [e.to_json() for e in events])


FOLLOWED_BY_LUNCH = [
    ("it", "Giorgia Meloni ha incontrato oggi a Villa Pamphilj il primo ministro britannico Keir "
           "Starmer. Un faccia a faccia senza collaboratori, seguito da una passeggiata nel "
           "parco. Poi il pranzo di lavoro prima della conferenza stampa congiunta."),
    ("en", "Prime Minister Keir Starmer met President Emmanuel Macron at Downing Street today. "
           "The two leaders talked alone for an hour, then a working lunch with their teams."),
    ("ru", "Владимир Путин сегодня провел переговоры с Александром Лукашенко в Кремле. Беседа "
           "шла один на один, затем рабочий обед с участием делегаций."),
    ("zh", "习近平今天在人民大会堂同普京举行会谈。两国元首随后共进午餐。"),
    # the meal joined by "并" and its own verb: after the talks as well
    ("zh", "李显龙今天在总统府会晤特朗普，并进行工作午餐。"),
    ("zh", "习近平今天同朔尔茨举行会谈，并举行工作晚宴。"),
    ("zh", "习近平今天同朔尔茨举行会谈，并举行午宴。"),
]


@pytest.mark.parametrize(("lang", "text"), FOLLOWED_BY_LUNCH)
def test_a_lunch_after_the_talks_gives_them_no_part_of_day(lang: str, text: str) -> None:
    events = [e for e in analyze_texts((text, PAGE), lang=lang).events if e.reported_by]
    assert events and events[0].part_of_day is None, (lang, [e.to_json() for e in events])
