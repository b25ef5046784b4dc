"""A contact announced for "this week" or "this month" is dated to the month when the span
lies within it: the page's own day is no day of a contact still ahead. A contact held "this
week" keeps the page's day rule (it/en/ru/zh). Texts written for these tests."""

import pytest
from test_contacts import analyze_texts

PAGE = "2025-06-17"  # a Tuesday; this week is 16-22 June
PAIR = ["vladimir-putin", "xi-jinping"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Putin will hold a telephone conversation with Xi Jinping this week, his aide said."),
    ("it", "Putin avrà una conversazione telefonica con Xi Jinping questa settimana, ha detto "
           "il suo consigliere."),
    ("ru", "На этой неделе Путин проведет телефонный разговор с Си Цзиньпином, сообщил его "
           "помощник."),
    ("zh", "普京助理说，普京本周将同习近平通电话。"),
])
def test_a_call_announced_for_this_week_is_dated_to_its_month(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert [(e.type, e.status, sorted(e.participants), e.date) for e in events] == [
        ("phone_call", "planned", PAIR, "2025-06")]


def test_a_week_across_two_months_gives_no_month() -> None:
    events = analyze_texts(("Putin will hold a telephone conversation with Xi Jinping this "
                            "week, his aide said.", "2025-06-30"), lang="en").events
    assert [(e.status, e.date) for e in events] == [("planned", None)]
