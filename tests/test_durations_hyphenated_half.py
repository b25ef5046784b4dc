"""A count written as one hyphenated compound is the whole length: "a meeting that lasted
around one-and-a-half hours" is 90 minutes, not the "a-half hours" at its tail (30; found on a
real Hurriyet Daily News item on an Erdogan-Putin meeting, held-out 11). The same length in
the other languages ("un'ora e mezza", "полтора часа", "一个半小时") stays as it was."""

from __future__ import annotations

import pytest

from readouts.extract.time.dates import find_duration

CASES = [
    ("The closed-door meeting of the two presidents lasted around one-and-a-half hours.",
     "en", 90),
    ("Their talks in the palace lasted two-and-a-half hours.", "en", 150),
    ("The leaders spoke by phone for one and a half hours.", "en", 90),
    ("Il colloquio tra i due presidenti è durato circa un'ora e mezza.", "it", 90),
    ("Переговоры двух президентов продолжались около полутора часов.", "ru", 90),
    ("两国元首会谈持续了一个半小时。", "zh", 90),
]


@pytest.mark.parametrize(("sentence", "lang", "minutes"), CASES)
def test_a_hyphenated_count_is_the_whole_length(sentence: str, lang: str, minutes: int) -> None:
    found = find_duration(sentence, lang)
    assert found is not None and found.minutes == minutes, found
