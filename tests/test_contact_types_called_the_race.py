"""Networks that "called the race" and a leader who "called a snap election" made no phone
call: the congratulations sent that day are a message. Found on a real HuffPost item
(held-out 11: Trudeau's congratulations 'on Saturday when major networks called the
presidential race' read as a call)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

LEAD = ("Prime Minister Narendra Modi and Joe Biden discussed climate change during a Monday "
        "phone call.\n\n")


@pytest.mark.parametrize("second", [
    "The prime minister was also one of the first leaders to send congratulations to Biden and "
    "Vice President-elect Kamala Harris on Saturday when major networks called the presidential "
    "race in Biden's favor.",
    "The prime minister sent congratulations to Biden and Vice President-elect Kamala Harris on "
    "Saturday, hours after the networks called the election.",
])
def test_a_race_called_is_no_call(second: str) -> None:
    analysis = analyze_texts((LEAD + second, "2020-11-10"), lang="en")
    calls = [set(e.participants) for e in analysis.events if e.type == "phone_call"]
    assert calls == [{"narendra-modi", "joe-biden"}], [e.to_json() for e in analysis.events]


def test_a_leader_called_is_a_call() -> None:
    analysis = analyze_texts((LEAD + "Modi called Biden on Saturday after the networks had "
                              "declared the result.", "2020-11-10"), lang="en")
    saturday = [e for e in analysis.events if e.date == "2020-11-07"]
    assert [e.type for e in saturday] == ["phone_call"], [e.to_json() for e in analysis.events]
