"""A page's stamp written as a bare "发布:" or "更新:" with its colon ("发布: 11/07/2022 07:21
更新: 11/07/2022 07:21") is when the page went up, never the day or the part of day of the
contact it announces (found on a real 8world item: a call expected "within weeks" got the
page's day and "morning" from 07:21)."""

from __future__ import annotations

from test_contacts import analyze_texts

PAGE = "2022-07-11"

TEXT = ("美国料拜登和习近平将在几周内通话 国际 发布: 11/07/2022 07:21 更新: 11/07/2022 07:21 "
        "两国元首去年举行视频峰会。 图:法新社 美国预计,总统拜登和中国国家主席习近平将在几个星期内"
        "通话。\n\n美国国务卿布林肯在记者会上透露了这个消息。")


def test_a_bare_stamp_dates_no_announced_call() -> None:
    events = [e for e in analyze_texts((TEXT, PAGE), lang="zh").events if e.reported_by]
    assert [(e.type, e.status, e.date, e.part_of_day) for e in events] == [
        ("phone_call", "planned", None, None)], [e.to_json() for e in events]


def test_a_stamp_word_without_its_colon_is_the_storys_verb() -> None:
    """"发布了" (published, in the story) is no stamp: the call keeps its day."""
    text = "中国国家主席习近平7月10日晚同美国总统拜登通电话。\n\n白宫随后发布了通话要点。"
    events = [e for e in analyze_texts((text, PAGE), lang="zh").events if e.reported_by]
    assert [(e.date, e.part_of_day) for e in events] == [("2022-07-10", "evening")], [
        e.to_json() for e in events]
