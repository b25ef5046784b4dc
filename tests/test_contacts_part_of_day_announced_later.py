"""A later sentence that names the held contact only to say when its results will be told
("Domenica mattina, alle 10 locali, il presidente renderà noti i risultati dell'incontro di
oggi", "On Sunday morning … will announce the results of today's meeting") gives it a day
("oggi", "today"), not the announcement's part of day: that sentence's part of day is now
read near the contact's word and, for a held contact, never in a clause still to come. And
the English loanword "il meeting" names the contact in Italian ("Il meeting è durato circa
due ore, dalle 15 alle 17"), never an event's name ("il Meeting di Rimini"). Found on a real
la Repubblica item (the Moon-Kim meeting of 26 May 2018 came out in the morning). Texts
written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

LATER = [
    ("it", "Il presidente sudcoreano Moon Jae-in e il leader nordcoreano Kim Jong-un si sono "
           "incontrati a Panmunjom. L'incontro è durato due ore. Domenica mattina, alle 10 "
           "locali, il presidente sudcoreano renderà noti i risultati dell'incontro di oggi."),
    ("en", "South Korean President Moon Jae-in and North Korean leader Kim Jong-un met in "
           "Panmunjom. The meeting lasted two hours. On Sunday morning, at 10 local time, the "
           "South Korean president will announce the results of today's meeting."),
]


@pytest.mark.parametrize(("lang", "text"), LATER)
def test_the_announcements_morning_is_not_the_meetings(lang: str, text: str) -> None:
    event = analyze_texts((text, "2018-05-26"), lang=lang).events[-1]
    assert set(event.participants) == {"moon-jae-in", "kim-jong-un"}
    assert event.date == "2018-05-26"
    assert event.part_of_day is None


def test_il_meeting_names_the_contact() -> None:
    text = ("Il presidente sudcoreano Moon Jae-in e il leader nordcoreano Kim Jong-un si sono "
            "incontrati oggi a Panmunjom. Il meeting è durato circa due ore, dalle 15 alle 17 "
            "locali.")
    event = analyze_texts((text, "2018-05-26"), lang="it").events[0]
    assert (event.part_of_day, event.duration_minutes) == ("afternoon", 120)


def test_an_events_meeting_is_no_contact() -> None:
    text = "La premier Giorgia Meloni è intervenuta ieri al Meeting di Rimini."
    assert not analyze_texts((text, "2023-08-25"), lang="it").events
