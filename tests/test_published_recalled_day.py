"""An undated page is not dated by the latest day it recalls. "I due leader si erano visti il
3 dicembre 2019" tells a day the page was written on or after, not the page's own: read as
the page's day, it made "si incontreranno domani" the 4th of December 2019 and gave "il 22
luglio" that year. Only its year stands for the page now (who held office then), so a day
word relative to the page, or a day and month without a year, dates nothing, as the trial
sets' readers write it ("'domani' on an undated page gives no date"). The date opening the
story's lede ("On 8 November 2026 the presidents met") and an embedded post's stamp still
date the page. Found on an Apcom wire relayed by La Provincia di Varese (held-out 21,
h21it-020). Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

from readouts.extract.time.published import infer_published

TOMORROW = {
    "it": ("Vertice a Sochi\n\nVladimir Putin e Recep Tayyip Erdogan si incontreranno domani a "
           "Sochi. I due presidenti si erano visti l'ultima volta ad Ankara il 3 dicembre 2019."),
    "en": ("Summit in Sochi\n\nVladimir Putin and Recep Tayyip Erdogan will meet tomorrow in "
           "Sochi. The two presidents last met in Ankara on December 3, 2019."),
    "ru": ("Встреча в Сочи\n\nВладимир Путин и Реджеп Тайип Эрдоган встретятся завтра в Сочи. "
           "В последний раз президенты виделись в Анкаре 3 декабря 2019 года."),
    "zh": "索契会晤\n\n普京和埃尔多安明天将在索契会晤。两国总统上一次会面是2019年12月3日在安卡拉。",
}


@pytest.mark.parametrize("lang", sorted(TOMORROW))
def test_tomorrow_on_an_undated_page_is_no_day_after_a_recalled_one(lang: str) -> None:
    events = analyze_texts((TOMORROW[lang], None), lang=lang).events
    planned = [e for e in events if e.status == "planned"]
    assert planned and all(e.date is None for e in planned)
    assert infer_published(TOMORROW[lang], lang)[:2] == ("2019", "year")


MONTH_DAY = {
    "it": ("Incontro a Sochi\n\nIl presidente russo Vladimir Putin ha ricevuto il presidente "
           "turco Recep Tayyip Erdogan a Sochi il 22 luglio. I due si erano già visti il 3 "
           "dicembre 2019 ad Ankara."),
    "en": ("Talks in Sochi\n\nRussian President Vladimir Putin hosted Turkish President Recep "
           "Tayyip Erdogan in Sochi on July 22. The two had met in Ankara on December 3, 2019."),
}


@pytest.mark.parametrize("lang", sorted(MONTH_DAY))
def test_a_day_and_month_take_no_year_from_a_recalled_day(lang: str) -> None:
    events = analyze_texts((MONTH_DAY[lang], None), lang=lang).events
    july = [e for e in events if e.date != "2019-12-03"]
    assert july and all(e.date is None for e in july)


def test_the_date_opening_the_lede_still_dates_the_page() -> None:
    text = ("Incontro a Sochi\n\nIl 22 luglio 2021 il presidente russo Vladimir Putin ha "
            "ricevuto a Sochi il presidente turco Recep Tayyip Erdogan. I due si erano visti "
            "il 3 dicembre 2019.")
    assert infer_published(text, "it")[:2] == ("2021-07-22", "day")
