"""Strict per-locale number parsing: digits, words and Chinese numerals."""

import pytest

from readouts.extract.figures.numbers import parse_number


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        # Italian: dot groups thousands, comma is the decimal mark
        ("1.000", "it", 1000),
        ("87,4", "it", 87.4),
        ("1.230,5", "it", 1230.5),
        ("1.234.567", "it", 1234567),
        ("115,6 miliardi", "it", 115_600_000_000),
        ("3 milioni e mezzo", "it", 3_500_000),
        ("cinque", "it", 5),
        ("duecentoquarantatre", "it", 243),
        ("quarantotto", "it", 48),
        ("tremiladuecento", "it", 3200),
        ("un milione e mezzo", "it", 1_500_000),
        ("due terzi", "it", 2 / 3),
        # English: comma groups, point is the decimal mark
        ("1,000", "en", 1000),
        ("1,000.5", "en", 1000.5),
        ("1.5", "en", 1.5),
        ("123 billion", "en", 123_000_000_000),
        ("twenty-one", "en", 21),
        ("one hundred and sixty-one", "en", 161),
        ("half a billion", "en", 500_000_000),
        ("ten billion", "en", 10_000_000_000),
        ("1.2bn", "en", 1_200_000_000),
        ("three quarters", "en", 0.75),
        ("40 000", "en", 40_000),  # "000" is no number of its own: one spaced numeral
        ("1 234 567", "en", 1_234_567),
        ("one twenty-fifth", "en", 1 / 25),
        ("one hundred and thirty fifths", "en", 26),
        ("five and a half million", "en", 5_500_000),
        ("2 1/4", "en", 2.25),
        ("1.3x10^6", "en", 1_300_000),
        ("un ventunesimo", "it", 1 / 21),
        ("duemiladuecento quinti", "it", 440),
        ("полтора миллиона", "ru", 1_500_000),
        ("两千三点一", "zh", 2300.1),
        ("3/5", "zh", 0.6),
        # Russian: space (also no-break and thin space) groups, comma decimal
        ("1 000,5", "ru", 1000.5),
        ("1\u00a0000", "ru", 1000),
        ("1\u2009000", "ru", 1000),
        ("87,4", "ru", 87.4),
        ("200 млрд", "ru", 200_000_000_000),
        ("двести", "ru", 200),
        ("двести тысяч", "ru", 200_000),
        ("три миллиона", "ru", 3_000_000),
        # Chinese: digits and characters, with 万 and 亿 place units
        ("1230", "zh", 1230),
        ("一千二百三十", "zh", 1230),
        ("两", "zh", 2),
        ("十四", "zh", 14),
        ("五", "zh", 5),
        ("1230亿", "zh", 123_000_000_000),
        ("千亿", "zh", 100_000_000_000),
        ("2.79万亿", "zh", 2_790_000_000_000),
        ("一万三", "zh", 13000),
        ("四亿零六", "zh", 400_000_006),
        ("三分之二", "zh", 2 / 3),
        ("壹佰伍拾", "zh", 150),
    ],
)
def test_parses(text: str, lang: str, value: float) -> None:
    assert parse_number(text, lang) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("12.5", "it"),  # no Italian grouping: must not become 125
        ("1.00", "it"),
        ("1,3", "en"),  # no English grouping
        ("12,34,567", "en"),
        ("2 100", "en"),  # two numerals may be meant: a space groups only where they cannot
        ("12.5", "ru"),  # Russian decimal mark is the comma
        ("a", "en"),
        ("twenty fifty", "en"),
        ("2021 5", "en"),
        ("万", "zh"),
        ("一切", "zh"),
        ("七十百", "zh"),  # places fall within a section
        ("first", "en"),
        ("primo", "it"),
        ("", "it"),
    ],
)
def test_rejects_invalid_or_ambiguous(text: str, lang: str) -> None:
    assert parse_number(text, lang) is None


def test_same_string_differs_by_locale() -> None:
    assert parse_number("1.000", "it") == 1000
    assert parse_number("1.000", "en") == 1
    assert parse_number("1,000", "en") == 1000
    assert parse_number("1,000", "it") == 1
