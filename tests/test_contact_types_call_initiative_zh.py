"""A leader who "主动致电" another took the initiative to ring him: a phone call he asked for
(Yahoo Hong Kong, HK01: "习近平主动致电特朗普"), where the official style's bare "致电" (to cable:
"致电李显龙，祝贺他连任") stays a message. Chinese only: the other languages say call or cable
with different words. Texts written for this project.
"""

from __future__ import annotations

from test_contacts import analyze_texts, held


def test_a_call_on_ones_own_initiative_is_a_phone_call() -> None:
    text = "国家主席习近平周一（24日）主动致电美国总统特朗普，双方谈及乌克兰问题。"
    events = held(analyze_texts((text, "2025-11-25"), lang="zh"))
    assert [(e.type, e.initiated_by) for e in events[:1]] == [("phone_call", "xi-jinping")]


def test_a_bare_cable_of_congratulation_stays_a_message() -> None:
    text = "国务院总理李克强27日致电李显龙，祝贺他连任新加坡共和国总理。"
    events = held(analyze_texts((text, "2020-06-28"), lang="zh"))
    assert [e.type for e in events[:1]] == ["message"]
