"""A wire dateline with the agency and its day in brackets after the place ("BERLIN
(UrduPoint News / Sputnik - 04th March, 2022)"), glued to the lead, is the story's day, not
the contact's: the lead's own "on Thursday", or a quote's "last night", dates the contact
(found on a real UrduPoint/Sputnik item). English wires write it so; the Italian, Russian
and Chinese datelines ("(ANSA) - MOSCA, 17 NOV -", "МОСКВА, 4 марта. /ТАСС/.",
"新华社北京7月28日电") were already read as datelines. Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import reported_facts

HEAD = "ISLAMABAD (UrduPoint News / APP - 12th May, 2023) "


@pytest.mark.parametrize(("body", "day"), [
    ("Prime Minister Shehbaz Sharif spoke by telephone with Turkish President Recep Tayyip "
     "Erdogan on Thursday, the PM Office said.", "2023-05-11"),
    ("Prime Minister Shehbaz Sharif had a telephone conversation with Turkish President Recep "
     "Tayyip Erdogan, a spokesman said on Friday.\n\n\"The prime minister spoke with President "
     "Erdogan last night about the earthquake relief,\" the spokesman told reporters.",
     "2023-05-11"),
    # with no other day told, the dateline's stays the story's, as the page's own would
    ("Prime Minister Shehbaz Sharif spoke by telephone with Turkish President Recep Tayyip "
     "Erdogan, the PM Office said.", "2023-05-12"),
])
def test_a_bracketed_dateline_does_not_date_the_contact(body: str, day: str) -> None:
    assert reported_facts(HEAD + body, "en", "2023-05-12")["date"] == day


@pytest.mark.parametrize(("text", "lang"), [
    ("(ANSA) - MOSCA, 12 MAG - Vladimir Putin ha avuto ieri una conversazione telefonica con "
     "Recep Tayyip Erdogan.", "it"),
    ("МОСКВА, 12 мая. /ТАСС/. Владимир Путин вчера провел телефонный разговор с Реджепом "
     "Тайипом Эрдоганом.", "ru"),
    ("新华社北京5月12日电 国家主席习近平11日同土耳其总统埃尔多安通电话。", "zh"),
])
def test_other_languages_datelines_stay_datelines(text: str, lang: str) -> None:
    assert reported_facts(text, lang, "2023-05-12")["date"] == "2023-05-11"
