"""A date line a month or more before the page's own date is no dateline of the story the
page carries (an archive's or a sidebar's stamp saved with it, "21 luglio 2021" over a 2023
item): the story's "this afternoon" is the page's day. A date line a few days before the
page still dates the story (a wire item posted later)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, only_event

LEADS = {
    "it": "Questo pomeriggio il presidente del Consiglio Giorgia Meloni ha telefonato al "
          "presidente francese Emmanuel Macron.",
    "en": "This afternoon Prime Minister Giorgia Meloni phoned French President Emmanuel "
          "Macron.",
    "ru": "Сегодня днём Владимир Путин провёл телефонный разговор с президентом Франции "
          "Эммануэлем Макроном.",
    "zh": "今天下午，国家主席习近平同法国总统马克龙通电话。",
}
LINES = {
    "it": ("21 luglio 2021", "6 giugno 2023"),
    "en": ("21 July 2021", "6 June 2023"),
    "ru": ("21 июля 2021 года", "6 июня 2023 года"),
    "zh": ("2021年7月21日", "2023年6月6日"),
}


@pytest.mark.parametrize("lang", sorted(LEADS))
def test_an_old_date_line_gives_way_to_the_page_date(lang: str) -> None:
    text = f"{LINES[lang][0]}\n\n{LEADS[lang]}"
    event = only_event(analyze_texts((text, "2023-06-09"), lang=lang))
    assert (event.date, event.part_of_day) == ("2023-06-09", "afternoon"), event.to_json()


@pytest.mark.parametrize("lang", sorted(LEADS))
def test_a_date_line_days_before_the_page_still_dates_the_story(lang: str) -> None:
    text = f"{LINES[lang][1]}\n\n{LEADS[lang]}"
    event = only_event(analyze_texts((text, "2023-06-09"), lang=lang))
    assert event.date == "2023-06-06", event.to_json()
