"""A transcript of a host's remarks opens on his welcome in the first person ("I am
delighted to welcome my dear friend, President Sarkozy, to the White House", "let me just say
it is wonderful to welcome back Prime Minister Sharif and his delegation to the Oval Office"):
the speaker is the other party of the meeting. A welcome is a bare word (a meeting only with
two leaders around it), which the first-person reading did not count, and the cue knew
neither 'welcome back' nor a guest called 'my dear friend' before his name: the meeting was
lost. Seen on 3 real White House transcripts (MNI on forexlive, Obama–Sarkozy 2010, held-out
20; Obama–Sharif and Bush–Olmert remarks gathered this stop: the Bush one is read neither way,
its guest named only as 'Mr. Prime Minister'). Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

HOST_REMARKS = [
    ("PRESIDENT OBAMA: Good afternoon. I am delighted to welcome my dear friend, President "
     "Sarkozy, to the White House. Our two countries share much.",
     {"barack-obama", "nicolas-sarkozy"}),
    ("PRESIDENT OBAMA: Well, let me say it is a great pleasure to welcome back Chancellor "
     "Merkel and her delegation to the Oval Office. We will talk about trade.",
     {"barack-obama", "angela-merkel"}),
]


TWO_SPEAKERS = [
    # the guest addressed, never named in a sentence: the next speaker is he
    ("PRESIDENT BIDEN: Well, Mr. President, welcome to the White House. Good to see you.\n\n"
     "PRESIDENT IOHANNIS: Thank you, Mr. President. We have much to discuss.\n\n"
     "PRESIDENT BIDEN: We do. The floor is yours.", {"joe-biden", "klaus-iohannis"}),
    ("PRESIDENT BUSH: Mr. Prime Minister, welcome back. I loved my trip to your country.\n\n"
     "PRIME MINISTER OLMERT: Thank you very much, President.", {"george-w-bush", "ehud-olmert"}),
]


@pytest.mark.parametrize(("text", "parties", "day"), [
    *((text, parties, "2010-03-30") for text, parties in HOST_REMARKS),
    *((text, parties, "2008-06-04") for text, parties in TWO_SPEAKERS),
])
def test_the_host_welcoming_met_his_guest(text: str, parties: set[str], day: str) -> None:
    """The host's own welcome naming the guest, or two leaders speaking after a welcome."""
    events = analyze_texts((text, day), lang="en").events
    assert events and set(events[0].participants) == parties
    assert events[0].type == "meeting" and events[0].status == "held"


@pytest.mark.parametrize(("text", "day"), [
    # a decision welcomed is no guest
    ("PRESIDENT OBAMA: We welcome back the decision of Chancellor Merkel on trade.",
     "2010-03-30"),
    # a welcome ahead is planned, not held
    ("PRESIDENT OBAMA: I look forward to welcoming Chancellor Merkel to the White House next "
     "month.", "2010-03-30"),
    # no welcome: two leaders' words side by side tell no meeting
    ("PRESIDENT BIDEN: The economy is strong. We are working hard.\n\n"
     "PRESIDENT IOHANNIS: Romania is a proud ally. We stand together.", "2008-06-04"),
    # one leader welcoming the press: no second leader speaks
    ("PRESIDENT BIDEN: Well, welcome, everybody. The economy is strong.\n\n"
     "Q: Mr. President, will you meet President Iohannis?", "2008-06-04"),
])
def test_no_meeting_held_without_a_guest_welcomed(text: str, day: str) -> None:
    events = analyze_texts((text, day), lang="en").events
    assert not any(e.status == "held" and e.type == "meeting" for e in events)
