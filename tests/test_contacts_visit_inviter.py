"""A visit whose host is named only as the one who invited ("应…邀请，…抵达…，开始对…进行正式
访问", "at the invitation of …, … arrived in … for an official visit") is the visit itself,
not a trip during which the two met; and the invitation names the host, not who asked for the
contact (found on real Ming Pao, Guangming Daily and Southern Weekly items)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, held

ARRIVALS = [
    ("zh", "新华社河内5月3日电 应越南政府总理范明政邀请，国务院总理李强3日下午乘专机抵达河内，"
           "开始对越南进行正式访问。", "li-qiang", "pham-minh-chinh"),
    ("en", "At the invitation of Prime Minister Pham Minh Chinh, Chinese Premier Li Qiang "
           "arrived in Hanoi on Sunday afternoon for an official visit.",
     "li-qiang", "pham-minh-chinh"),
    ("it", "Su invito del primo ministro Pham Minh Chinh, il premier cinese Li Qiang è arrivato "
           "domenica pomeriggio ad Hanoi per una visita ufficiale.", "li-qiang", "pham-minh-chinh"),
    ("ru", "По приглашению президента Казахстана Касым-Жомарта Токаева Александр Лукашенко в "
           "воскресенье прибыл в Астану с официальным визитом.", "alexander-lukashenko",
     "kassym-jomart-tokayev"),
]


@pytest.mark.parametrize(("lang", "text", "visitor", "host"), ARRIVALS)
def test_an_arrival_at_the_hosts_invitation_is_the_visit(lang: str, text: str, visitor: str,
                                                         host: str) -> None:
    events = held(analyze_texts((text, "2026-05-03"), lang=lang))
    assert [(e.type, set(e.participants), e.initiated_by) for e in events[:1]] == [
        ("visit", {visitor, host}, None)], (lang, events)


MET = [
    ("zh", "应俄罗斯总统普京邀请，国家主席习近平对俄罗斯进行国事访问。"
           "访问期间，习近平同普京在克里姆林宫举行会谈。"),
    ("en", "At the invitation of President Putin, President Xi paid a state visit to Russia, "
           "where Xi and Putin held talks in the Kremlin."),
]


@pytest.mark.parametrize(("lang", "text"), MET)
def test_a_host_named_beside_the_invitation_met_the_visitor(lang: str, text: str) -> None:
    events = held(analyze_texts((text, "2026-05-03"), lang=lang))
    assert events and events[0].type == "meeting", (lang, events)
