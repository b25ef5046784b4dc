"""A meeting's part of day told only far down the story, by a principal's own words naming
the other ("“I was happy to meet President Ruto this afternoon at my farm,” Museveni said"),
is the meeting's: the paragraph read for times ended eight sentences past the lead (found on
a real Kenyan news item of Ruto and Museveni meeting at Kisozi). Words about another, earlier
meeting of the two far down keep theirs. Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

FILLER = {
    "en": "The two leaders discussed trade, energy and regional security. ",
    "it": "I due leader hanno discusso di commercio, energia e sicurezza regionale. ",
    "ru": "Лидеры обсудили торговлю, энергетику и региональную безопасность. ",
}
CASES = [
    ("en", "President William Ruto met Ugandan President Yoweri Museveni on Monday at his farm. ",
     "“I was happy to meet President Ruto this afternoon at my farm,” Museveni said."),
    ("it", "Il presidente William Ruto ha incontrato lunedì il presidente ugandese Yoweri "
           "Museveni nella sua fattoria. ",
     "«Sono stato felice di incontrare il presidente Ruto questo pomeriggio», ha detto "
     "Museveni."),
    ("ru", "Президент Кении Уильям Руто в понедельник встретился с президентом Уганды Йовери "
           "Мусевени на его ферме. ",
     "«Я был рад встретиться с президентом Руто сегодня днем», — сказал Мусевени."),
]


@pytest.mark.parametrize(("lang", "lead", "late"), CASES)
def test_a_principals_own_words_far_down_give_the_part_of_day(lang: str, lead: str,
                                                              late: str) -> None:
    text = lead + FILLER[lang] * 9 + late
    events = analyze_texts((text, "2024-02-26"), lang=lang).events
    meeting = next(e for e in events if e.reported_by)
    assert meeting.part_of_day == "afternoon"


def test_an_earlier_meeting_far_down_keeps_its_time() -> None:
    text = (CASES[0][1] + FILLER["en"] * 9 + "The previous meeting between Ruto and Museveni "
            "took place one evening in Entebbe in 2023.")
    events = analyze_texts((text, "2024-02-26"), lang="en").events
    meeting = next(e for e in events if e.reported_by)
    assert meeting.part_of_day is None
