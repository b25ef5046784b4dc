"""A meeting of a group's heads of state ("an informal meeting of the heads of state of the
CIS", "встреча глав государств — участников СНГ", "独联体国家元首非正式会晤") is a gathering of
many, no planned meeting of the two principals; two who meet at it still do."""

from __future__ import annotations

import pytest
from test_mentioned_parties import REPORTED, mentioned


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "In December, an informal meeting of the heads of state of the CIS will be held "
               "in St Petersburg."),
        ("en", "The two sides also discussed the coming meeting of leaders of the SCO in "
               "Astana."),
        ("ru", "В Санкт-Петербурге в конце месяца пройдёт неформальная встреча глав государств "
               "СНГ."),
        ("ru", "В июле в Астане состоится встреча глав государств — участников ШОС."),
        ("zh", "12月,独联体国家元首非正式会晤将在圣彼得堡举行。"),
    ],
)
def test_a_meeting_of_a_groups_heads_is_no_contact_of_the_two(lang: str, line: str) -> None:
    assert mentioned(lang, REPORTED[lang], line) == []


@pytest.mark.parametrize(
    ("lang", "line", "parties"),
    [
        ("ru", "В июле Путин и Токаев встретятся на полях саммита глав государств ШОС.",
         {"vladimir-putin", "kassym-jomart-tokayev"}),
        ("en", "Biden and Kishida will meet on the sidelines of the meeting of the leaders of "
               "the G7 in July.", {"joe-biden", "fumio-kishida"}),
    ],
)
def test_two_who_meet_at_the_gathering_still_meet(lang: str, line: str,
                                                  parties: set[str]) -> None:
    found = mentioned(lang, REPORTED[lang], line)
    assert frozenset(parties) in [p for _, _, p, _ in found]
