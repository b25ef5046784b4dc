"""Leaders who "speak to the press" after their meeting address an audience; they do not
call each other. The English call cue "spoke/speak to ..." read "the press", "the media"
as a callee's article, so a meeting became a phone call, and "spoke to the media ahead of
their one-on-one talks" a planned call (lang/en/contacts.yaml). Found on real items: the
Obama White House archive (heldout20 h20en-012: Obama and Karzai 'speak to the press after
holding a bilateral meeting', typed a call), HuffPost India (dev21 d21en-013, a planned call
from 'spoke to the media ahead of their one-on-one talks') and India.com (d21en-012,
'speaking to the media during a bilateral meeting'). Italian and Russian ("hanno parlato alla
stampa", «выступили перед прессой») had no such reading."""

import pytest
from test_contacts import analyze_texts

PAGE = "2019-08-26"

AUDIENCE = [
    "President Obama and President Karzai speak to the press after holding a bilateral "
    "meeting in Chicago.",
    "Prime Minister Modi and President Trump spoke to the media after their meeting on Monday.",
    "Prime Minister Modi met President Trump on Monday. The two leaders spoke to the nation's "
    "reporters, then spoke to the media again after lunch.",
]


@pytest.mark.parametrize("text", AUDIENCE)
def test_speaking_to_the_press_is_no_call(text: str) -> None:
    events = analyze_texts((text, PAGE), lang="en").events
    assert events and not any(e.type == "phone_call" for e in events), (
        [e.to_json() for e in events])
    assert any(e.type == "meeting" and e.status == "held" for e in events)


def test_speaking_to_the_press_ahead_of_talks_is_no_planned_call() -> None:
    text = ("Prime Minister Narendra Modi met US President Donald Trump on Monday. The two "
            "leaders spoke to the media ahead of their one-on-one talks.")
    events = analyze_texts((text, PAGE), lang="en").events
    assert not any(e.type == "phone_call" for e in events), [e.to_json() for e in events]


CALLS = [
    ("Prime Minister Modi spoke to the Prime Minister of Japan on Monday.",
     {"narendra-modi", "shinzo-abe"}),
    ("Prime Minister Modi spoke today with President Trump.", {"narendra-modi", "donald-trump"}),
]


@pytest.mark.parametrize(("text", "people"), CALLS)
def test_speaking_to_a_leader_stays_a_call(text: str, people: set[str]) -> None:
    events = analyze_texts((text, PAGE), lang="en").events
    assert any(e.type == "phone_call" and set(e.participants) == people for e in events), (
        [e.to_json() for e in events])
