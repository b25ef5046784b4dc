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


TWO_HOSTS = [
    ("zh", "应老挝人民革命党中央总书记、国家主席通伦·西苏里和老挝政府总理宋赛·西潘敦邀请，"
           "国家主席习近平12日乘专机抵达万象，开始对老挝进行国事访问。"),
    ("en", "At the invitation of President Thongloun Sisoulith and Prime Minister Sonexay "
           "Siphandone, President Xi Jinping arrived in Vientiane on Tuesday for a state visit."),
    ("it", "Su invito del presidente Thongloun Sisoulith e del primo ministro Sonexay Siphandone,"
           " il presidente Xi Jinping è arrivato martedì a Vientiane per una visita di Stato."),
]


@pytest.mark.parametrize(("lang", "text"), TWO_HOSTS)
def test_two_hosts_who_invited_are_one_visit_each(lang: str, text: str) -> None:
    """"应A和B邀请，X抵达…进行国事访问": the two who invited are the hosts, one visit each,
    never three subjects of one contact (VietnamPlus, the party chief and the president).
    Russian runs the invitation into its subject with no comma ("По приглашению A и B Си
    Цзиньпин прибыл"), where the invitation's span cannot tell them apart: left."""
    events = held(analyze_texts((text, "2026-05-13"), lang=lang))
    assert sorted(tuple(sorted(e.participants)) for e in events) == [
        ("sonexay-siphandone", "xi-jinping"), ("thongloun-sisoulith", "xi-jinping")], (lang, events)
