"""English "last Thursday" is the most recent Thursday: said on a Sunday, three days before,
not the Thursday of the calendar week before (found on a real KBS World item, where a Sunday
page's 'talks last Thursday' came out ten days back and made a phantom meeting). Italian
says it with "giovedì scorso", read so already. "last week Thursday" and "next Friday" keep
the calendar week. Texts written for these tests."""

from __future__ import annotations

import pytest

from readouts.extract.time.dates import find_dates


@pytest.mark.parametrize(("text", "lang", "ref", "day"), [
    ("Li Qiang met Yoon Suk Yeol in Jakarta last Thursday.", "en", "2023-09-10", "2023-09-07"),
    ("Putin spoke with Macron last Monday.", "en", "2024-05-10", "2024-05-06"),
    ("Putin spoke with Macron this past Sunday.", "en", "2024-05-08", "2024-05-05"),
    ("Putin ha incontrato Macron giovedì scorso.", "it", "2023-09-10", "2023-09-07"),
    # said a week on, the two readings agree
    ("Macron spoke with Putin last Sunday.", "en", "2022-02-21", "2022-02-20"),
    # the week named keeps the calendar's
    ("Putin spoke with Macron last week Monday.", "en", "2024-05-10", "2024-04-29"),
    ("Putin will meet Macron next Friday.", "en", "2024-05-06", "2024-05-17"),
])
def test_last_weekday_is_the_most_recent(text: str, lang: str, ref: str, day: str) -> None:
    assert [d.value for d in find_dates(text, lang, ref)] == [day]
