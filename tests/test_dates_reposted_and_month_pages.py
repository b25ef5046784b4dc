"""Two ways a page's own date misleads the reading of a date written without its year.

A Chinese agency's dateline closed by its mark ("新华社北京5月15日电") is the item's own day
even on a site that reposted it months later: its "15日晚" is 15 May, not the 15th of the
repost's month (the stale-line rule still drops a bare date line a month before the page).

A page dated only to its month (a URL's "/202408/") may have been written on any day of it:
a day of that month told ahead ("将于8月18日", "incontrerà il 18 agosto") is in that month,
not a year later. Texts written for this project."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, only_event

from readouts.extract.time.dates import find_dates


def test_an_agency_dateline_dates_the_repost() -> None:
    text = "新华社北京5月15日电 国家主席习近平15日晚同南非总统拉马福萨通电话。"
    event = only_event(analyze_texts((text, "2020-10-16"), lang="zh"))
    assert (event.date, event.part_of_day) == ("2020-05-15", "evening"), event.to_json()


def test_a_bare_old_date_line_still_gives_way() -> None:
    text = "2020年5月15日\n\n国家主席习近平今天晚上同南非总统拉马福萨通电话。"
    event = only_event(analyze_texts((text, "2020-10-16"), lang="zh"))
    assert event.date == "2020-10-16", event.to_json()


@pytest.mark.parametrize(("lang", "text", "day"), [
    ("zh", "苏林将于8月18日至20日访华。", "2024-08-18"),
    ("zh", "习近平将于18日同苏林会谈。", "2024-08-18"),
    ("it", "Mattarella incontrerà il 18 agosto il presidente Tebboune.", "2024-08-18"),
    ("en", "Putin will meet Xi on August 18.", "2024-08-18"),
    ("ru", "Путин встретится с Си Цзиньпином 18 августа.", "2024-08-18"),
    # told ahead of a month still to come, and told in the past: as before
    ("en", "Putin will meet Xi on July 18.", "2025-07-18"),
    ("en", "Putin met Xi on August 18.", "2024-08-18"),
])
def test_a_day_ahead_in_the_pages_month(lang: str, text: str, day: str) -> None:
    found = [d.value for d in find_dates(text, lang, "2024-08")]
    assert found[0] == day, found
