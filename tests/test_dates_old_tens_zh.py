"""The old tens 廿 (twenty) and 卅 (thirty) in a Chinese day of the month ("十二月廿四日",
"本月廿三日", "卅日"), as Hong Kong, Taiwan and Malaysian papers still write them: the day read
whole, never its last character alone ("四日", a day of the next month). A Chinese convention
only: Italian, English and Russian have no such numerals. Texts written for this project.
"""

from __future__ import annotations

import pytest

from readouts.extract.time.dates import find_dates

OLD_TENS = [
    ("习近平于十二月廿四日同普京通电话。", "2024-12-24"),
    ("李家超本月廿三日会见来访的总统。", "2024-12-23"),
    ("两国领导人12月廿一日在北京会晤。", "2024-12-21"),
    ("总统卅日晚与总理通话。", "2024-12-30"),
    ("2024年12月卅一日，两国元首互致贺电。", "2024-12-31"),
    ("会谈于廿日举行。", "2024-12-20"),
]


@pytest.mark.parametrize(("text", "day"), OLD_TENS)
def test_an_old_ten_is_part_of_the_day(text: str, day: str) -> None:
    assert [d.value for d in find_dates(text, "zh", "2024-12-31") if d.precision == "day"] == [day]


@pytest.mark.parametrize("text", ["二十年来两国关系发展顺利。", "二十四节气"])
def test_no_day_without_its_word(text: str) -> None:
    assert [d for d in find_dates(text, "zh", "2024-12-31") if d.precision == "day"] == []
