"""A third leader who urged the call is not the one who asked for it: "Niinistö chiamerà
Putin su richiesta del cancelliere tedesco" is Niinistö's call to Putin, asked of him by
Scholz, and the contact's initiator is one of the two who speak, or none. In every set of
facts the trial's readers wrote, the initiator is one of the contact's principals. Texts
written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import reported_facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Il presidente finlandese Sauli Niinistö ha annunciato che chiamerà il presidente russo "
     "Vladimir Putin, su richiesta del cancelliere tedesco Olaf Scholz.", "it"),
    ("Finnish President Sauli Niinisto said he would call Russian President Vladimir Putin at "
     "the request of German Chancellor Olaf Scholz.", "en"),
    ("Президент Финляндии Саули Ниинисте заявил, что позвонит Владимиру Путину по просьбе "
     "канцлера Германии Олафа Шольца.", "ru"),
])
def test_a_third_leaders_request_makes_no_initiator(text: str, lang: str) -> None:
    facts = reported_facts(text, lang, "2022-03-10")
    assert set(facts["participants"]) == {"sauli-niinisto", "vladimir-putin"}
    assert facts["initiated_by"] in (None, "sauli-niinisto")
