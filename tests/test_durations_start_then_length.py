"""A talk's length told the way Japanese government English gives it, and Italian copies:
a start time qualified by the day or the time zone, then the length ("from 2:30 p.m., Japan
time, for approximately 30 minutes", "from noon today for about 15 minutes", "dalle 14.30,
ora di Tokyo, per circa 30 minuti"), or the length beside a talk the speaker "had" ("I had a
telephone talk with President Biden for about 25 minutes", "Just now, for approximately 45
minutes, I had a summit telephone talk"). Spans of other things stay out."""

from __future__ import annotations

import pytest

from readouts.extract.time.dates import find_duration


@pytest.mark.parametrize(
    ("sentence", "lang", "minutes"),
    [
        ("I am told that from 3:10 p.m., Tokyo time, for approximately 35 minutes, the Prime "
         "Minister held a summit meeting with the Premier.", "en", 35),
        ("From 8:45 a.m. today for about 50 minutes, the Prime Minister held telephone talks "
         "with the President.", "en", 50),
        ("I was informed that from noon today for approximately 20 minutes the Prime Minister "
         "received a telephone call from the Chancellor.", "en", 20),
        ("Earlier this evening I had a telephone talk with the President for about 25 minutes.",
         "en", 25),
        ("A moment ago, for approximately 40 minutes, I had a telephone talk with the "
         "Chancellor.", "en", 40),
        ("Dalle 15.10, ora di Tokyo, per circa 35 minuti, il premier ha avuto un incontro con "
         "il primo ministro cinese.", "it", 35),
        ("Dalle 8.45 di oggi per circa 50 minuti il premier ha avuto un colloquio telefonico.",
         "it", 50),
        ("Poco fa, per circa 40 minuti, ho avuto un colloquio telefonico con il cancelliere.",
         "it", 40),
        ("Ho avuto una telefonata con il presidente per circa 25 minuti.", "it", 25),
    ],
)
def test_a_start_time_or_a_talk_had_ties_the_length(sentence: str, lang: str,
                                                    minutes: int) -> None:
    found = find_duration(sentence, lang)
    assert found is not None and found.minutes == minutes, (sentence, found)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("They had a call and then the ceasefire held for 30 minutes.", "en"),
        ("From 9 a.m. today the border stays closed for 30 minutes.", "en"),
        ("Ha avuto un colloquio, ma la sirena ha suonato per 30 minuti.", "it"),
    ],
)
def test_a_span_of_another_clause_stays_out(sentence: str, lang: str) -> None:
    assert find_duration(sentence, lang) is None
