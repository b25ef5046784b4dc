"""A round length restated by its clock times is the clock's, exact ("un'ora, dalle 11.14
alle 12.12": 58 minutes); a length told of the one-to-one part of talks held in two formats
("тет-а-тет длилась час", then "в расширенном составе") is no length of the whole."""

import pytest
from test_contacts import analyze_texts

from readouts.extract.time.dates import find_duration


@pytest.mark.parametrize(("text", "lang", "minutes"), [
    ("Secondo la Casa Bianca il colloquio è durato un'ora, dalle 11.14 alle 12.12.", "it", 58),
    ("The White House said the call lasted an hour, from 10:07 to 11:05 a.m.", "en", 58),
    ("Разговор продолжался около часа, с 14:05 до 15:02.", "ru", 57),
    ("通话持续一个小时，从14时05分至15时02分。", "zh", 57),
    ("The call lasted two hours; it began at 10:07.", "en", 120),  # no end: the span stands
    ("Il colloquio è durato due ore, dalle 11.14 alle 12.12.", "it", 120),  # no restatement
])
def test_clock_times_make_a_round_length_exact(text: str, lang: str, minutes: int) -> None:
    found = find_duration(text, lang)
    assert found is not None and found.minutes == minutes


TWO_FORMATS = {
    "ru": "Президент России Владимир Путин провел в Кремле переговоры с президентом Белоруссии "
          "Александром Лукашенко. Беседа в формате тет-а-тет длилась 1 час и 10 минут, после "
          "чего переговоры продолжились в расширенном составе.",
    "en": "President Vladimir Putin held talks with President Alexander Lukashenko in the "
          "Kremlin. Their tête-à-tête lasted an hour and ten minutes, after which the talks "
          "continued in an expanded format.",
    "it": "Il presidente Vladimir Putin ha avuto un colloquio al Cremlino con il presidente "
          "Aleksandr Lukashenko. Il tête-à-tête è durato un'ora e dieci minuti, poi i colloqui "
          "sono proseguiti in formato allargato.",
    "zh": "国家主席习近平在人民大会堂同俄罗斯总统普京举行会谈。两国元首先举行小范围会谈，"
          "持续一个多小时，随后举行大范围会谈。",
}


@pytest.mark.parametrize("lang", sorted(TWO_FORMATS))
def test_the_narrow_part_of_a_two_format_talk_gives_no_length(lang: str) -> None:
    analysis = analyze_texts((TWO_FORMATS[lang], "2025-03-13"))
    reported = [e for e in analysis.events if e.reported_by]
    assert len(reported) == 1 and reported[0].type == "meeting"
    assert reported[0].duration_minutes is None


def test_a_one_to_one_talk_alone_keeps_its_length() -> None:
    text = ("President Vladimir Putin held talks with President Alexander Lukashenko in the "
            "Kremlin. The one-on-one meeting lasted three hours.")
    reported = [e for e in analyze_texts((text, "2025-03-13")).events if e.reported_by]
    assert [e.duration_minutes for e in reported] == [180]


@pytest.mark.parametrize(("text", "lang", "minutes"), [
    ("Беседа длилась около получаса.", "ru", 30),
    ("Разговор продолжался час с небольшим.", "ru", 60),
    ("Разговор длился более двух с половиной часов.", "ru", 150),
    ("通话持续半小时。", "zh", 30),
    ("两国元首会见了半个多小时。", "zh", 30),
    ("通话持续一个半小时。", "zh", 90),  # one and a half stays 90
    ("Il colloquio è durato mezz'ora.", "it", 30),
    ("The call lasted half an hour.", "en", 30),
])
def test_half_hours_and_halves_after_the_number(text: str, lang: str, minutes: int) -> None:
    found = find_duration(text, lang)
    assert found is not None and found.minutes == minutes
