"""A contact told over a range of days ("将于本月19日至20日对赞比亚进行正式访问", "6日至7日")
is dated by the range's first day, not by its last, the day nearer the contact's word (found
on a real Bastille Post item)."""

from __future__ import annotations

from test_contacts import analyze_texts

PAGE = "2025-11-13"


def test_a_range_of_days_dates_the_visit_from_its_first() -> None:
    text = "应俄罗斯总理米舒斯京邀请,国务院总理李强将于本月17日至18日对俄罗斯进行正式访问。"
    events = [e for e in analyze_texts((text, PAGE), lang="zh").events if e.reported_by]
    assert [e.date for e in events] == ["2025-11-17"], [e.to_json() for e in events]
