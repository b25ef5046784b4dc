"""A leader's transliterated form written inside a longer transliteration is another
person's name: Chinese puts no space between words, so "米雷" (Milei, as Taiwan's press
writes him) inside "拉米雷斯" (Ramírez) named Milei. Found on 2 real items: FTV News (held-out
22, h22zh-010: Paraguay's incoming foreign minister Ramírez, so Milei came out a leader beside
Tsai's meeting and her part of day was lost) and a Kyodo item relayed by a Chinese site
(dev23 z23-01: Kishida's meeting with Colombia's Ramírez read as one with Milei); a third, an
ambassador's call with Mexico's Senate president Ramírez, holds the form too. Texts written
for these tests (zh only: the other languages write spaces)."""

import pytest
from test_contacts import analyze_texts


@pytest.mark.parametrize("name", ["外长拉米雷斯", "外交部长拉米雷斯", "副总统兼外长拉米雷斯"])
def test_a_form_inside_another_name_names_no_leader(name: str) -> None:
    text = f"日本首相岸田文雄9日在首相官邸与哥伦比亚{name}会面，双方讨论了经济合作。"
    analysis = analyze_texts((text, "2021-11-10"), lang="zh")
    assert not any("javier-milei" in e.participants for e in analysis.events)


@pytest.mark.parametrize(("text", "pair"), [
    ("阿根廷总统米雷9日与巴西总统鲁拉会晤。", {"javier-milei", "luiz-inacio-lula-da-silva"}),
    ("中国国家主席习近平同俄罗斯总统普京通电话。", {"xi-jinping", "vladimir-putin"}),
    ("马克龙同普京通电话。", {"emmanuel-macron", "vladimir-putin"}),
])
def test_a_form_standing_alone_still_names_the_leader(text: str, pair: set[str]) -> None:
    analysis = analyze_texts((text, "2025-08-12"), lang="zh")
    assert any(set(e.participants) == pair for e in analysis.events), analysis.events
