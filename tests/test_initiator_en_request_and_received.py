"""English names who asked for a contact with any preposition before the request ("on the
initiative of the French side", "upon the request of", "on Kishida's initiative", "on the
American side's initiative"), not only "at"; a message or letter received names its sender as
a received call names its caller ("received a special message from President Ramaphosa",
"was the recipient of a telephone call from Charles Michel"). Found on real items: Watchdog
Uganda (twice) and Nairobi Wire (special messages delivered by envoys), Oman News (a call
received), Russland.ru's copy of a Kremlin readout ("on the American side's initiative").
Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

ASKED = [
    ("Russian President Vladimir Putin held a phone conversation with French President "
     "Emmanuel Macron on Friday on the initiative of the French side.", "emmanuel-macron"),
    ("Putin and Trump spoke by phone on Tuesday on the American side's initiative.",
     "donald-trump"),
    ("Chinese President Xi Jinping held a phone call with Emmanuel Macron on Friday upon the "
     "request of Macron.", "emmanuel-macron"),
    ("Indian Prime Minister Narendra Modi spoke with Japanese Prime Minister Fumio Kishida on "
     "Monday on Kishida's initiative.", "fumio-kishida"),
    ("Kenyan President William Ruto on Tuesday received a special message from Ugandan "
     "President Yoweri Museveni at State House Nairobi.", "yoweri-museveni"),
    ("Pakistani Prime Minister Shehbaz Sharif received a letter from Malaysian Prime Minister "
     "Anwar Ibrahim on Monday.", "anwar-ibrahim"),
    ("Sultan Haitham bin Tarik was the recipient of a telephone call from French President "
     "Emmanuel Macron on Monday.", "emmanuel-macron"),
]


@pytest.mark.parametrize(("text", "caller"), ASKED)
def test_who_asked_is_read(text: str, caller: str) -> None:
    events = analyze_texts((text, "2024-05-06"), lang="en").events
    assert events and events[0].initiated_by == caller


@pytest.mark.parametrize("text", [
    # the president's words called names, no call placed
    "Putin met Macron in Moscow on Monday. Earlier, Biden called the president's remarks "
    "reckless.",
    # an initiative discussed, not the talks'
    "Putin and Macron spoke by phone on Monday and discussed progress on the initiative of "
    "the grain corridor.",
    # greetings exchanged in a call say nothing of who placed it
    "Xi Jinping and Emmanuel Macron held a phone call on Friday and exchanged messages of "
    "goodwill.",
])
def test_no_request_no_initiator(text: str) -> None:
    events = analyze_texts((text, "2024-05-06"), lang="en").events
    assert events and events[0].initiated_by is None
