"""A summit of two leaders is their meeting in every language ('the summit in Alaska between
Putin and Trump', 'the Trump-Putin summit', 'il vertice in Alaska tra Putin e Trump',
'встреча Путина и Трампа на Аляске'); a gathering of many
(the G20 summit) is not one. Texts written for these tests."""

import pytest
from test_contacts import analyze_texts

PAGE = "2025-08-16"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The summit in Alaska between Putin and Trump lasted about three hours."),
    ("en", "The Trump-Putin summit in Alaska lasted about three hours."),
    ("en", "Trump held a summit with Putin in Alaska, which lasted about three hours."),
    ("it", "Il vertice in Alaska tra Putin e Trump è durato circa tre ore."),
    ("ru", "Встреча Путина и Трампа на Аляске продлилась около трёх часов."),
])
def test_a_summit_of_two_is_their_meeting(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert (events[0].type, sorted(events[0].participants), events[0].duration_minutes) == (
        "meeting", ["donald-trump", "vladimir-putin"], 180)


def test_a_gathering_of_many_is_no_meeting_of_two() -> None:
    text = "Xi Jinping arrived in Rio de Janeiro for the G20 summit on Sunday."
    assert analyze_texts((text, "2024-11-17"), lang="en").events == []
