"""A site's ticker or clock saved with a page is not the page's date: a line the page labels
as its own ("发布时间:2017-04-07", "Опубликовано: 7 апреля 2017", "Published: April 7,
2017", "Pubblicato il 7 aprile 2017") beats a bare date line above it; a date line after the
page's own date is no dateline for its days ("2024-11-23 07:18:40" over a 2017 story); a
date alone on its line next to a weekday alone on its line is the reader's calendar; and a
weekday and date opening the page ("Monday, December 29, 2025") yield to a byline with its
clock time under it ("IANS, 09 Jan, 2019 01:49 AM"): the day served, not the day written."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

from readouts.extract.time.published import infer_published

STAMPED = {
    "zh": ("2024-11-23 07:18:40\n首页 国际 港澳\n\n习近平同特朗普举行会晤\n"
           "发布时间:2017-04-07 22:40\n\n"
           "新华社海湖庄园4月6日电 当地时间6日,国家主席习近平在海湖庄园同美国总统特朗普举行会晤。"),
    "ru": ("23 ноября 2024 года 07:18\nГлавная / Политика\n\nПутин провел переговоры с Макроном\n\n"
           "Опубликовано: 7 апреля 2017\n\nПрезидент России Владимир Путин 6 апреля провел "
           "переговоры с президентом Франции Эммануэлем Макроном в Кремле."),
    "en": ("23 November 2024 07:18\nHome News\n\nXi and Trump meet in Florida\n"
           "Published: 7 April 2017\n\nChinese President Xi Jinping met US President Donald "
           "Trump at Mar-a-Lago on April 6."),
    "it": ("23 novembre 2024 07:18\nHome Esteri\n\nXi e Trump si incontrano in Florida\n"
           "Pubblicato il 7 aprile 2017\n\nIl presidente cinese Xi Jinping ha incontrato il "
           "presidente americano Donald Trump a Mar-a-Lago il 6 aprile."),
}


@pytest.mark.parametrize("lang", sorted(STAMPED))
def test_a_labelled_stamp_beats_a_ticker_line(lang: str) -> None:
    value, precision, evidence = infer_published(STAMPED[lang], lang)
    assert (value, precision) == ("2017-04-07", "day"), evidence


@pytest.mark.parametrize("lang", sorted(STAMPED))
@pytest.mark.parametrize("given", [None, "2017-04-07"])
def test_the_contact_is_dated_by_the_page_not_its_ticker(lang: str, given: str | None) -> None:
    analysis = analyze_texts((STAMPED[lang], given), lang=lang)
    dates = sorted(e.date for e in analysis.events if e.reported_by)
    assert dates == ["2017-04-06"], [e.to_json() for e in analysis.events]


CALENDAR = {
    "zh": ("电子报阅读机\n2026-01-27\n星期二\n当前报纸名称:广州日报\n\n"
           "外交部发言人宣布,国家主席习近平将于10月30日同美国总统特朗普举行会晤。"),
    "ru": ("Электронная газета\n27.01.2026\nвторник\n\nПресс-секретарь сообщил, что "
           "Владимир Путин 30 октября проведет встречу с Дональдом Трампом."),
    "en": ("E-paper reader\n2026-01-27\nTuesday\n\nThe spokesman said Xi Jinping will meet "
           "Donald Trump on October 30."),
    "it": ("Edicola digitale\n27/01/2026\nmartedì\n\nIl portavoce ha detto che Xi Jinping "
           "incontrerà Donald Trump il 30 ottobre."),
}


@pytest.mark.parametrize("lang", sorted(CALENDAR))
def test_a_calendar_line_dates_no_page(lang: str) -> None:
    assert infer_published(CALENDAR[lang], lang) is None
    analysis = analyze_texts((CALENDAR[lang], None), lang=lang)
    assert analysis.events and all(e.date is None for e in analysis.events), \
        [e.to_json() for e in analysis.events]


def test_a_dated_line_alone_without_a_weekday_still_dates_the_page() -> None:
    text = "12 March 2025, 18:40\n\nThe two presidents spoke by telephone."
    assert infer_published(text, "en")[:2] == ("2025-03-12", "day")


BYLINED = {
    "en": ("Monday, December 29, 2025\nInternational\n\nTwo leaders speak by phone\n\n"
           "PTI, 09 Jan, 2019 01:49 AM\n\nPrime Minister Narendra Modi and President Donald "
           "Trump spoke by telephone last evening."),
    "it": ("Lunedì 29 dicembre 2025\nEsteri\n\nI due leader al telefono\n\n"
           "AGI, 9 gennaio 2019 01:49\n\nIl primo ministro Narendra Modi e il presidente "
           "Donald Trump hanno avuto ieri sera un colloquio telefonico."),
    "ru": ("Понедельник, 29 декабря 2025\nВ мире\n\nЛидеры поговорили по телефону\n\n"
           "Интерфакс, 9 января 2019, 01:49\n\nПремьер-министр Индии Нарендра Моди и "
           "президент США Дональд Трамп вчера вечером провели телефонный разговор."),
    "zh": ("2025年12月29日 星期一\n国际新闻\n\n两国领导人通电话\n\n"
           "来源:中国新闻网 2019-01-09 01:49\n\n印度总理莫迪8日晚同美国总统特朗普通电话。"),
}


@pytest.mark.parametrize("lang", sorted(BYLINED))
def test_a_byline_with_its_time_beats_the_calendar_above_it(lang: str) -> None:
    value, precision, evidence = infer_published(BYLINED[lang], lang)
    assert (value, precision) == ("2019-01-09", "day"), evidence
    analysis = analyze_texts((BYLINED[lang], None), lang=lang)
    dates = sorted(e.date for e in analysis.events if e.reported_by)
    assert dates == ["2019-01-08"], [e.to_json() for e in analysis.events]


def test_a_calendar_line_with_no_byline_under_it_still_dates_the_page() -> None:
    text = ("Monday, December 29, 2025\n\nPrime Minister Narendra Modi and President Donald "
            "Trump spoke by telephone on Sunday.")
    assert infer_published(text, "en")[:2] == ("2025-12-29", "day")
