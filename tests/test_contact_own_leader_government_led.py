"""The side's own leader, unnamed in its account ("Spoke with President Putin today" in the
Indian prime minister's post, "应约同普京通电话" in a Chinese readout), is its head of
government where he leads the country (actors.yaml government_led: India, Italy, Germany
…), its president elsewhere. Found when Modi's post on a real item (trial it-029) got its
side: the call came out as President Murmu's. The guard: a side whose president leads keeps
him. The rule reads the side and the roster only, no words: one test serves every
language."""

from __future__ import annotations

import pytest

from readouts.extract.contacts.leaders import principals_of


@pytest.mark.parametrize(("side", "on", "own"), [
    ("IND", "2024-08-27", "narendra-modi"),
    ("ITA", "2023-05-10", "giorgia-meloni"),
    ("DEU", "2023-05-10", "olaf-scholz"),
])
def test_a_government_led_side_s_own_leader_is_its_head_of_government(
        side: str, on: str, own: str) -> None:
    assert principals_of(["vladimir-putin"], on, side) == [own, "vladimir-putin"]


@pytest.mark.parametrize(("side", "on", "own"), [
    ("USA", "2023-05-10", "joe-biden"),
    ("FRA", "2023-05-10", "emmanuel-macron"),
])
def test_a_president_led_side_keeps_its_president(side: str, on: str, own: str) -> None:
    assert principals_of(["vladimir-putin"], on, side) == [own, "vladimir-putin"]
