"""A clock time written with an hours word ("Last Updated: Fri, Oct 8th, 2021, 14:25:02hrs",
"at 1930 hrs") is a time of day, never how long a talk lasted (found on a real Sify item,
whose update stamp gave a planned call two hours). English pages write clocks this way; the
Italian, Russian and Chinese clocks ("alle 14.25", "в 14:25", "14时25分") carry no hours word."""

from __future__ import annotations

import pytest

from readouts.extract.time.durations import find_duration


@pytest.mark.parametrize("sentence", [
    "Last Updated: Fri, Oct 8th, 2021, 14:25:02hrs The Japanese government is arranging a "
    "phone conversation between the two leaders.",
    "The two leaders spoke by phone at 1930 hrs IST.",
])
def test_a_clock_time_in_hours_is_no_duration(sentence: str) -> None:
    assert find_duration(sentence, "en") is None


@pytest.mark.parametrize(("sentence", "minutes"), [
    ("The call began at 1930 hrs and lasted two hours.", 120),
    ("The call lasted 2 hrs.", 120),
    ("The meeting lasted 1.5 hours.", 90),
])
def test_a_length_in_hours_stays(sentence: str, minutes: int) -> None:
    found = find_duration(sentence, "en")
    assert found is not None and found.minutes == minutes
