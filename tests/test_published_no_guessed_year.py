"""A page is dated by what it says, never by a guess. A weekday with a day and month and no
year ("В воскресенье, 15 апреля", "Sabato 7 novembre", "6月22日(星期一)") fits that day in
one year of about six: the latest such year, or one its people held office in, is a guess
(2018 for a call of Putin as prime minister with Yanukovych, held in 2012), and so is the
year of a dateline without one ("MOSCOW, September 14"). On an undated page such a contact
has no date, as the trial sets' readers write it ("a day and month without a year give no
date"). A year the text names, where the weekday falls on the day in it, dates the page;
on a dated page the weekday date is that page's. Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

from readouts.extract.time.published import infer_published

WEEKDAY = {
    "it": ("Renzi a Berlino\n\nLunedì 22 giugno il presidente del Consiglio Matteo Renzi ha "
           "incontrato a Berlino la cancelliera Angela Merkel."),
    "en": ("Renzi in Berlin\n\nOn Monday, June 22, Italian Prime Minister Matteo Renzi met "
           "Chancellor Angela Merkel in Berlin."),
    "ru": ("Ренци в Берлине\n\nВ понедельник, 22 июня, премьер-министр Италии Маттео Ренци "
           "встретился в Берлине с канцлером Германии Ангелой Меркель."),
    "zh": "伦齐访问柏林\n\n6月22日(星期一),意大利总理伦齐在柏林会见德国总理默克尔。",
}
DATELINE = {
    "en": ("KYIV, Feb. 21 - President Volodymyr Zelensky and German Chancellor Olaf Scholz "
           "discussed security guarantees in a phone call today."),
    "it": ("ROMA, 21 febbraio - Il presidente ucraino Volodymyr Zelensky e il cancelliere "
           "tedesco Olaf Scholz hanno avuto oggi un colloquio telefonico."),
    "ru": ("МОСКВА, 14 сентября. /ТАСС/. Президент России Владимир Путин и президент "
           "Белоруссии Александр Лукашенко проводят в понедельник переговоры в Сочи."),
    "zh": "新华社莫斯科12月30日电 俄罗斯总统普京和中国国家主席习近平周五举行视频会晤。",
}
# the year named elsewhere in the text, a Monday's 22 June in it (2015)
NAMED_YEAR = {
    "it": " Nel 2015 i due governi hanno firmato un accordo sull'energia.",
    "en": " In 2015 the two governments signed an energy agreement.",
    "ru": " В 2015 году правительства двух стран подписали соглашение.",
    "zh": "两国政府于2015年签署了能源协议。",
}


@pytest.mark.parametrize("lang", sorted(WEEKDAY))
def test_a_weekday_with_no_year_dates_no_page(lang: str) -> None:
    assert infer_published(WEEKDAY[lang], lang) is None


@pytest.mark.parametrize("lang", sorted(WEEKDAY))
def test_its_contact_has_no_date_on_an_undated_page(lang: str) -> None:
    events = analyze_texts((WEEKDAY[lang], None), lang=lang).events
    assert events and all(e.date is None for e in events), [e.to_json() for e in events]


@pytest.mark.parametrize("lang", sorted(DATELINE))
def test_a_dateline_without_a_year_dates_nothing(lang: str) -> None:
    assert infer_published(DATELINE[lang], lang) is None
    events = analyze_texts((DATELINE[lang], None), lang=lang).events
    assert events and all(e.date is None for e in events), [e.to_json() for e in events]


@pytest.mark.parametrize("lang", sorted(WEEKDAY))
def test_a_year_the_text_names_dates_the_weekday(lang: str) -> None:
    text = WEEKDAY[lang] + NAMED_YEAR[lang]
    assert infer_published(text, lang)[:2] == ("2015-06-22", "day")
    assert "2015-06-22" in [e.date for e in analyze_texts((text, None), lang=lang).events]


@pytest.mark.parametrize("lang", sorted(WEEKDAY))
def test_on_a_dated_page_the_weekday_date_is_the_pages(lang: str) -> None:
    events = analyze_texts((WEEKDAY[lang], "2015-06-23"), lang=lang).events
    assert "2015-06-22" in [e.date for e in events], [e.to_json() for e in events]


# A month named alone is some event's month ("their last summit was in August 2011"), no
# period of figures: the page was written any time after it, so it gives the page no month
# in which a bare day ("on the 25th", "周四(25日)") would fall.
EVENT_MONTH = {
    "it": "Il loro ultimo vertice risale all'agosto 2011. Putin incontrerà Kim il 25.",
    "en": "Their last summit was in August 2011. Putin will meet Kim on the 25th.",
    "ru": ("Последний саммит лидеров прошёл в августе 2011 года. Путин встретится с Ким "
           "Чен Ыном 25-го."),
    "zh": "两国领导人上一次会谈是在2011年8月。金正恩周四(25日)会晤普京。",
}


@pytest.mark.parametrize("lang", sorted(EVENT_MONTH))
def test_a_month_named_alone_gives_the_page_no_month(lang: str) -> None:
    found = infer_published(EVENT_MONTH[lang], lang)
    assert found is not None and found[:2] == ("2011", "year"), found


def test_a_period_of_figures_still_bounds_the_month() -> None:
    text = "Nel 2024 l'interscambio è cresciuto. Nei primi nove mesi dell'anno è salito del 5%."
    assert infer_published(text, "it")[:2] == ("2024-10", "month")
