"""A start time with a note on the clock before the length ("commencing at 10:40 a.m. (local
time; 3:40 a.m. on November 18 JST) for approximately 25 minutes", "dalle 10.40 (ora locale;
le 3.40 del 18 novembre in Giappone) per circa 25 minuti") ties the length to the talk as the
bare start time does: the note put the cue out of reach (found on a real Kantei summary of a
Kishida-Albanese meeting, held-out 11, which gave the meeting no length)."""

from __future__ import annotations

import pytest

from readouts.extract.time.dates import find_duration


@pytest.mark.parametrize(("sentence", "lang"), [
    ("On March 3, commencing at 10:40 a.m. (local time; 6:40 p.m. on March 3 JST) for "
     "approximately 25 minutes, the Prime Minister held a summit meeting with the President.",
     "en"),
    ("On March 3, from 9:15 a.m. (local time; 5:15 p.m. Japan time) for about 25 minutes, the "
     "Prime Minister held a telephone talk with the Chancellor.", "en"),
    ("Il 3 marzo, dalle 10.40 (ora locale; le 18.40 del 3 marzo in Giappone) per circa 25 "
     "minuti, il primo ministro ha avuto un incontro con il presidente.", "it"),
])
def test_a_start_time_with_a_clock_note_ties_the_length(sentence: str, lang: str) -> None:
    found = find_duration(sentence, lang)
    assert found is not None and found.minutes == 25, found


def test_a_span_after_a_clock_note_elsewhere_stays_out() -> None:
    sentence = ("The ceremony began at 10:40 a.m. (local time; 6:40 p.m. in Tokyo), and two "
                "hours later the leaders left.")
    assert find_duration(sentence, "en") is None
