"""English state media tell a meeting as "met" joined to the pair's next verb ("have today
met and held discussions at State House", "met and discussed issues of cooperation with")
or as "discussions held" with the other leader; neither was a contact cue, so the arrival
told next became the contact, a visit (h22en-001, Watchdog Uganda relaying the Presidential
Press Unit; "met and discussed" also on Zee News, "held bilateral discussions with" on
Sri Lankan presidential items found by search). Discussions held over the phone stay a
call."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2024-04-16"

MET = [
    "President Yoweri Museveni and his Kenyan counterpart William Ruto have today met and held "
    "discussions at State House in Entebbe.\n\nPresident Ruto arrived in Uganda yesterday for an "
    "official working visit at the invitation of President Museveni.",
    "President Yoweri Museveni met and discussed regional security with President William Ruto "
    "in Entebbe on Tuesday.",
    "President Yoweri Museveni held bilateral discussions with President William Ruto at State "
    "House on Tuesday.",
]


@pytest.mark.parametrize("text", MET)
def test_met_and_discussions_are_a_meeting(text: str) -> None:
    reported = [e for e in analyze_texts((text, PAGE), lang="en").events if e.reported_by]
    assert reported and reported[0].type == "meeting", [e.to_json() for e in reported]
    assert set(reported[0].participants) == {"yoweri-museveni", "william-ruto"}


def test_discussions_over_the_phone_are_a_call() -> None:
    text = ("President Yoweri Museveni held fruitful discussions with President William Ruto "
            "over the phone on Tuesday about trade.")
    reported = [e for e in analyze_texts((text, PAGE), lang="en").events if e.reported_by]
    assert reported and reported[0].type == "phone_call", [e.to_json() for e in reported]


def test_a_visitor_met_at_the_airport_is_no_pair_meeting() -> None:
    text = ("President William Ruto arrived in Entebbe on Tuesday and was met at the airport by "
            "the Minister of Foreign Affairs.")
    reported = [e for e in analyze_texts((text, PAGE), lang="en").events
                if e.reported_by and e.type == "meeting"]
    assert not reported, [e.to_json() for e in reported]


def test_a_photo_caption_holding_discussions_is_not_the_contact() -> None:
    text = ("President William Ruto (right) holding discussions with the Ugandan President, "
            "Yoweri Museveni\n\nThe Kenyan President, William Ruto, paid a short visit to his "
            "Ugandan counterpart, Yoweri Museveni, in Entebbe last Sunday.")
    reported = [e for e in analyze_texts((text, PAGE), lang="en").events if e.reported_by]
    assert len(reported) == 1 and reported[0].date == "2024-04-14", [
        e.to_json() for e in reported]
