"""A leader's envoy met is the party, not the leader he serves, however English names the
leader: after "of" ("the special envoy of US President Donald Trump, Steve Witkoff"), before
the office with no possessive ("Trump envoy Steve Witkoff met Putin"), with a region between
("Trump's Middle East envoy"), or inside "between A and B" ("the meeting between Putin and
U.S. President Donald Trump's Special Envoy Steve Witkoff"). Before, each came out a contact of
the two leaders (a phantom) or none. Found on real items: NDTV ('Trump envoy Steve Witkoff met
Russian President Vladimir Putin'), a Reuters copy on Energy News (the 'between' wording) and
the Jerusalem Post ('Trump's Middle East envoy, Steve Witkoff, met with Crown Prince').
Italian and Russian read their envoys already. Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

ENVOY_MET = [
    ("Russian President Vladimir Putin on Thursday met the special envoy of US President "
     "Donald Trump, Steve Witkoff, in the Kremlin. They discussed Ukraine.",
     {"vladimir-putin", "steve-witkoff"}),
    ("Trump envoy Steve Witkoff met Russian President Vladimir Putin in St. Petersburg on "
     "Friday. They discussed Ukraine.", {"vladimir-putin", "steve-witkoff"}),
    ("The meeting between Russian President Vladimir Putin and U.S. President Donald Trump's "
     "Special Envoy Steve Witkoff on Friday was productive. They discussed Ukraine.",
     {"vladimir-putin", "steve-witkoff"}),
    ("President Donald Trump's Middle East envoy, Steve Witkoff, met Crown Prince Mohammed bin "
     "Salman in Riyadh on Friday. They discussed Gaza.",
     {"mohammed-bin-salman", "steve-witkoff"}),
    ("Russian President Vladimir Putin on Thursday met the US envoy, Steve Witkoff, in the "
     "Kremlin. They discussed Ukraine.", {"vladimir-putin", "steve-witkoff"}),
]


@pytest.mark.parametrize(("text", "parties"), ENVOY_MET)
def test_the_envoy_is_the_party(text: str, parties: set[str]) -> None:
    events = analyze_texts((text, "2025-04-12"), lang="en").events
    assert events and set(events[0].participants) == parties
    assert events[0].type == "meeting"


@pytest.mark.parametrize(("text", "parties"), [
    # an aide named before his office tells the leaders' call
    ("Putin aide Yuri Ushakov said Vladimir Putin and Donald Trump spoke by phone on Friday "
     "for an hour.", {"vladimir-putin", "donald-trump"}),
    # the leaders met, the envoy present
    ("Vladimir Putin met Donald Trump in Alaska on Friday, with Trump's envoy Steve Witkoff "
     "present. They discussed Ukraine.", {"vladimir-putin", "donald-trump"}),
])
def test_the_leaders_contact_stays(text: str, parties: set[str]) -> None:
    events = analyze_texts((text, "2025-04-12"), lang="en").events
    assert events and set(events[0].participants) == parties
