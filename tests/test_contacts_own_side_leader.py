"""The side's own leader a government's note leaves unnamed ("应约同普京通电话", "a note of the
German government on the meeting with Putin") is its leader on the contact's day: the head of
government where he leads (the chancellor, not the federal president), and nobody on an
undated contact, where the latest holder of the office would be a guess."""

from __future__ import annotations

import pytest

from readouts.extract.contacts.leaders import principals_of


@pytest.mark.parametrize(("named", "on", "side", "want"), [
    (["vladimir-putin"], "2016-08-31", "DEU", ["angela-merkel", "vladimir-putin"]),
    (["vladimir-putin"], "2016-08-31", "ITA", ["matteo-renzi", "vladimir-putin"]),
    (["vladimir-putin"], "2022-05-09", "CHN", ["xi-jinping", "vladimir-putin"]),
    (["vladimir-putin"], "2022-05-09", "FRA", ["emmanuel-macron", "vladimir-putin"]),
])
def test_the_own_leader_is_the_one_leading_on_the_day(named: list[str], on: str, side: str,
                                                      want: list[str]) -> None:
    assert principals_of(named, on, side) == want


def test_an_undated_contact_takes_no_guessed_own_leader() -> None:
    assert principals_of(["vladimir-putin"], None, "DEU") == ["vladimir-putin"]
    assert principals_of([], None, "DEU") == []
