"""Who else was present at the reported meeting is an attendee, never another contact of the
host: "All'incontro era presente anche il ministro Di Maio", "Also present at the meeting was
Foreign Minister Di Maio", "На встрече также присутствовал министр Ди Майо", "出席会见的还有
意大利外长迪马约"."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

LEADS = {
    "it": "Sergio Mattarella ha ricevuto questa mattina al Quirinale il presidente tedesco "
          "Frank-Walter Steinmeier. ",
    "en": "President Sergio Mattarella received German President Frank-Walter Steinmeier at "
          "the Quirinale this morning. ",
    "ru": "Президент Италии Серджо Маттарелла принял сегодня утром президента Германии "
          "Франка-Вальтера Штайнмайера. ",
    "zh": "意大利总统马塔雷拉今天上午会见德国总统施泰因迈尔。",
}


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("it", "All'incontro era presente anche Luigi Di Maio, ministro degli Esteri."),
        ("it", "Era presente anche il ministro degli Esteri Luigi Di Maio."),
        ("en", "Also present at the meeting was Foreign Minister Luigi Di Maio."),
        ("en", "Foreign Minister Luigi Di Maio was also present at the meeting."),
        ("ru", "На встрече также присутствовал министр иностранных дел Луиджи Ди Майо."),
        ("zh", "出席会见的还有意大利外长迪马约。"),
    ],
)
def test_one_present_at_the_meeting_is_no_other_contact(lang: str, line: str) -> None:
    events = analyze_texts((LEADS[lang] + line, "2019-09-19"), lang=lang).events
    assert [sorted(e.participants) for e in events] == [
        ["frank-walter-steinmeier", "sergio-mattarella"]], lang
