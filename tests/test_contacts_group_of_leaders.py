"""A contact with the leaders of a group of countries, none of them named ("去年12月习近平
主席同欧盟领导人举行会晤以来", "since Xi met EU leaders last December"): a gathering, no
contact of two, so not one of the named leader with the story's other principal (found on
a real People's Daily repost on Li Qiang meeting Michel in Vientiane)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2024-10-12"

TEXTS = [
    ("zh", "国务院总理李强11日在万象会见欧洲理事会主席米歇尔。\n\n"
           "李强表示,去年12月习近平主席同欧盟领导人举行会晤以来,中欧保持密切高层交往。"),
    ("en", "Chinese Premier Li Qiang met European Council President Charles Michel in Vientiane "
           "on Friday.\n\nLi said that since President Xi Jinping met EU leaders last December, "
           "China and the EU have kept close high-level exchanges."),
]


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_the_leaders_of_a_group_are_no_partner_of_two(lang: str, text: str) -> None:
    pairs = [set(e.participants) for e in analyze_texts((text, PAGE), lang=lang).events]
    assert {"xi-jinping", "li-qiang"} not in pairs, (lang, pairs)
    assert {"li-qiang", "charles-michel"} in pairs, (lang, pairs)
