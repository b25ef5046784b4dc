"""Li Peng, China's premier of 1987-1998, is in the roster as his successors are: an archive
item of People's Daily on his talks found no contact at all, its host unknown (dev28/zhtype).
A Fijian president's name in the transliteration Xinhua uses ("维利亚姆·卡托尼韦雷",
"卡托尼韦雷") is his."""

from __future__ import annotations

import pytest
from test_contacts import reported_facts

CASES = [
    ("1993年6月14日上午，国务院总理李鹏在人民大会堂同马来西亚总理马哈蒂尔举行会谈。", "1993-06-15",
     {"li-peng", "mahathir-mohamad"}),
    ("2021年11月12日，国家主席习近平致电维利亚姆·卡托尼韦雷，祝贺他就任斐济共和国总统。",
     "2021-11-13", {"xi-jinping", "wiliame-katonivere"}),
]


@pytest.mark.parametrize(("text", "published", "people"), CASES, ids=["li", "fiji"])
def test_the_leader_is_known(text: str, published: str, people: set[str]) -> None:
    assert set(reported_facts(text, "zh", published)["participants"]) == people
