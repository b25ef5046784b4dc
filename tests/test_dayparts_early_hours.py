"""One convention for the first hours after midnight in every language: "nelle prime ore di
oggi", "in the early hours", "凌晨" are night, as a clock time between 22 and 4 is; "early
morning" ("рано утром", "early in the morning") is morning, and the first hours of a part of
day named ("nelle prime ore del pomeriggio") are that part. Found on a real Agenzia Nova item
(h7it-025) whose summit "nelle prime ore di oggi" got no part of day. Texts written for these
tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, held

PAGE = "2021-11-16"


@pytest.mark.parametrize(("lang", "text", "part"), [
    ("it", "Biden ha avuto nelle prime ore di oggi un colloquio telefonico con il presidente "
           "cinese Xi Jinping.", "night"),
    ("it", "Biden ha avuto nelle prime ore del pomeriggio un colloquio telefonico con il "
           "presidente cinese Xi Jinping.", "afternoon"),
    ("en", "President Joe Biden held a phone call with Chinese President Xi Jinping in the "
           "early hours of Tuesday.", "night"),
    ("en", "President Joe Biden held a phone call with Chinese President Xi Jinping early on "
           "Tuesday morning.", "morning"),
    ("ru", "Президент США Джо Байден провел телефонный разговор с председателем КНР Си "
           "Цзиньпином рано утром во вторник.", "morning"),
    ("zh", "美国总统拜登16日凌晨同中国国家主席习近平通电话。", "night"),
])
def test_the_early_hours_are_night_and_early_morning_is_morning(lang: str, text: str,
                                                                part: str) -> None:
    events = held(analyze_texts((text, PAGE), lang=lang))
    assert [(sorted(e.participants), e.part_of_day) for e in events] == [
        (["joe-biden", "xi-jinping"], part)]
