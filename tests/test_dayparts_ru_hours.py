"""Russian tells an hour with its part of day ("около 10 часов утра", "в 3 часа дня", "в 11
вечера", "в 2 часа ночи"); a count of days or nights ("в течение 1 дня", "на 2 ночи") is no
time of day. Texts written for these tests."""

import pytest

from readouts.extract.time.dayparts import part_spans


@pytest.mark.parametrize(("text", "part"), [
    ("Около 10 часов утра президенты начали переговоры.", "morning"),
    ("В 10 утра президенты начали переговоры.", "morning"),
    ("В 3 часа дня президенты начали переговоры.", "afternoon"),
    ("В 11 вечера президенты начали переговоры.", "evening"),
    ("В 2 часа ночи президенты закончили переговоры.", "night"),
])
def test_an_hour_told_with_its_part(text: str, part: str) -> None:
    assert [p[2] for p in part_spans(text, "ru", None, None)] == [part]


@pytest.mark.parametrize("text", ["Ответ пришёл в течение 1 дня.",
                                  "Делегация остановилась в гостинице на 2 ночи."])
def test_a_count_of_days_is_no_time_of_day(text: str) -> None:
    assert part_spans(text, "ru", None, None) == []
