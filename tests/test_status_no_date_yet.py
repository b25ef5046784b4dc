"""A contact whose day is still to be set ("Non ci sono ancora date precise per l'incontro",
"no date has been set for the meeting", "сроки встречи пока не определены", "会晤日期尚未
确定") is planned, not denied: the negation is of its day. Announced with no day of its own, it
takes none from the page that tells of it, unless told at an hour of that day (found on a real
Agenzia Nova item, heldout15 h15it-018, whose wished-for Putin-Lukashenko meeting came out held
on the page's day)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2020-01-24"

NO_DATE_YET = [
    ("it", "Non ci sono ancora date precise per l'incontro dei presidenti di Russia e "
           "Bielorussia, Vladimir Putin e Aleksandr Lukashenko. Lo ha dichiarato il portavoce "
           "del Cremlino, Dmitrij Peskov."),
    ("en", "No date has yet been set for the meeting between Russian President Vladimir Putin "
           "and Belarusian President Alexander Lukashenko, Kremlin spokesman Dmitry Peskov said."),
    ("ru", "Сроки встречи президентов России и Белоруссии Владимира Путина и Александра "
           "Лукашенко пока не определены, сообщил пресс-секретарь Кремля Дмитрий Песков."),
    ("zh", "克里姆林宫发言人佩斯科夫说，俄罗斯总统普京与白俄罗斯总统卢卡申科会晤的日期尚未确定。"),
]


@pytest.mark.parametrize(("lang", "text"), NO_DATE_YET)
def test_a_meeting_with_no_date_yet_is_planned_and_undated(lang: str, text: str) -> None:
    reported = [e for e in analyze_texts((text, PAGE), lang=lang).events if e.reported_by]
    assert reported, lang
    event = reported[0]
    assert event.type == "meeting" and event.status == "planned", (lang, event.to_json())
    assert set(event.participants) == {"vladimir-putin", "alexander-lukashenko"}
    assert event.date is None, (lang, event.to_json())


ANNOUNCED_UNDATED = [
    ("it", "Il presidente del Consiglio Giorgia Meloni incontrerà presto il presidente francese "
           "Emmanuel Macron, ha fatto sapere Palazzo Chigi."),
    ("en", "Prime Minister Giorgia Meloni will meet French President Emmanuel Macron soon, her "
           "office said."),
]


@pytest.mark.parametrize(("lang", "text"), ANNOUNCED_UNDATED)
def test_an_announced_meeting_takes_no_day_from_the_page(lang: str, text: str) -> None:
    reported = [e for e in analyze_texts((text, PAGE), lang=lang).events if e.reported_by]
    assert reported and reported[0].status == "planned", lang
    assert reported[0].date is None, (lang, reported[0].to_json())


def test_an_announced_meeting_at_an_hour_is_the_page_day() -> None:
    text = ("Il primo ministro ungherese Viktor Orbán ha iniziato la sua visita a Mosca, dove "
            "incontrerà il presidente russo Vladimir Putin. Il portavoce del Cremlino ha "
            "confermato che l'incontro tra i due leader è previsto intorno alle 13.")
    reported = [e for e in analyze_texts((text, PAGE), lang="it").events if e.reported_by]
    assert reported and reported[0].status == "planned"
    assert reported[0].date == PAGE and reported[0].part_of_day == "afternoon"


def test_a_held_meeting_keeps_the_page_day() -> None:
    text = ("Il presidente russo Vladimir Putin ha incontrato oggi a Sochi il presidente "
            "bielorusso Aleksandr Lukashenko.")
    reported = [e for e in analyze_texts((text, PAGE), lang="it").events if e.reported_by]
    assert reported and reported[0].status == "held" and reported[0].date == PAGE
