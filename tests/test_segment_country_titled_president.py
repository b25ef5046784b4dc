# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""A president titled by his country ("U.S. President Barack Obama", "American President
Donald J. Trump") is how a newspaper names him, not the White House's house style: a news
article doing so is no White House text (found on a real RFE/RL comparison of two readouts
read whole as the White House's). The White House's own "President Barack Obama spoke
today …" still marks its readout. The signature is English; every text here is written for
these tests."""

from __future__ import annotations

from readouts.segment import split_accounts

NEWS = """\
U.S. President Barack Obama and Russian President Vladimir Putin spoke by phone on Friday about Ukraine.

The two leaders' offices later released very different summaries of what was said, and analysts in both capitals were quick to read them side by side.
"""

READOUT = """\
President Barack Obama spoke today with President Vladimir Putin of Russia about the situation in Ukraine.

The President emphasized that a diplomatic resolution remains possible.
"""


def test_a_country_titled_president_marks_no_white_house_text() -> None:
    found = split_accounts(NEWS, {}, "en")
    assert [(a.source, a.side, a.kind) for a in found] == [("unknown", None, "news")]


def test_the_white_house_style_still_marks_its_readout() -> None:
    found = split_accounts(READOUT, {}, "en")
    assert [(a.source, a.side) for a in found] == [("whitehouse", "USA")]
