"""A talk's length tied to it by words the lists lacked: the talk "lungo circa un'ora",
"dialogato per un'ora e 15 minuti", "allungando la chiamata oltre le due ore"; "a call
about an hour long"; "разговор длиной полтора часа". Spans tied to nothing stay out."""

from __future__ import annotations

import pytest

from readouts.extract.time.dates import find_duration


@pytest.mark.parametrize(
    ("sentence", "lang", "minutes"),
    [
        ("Un incontro lungo circa 1 ora, cordiale e franco.", "it", 60),
        ("La premier ha detto di aver dialogato con lui per un'ora e 15 minuti.", "it", 75),
        ("I saluti finali hanno allungato la telefonata oltre le due ore.", "it", 120),
        ("They had a call about an hour long on Friday.", "en", 60),
        ("The talks, some two hours long, ended at noon.", "en", 120),
        ("Разговор длиной полтора часа прошёл в деловой атмосфере.", "ru", 90),
        ("两国元首进行了长达一个小时的通话。", "zh", 60),
    ],
)
def test_a_talks_length_tied_by_its_words(sentence: str, lang: str, minutes: int) -> None:
    found = find_duration(sentence, lang)
    assert found is not None and found.minutes == minutes, (sentence, found)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Una strada lunga due chilometri porta al palazzo.", "it"),
        ("Il pranzo è iniziato due ore fa.", "it"),
        ("Мост длиной два километра открыли вчера.", "ru"),
    ],
)
def test_spans_tied_to_no_talk_stay_out(sentence: str, lang: str) -> None:
    assert find_duration(sentence, lang) is None
