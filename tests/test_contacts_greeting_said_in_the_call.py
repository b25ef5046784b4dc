"""A congratulation told by its verb alone is what was said in the call or meeting the story
reports, not a message apart: a lead congratulating a leader on taking office ("congratulated
Sharif on assuming office", "on her historic win", "on his appointment") takes the medium the
next sentence names, and a greeting word later in the story ("expressed his congratulations on
Suga's inauguration") is no second contact (found on real UrduPoint, MINA and Royal Hashemite
Court items, heldout22 h22en-006, heldout24 h24en-011, dev25 e25-005; seen on PTI/Republic
items too). A message or letter named stays a message."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2024-03-05"

OFFICE = [
    "Malaysian Prime Minister Anwar Ibrahim on Monday congratulated Prime Minister Shehbaz "
    "Sharif on assuming office.\n\nAnwar, in a telephone call, wished him every success.",
    "Malaysian Prime Minister Anwar Ibrahim on Monday congratulated Prime Minister Shehbaz "
    "Sharif on his appointment as head of government.\n\nThe two leaders spoke by phone and "
    "agreed to deepen trade ties.",
]


@pytest.mark.parametrize("text", OFFICE)
def test_a_congratulation_on_taking_office_takes_the_medium_said_next(text: str) -> None:
    events = analyze_texts((text, PAGE), lang="en").events
    assert [(e.type, e.date) for e in events] == [("phone_call", "2024-03-04")], [
        e.to_json() for e in events]
    assert set(events[0].participants) == {"anwar-ibrahim", "shehbaz-sharif"}


SAID_IN_THE_CALL = [
    "Prime Minister Yoshihide Suga on Tuesday held a telephone talk with President Joko "
    "Widodo.\n\nWidodo expressed his congratulations on Suga's inauguration and his desire "
    "to deepen ties.",
    "Prime Minister Yoshihide Suga on Tuesday discussed regional security with President Joko "
    "Widodo via tele-talk.\n\nOn Tuesday Widodo congratulated Suga on his inauguration.",
]


@pytest.mark.parametrize("text", SAID_IN_THE_CALL)
def test_a_congratulation_in_the_story_is_no_second_contact(text: str) -> None:
    events = analyze_texts((text, PAGE), lang="en").events
    assert [(e.type, e.status) for e in events] == [("phone_call", "held")], [
        e.to_json() for e in events]


@pytest.mark.parametrize("text", [
    "Prime Minister Yoshihide Suga on Tuesday held a telephone talk with President Joko "
    "Widodo.\n\nOn Tuesday Widodo also sent Suga a congratulatory message.",
    "President William Ruto congratulated Prime Minister Keir Starmer on his election "
    "victory.",
])
def test_a_message_named_or_with_no_medium_stays_a_message(text: str) -> None:
    events = analyze_texts((text, PAGE), lang="en").events
    assert "message" in {e.type for e in events}, [e.to_json() for e in events]
