"""A talk told by a bare word in the sidelines or at a gathering both attended ("had a brief
conversation with Biden on the sidelines of the G20", "a short conversation during the
summit") was face to face: a meeting, as Russian's «на полях» already reads, not the phone call
a bare "conversation" says alone (the issue's open English case; seen on Reuters, RFE/RL and
HuffPost items of the 2014 Obama-Putin APEC encounter). A medium named, or a summit only
talked about, keeps the call."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2024-03-05"


@pytest.mark.parametrize("text", [
    "Prime Minister Narendra Modi had a brief conversation with President Joe Biden on the "
    "sidelines of the G20 summit in Rome on Sunday.",
    "President William Ruto held a short conversation with Prime Minister Rishi Sunak during "
    "the summit in London.",
])
def test_a_bare_talk_at_a_gathering_is_a_meeting(text: str) -> None:
    events = analyze_texts((text, PAGE), lang="en").events
    assert [e.type for e in events] == ["meeting"], [e.to_json() for e in events]


@pytest.mark.parametrize("text", [
    "President William Ruto held a conversation with Prime Minister Rishi Sunak on Monday.\n\n"
    "They discussed the summit in London.",
    "President William Ruto held a phone conversation with Prime Minister Rishi Sunak on "
    "Monday during the summit in London.",
])
def test_a_call_named_or_a_summit_talked_of_stays_a_call(text: str) -> None:
    events = analyze_texts((text, PAGE), lang="en").events
    assert [e.type for e in events] == ["phone_call"], [e.to_json() for e in events]
