"""A readout's closing line on the next meeting ("looked forward to welcoming President Macron
to the White House in July", "will host Macron at the White House") mentions a planned
meeting of the two, dated ahead; a leader who will welcome home the troops meets no one."""

import pytest
from test_contacts import analyze_texts

CALL = "President Biden spoke by phone today with President Macron of France. "


@pytest.mark.parametrize("closing", [
    "President Biden looked forward to welcoming President Macron to the White House in July.",
    "Biden will host Macron at the White House in July.",
])
def test_the_next_meeting_is_mentioned_as_planned(closing: str) -> None:
    analysis = analyze_texts((CALL + closing, "2016-05-12"))
    mentioned = [(e.type, e.status, set(e.participants), e.date) for e in analysis.events
                 if not e.reported_by]
    assert mentioned == [("meeting", "planned", {"joe-biden", "emmanuel-macron"}, "2016-07")]


def test_an_announced_hosting_alone_is_dated_ahead() -> None:
    text = ("President Biden looks forward to welcoming President Macron to the White House "
            "in July.")
    events = analyze_texts((text, "2016-05-12")).events
    assert [(e.status, e.date) for e in events] == [("planned", "2016-07")]


def test_welcoming_home_the_troops_is_no_contact() -> None:
    assert analyze_texts(("President Biden will welcome home the troops next week.",
                          "2016-05-12")).events == []
