"""A Chinese part of day followed by the verb of saying or reporting ("佩斯科夫12日晚说",
"央视新闻4日晚间以快讯报导") is when words were said or reported, not when the contact took
place; the call's own "24日晚间…通电话" stays its evening."""

from __future__ import annotations

from test_contacts import analyze_texts


def _reported(text: str, published: str):
    return [e for e in analyze_texts((text, published), lang="zh").events if e.reported_by]


def test_the_evening_a_spokesman_spoke_is_not_the_call_s() -> None:
    for text in ("俄罗斯总统普京和美国总统特朗普12日通电话，讨论乌克兰局势。"
                 "俄罗斯总统新闻秘书佩斯科夫12日晚说，双方的通话持续近一个半小时。",
                 "国家主席习近平与美国总统特朗普通电话。央视新闻4日晚间以快讯报导，两国元首通电话。",
                 "国家主席习近平与法国总统马克龙通电话。克里姆林宫12日下午称，两国元首通话内容丰富。"):
        events = _reported(text, "2025-02-13")
        assert events and events[0].part_of_day is None, [e.to_json() for e in events]


def test_the_call_s_own_evening_stays() -> None:
    text = ("中国国家主席习近平周一（24日）晚间与美国总统特朗普通电话。"
            "在周二（25日）下午的例行记者会上，外交部发言人说，这次通话是美方发起的。")
    events = _reported(text, "2025-11-25")
    assert events and events[0].part_of_day == "evening", [e.to_json() for e in events]
