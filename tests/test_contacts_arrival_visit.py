"""An arrival for a visit told as the news ("Putin, who arrived in Delhi on an official
visit", "抵达圣彼得堡，对俄罗斯进行正式访问并举行定期会晤") is the visit, the talks joined to
it part of its programme; talks held by one who arrived on a visit are a meeting during the
trip."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, held

ARRIVALS = [
    ("ru", "Премьер-министр Индии Нарендра Моди назвал Владимира Путина, прибывшего в Дели с "
           "официальным визитом, своим другом.", "vladimir-putin", "narendra-modi"),
    ("en", "Indian Prime Minister Narendra Modi hailed Vladimir Putin, who arrived in Delhi on "
           "an official visit on Thursday, as his friend.", "vladimir-putin", "narendra-modi"),
    ("it", "Il premier indiano Narendra Modi ha definito amico Vladimir Putin, che è arrivato "
           "giovedì a Nuova Delhi per una visita ufficiale.", "vladimir-putin", "narendra-modi"),
    ("zh", "应印度总理莫迪邀请，俄罗斯总统普京4日下午乘专机抵达新德里，对印度进行正式访问并举行"
           "第二十三次年度会晤。", "vladimir-putin", "narendra-modi"),
    ("en", "Russian President Vladimir Putin arrived in New Delhi on Thursday for a state visit "
           "and talks with Prime Minister Narendra Modi.", "vladimir-putin", "narendra-modi"),
    ("ru", "Президент России Владимир Путин в четверг прибыл в Нью-Дели с государственным "
           "визитом и для переговоров с премьер-министром Нарендрой Моди.", "vladimir-putin",
     "narendra-modi"),
]


@pytest.mark.parametrize(("lang", "text", "visitor", "host"), ARRIVALS)
def test_an_arrival_for_a_visit_is_the_visit(lang: str, text: str, visitor: str,
                                             host: str) -> None:
    events = held(analyze_texts((text, "2026-12-04"), lang=lang))
    assert [(e.type, set(e.participants)) for e in events] == [
        ("visit", {visitor, host})], (lang, events)


TALKS_ON_A_TRIP = [
    ("en", "Russian President Vladimir Putin, who arrived in New Delhi on a state visit, held "
           "talks with Prime Minister Narendra Modi on Friday."),
    ("ru", "Президент России Владимир Путин, прибывший в Нью-Дели с государственным визитом, "
           "в пятницу провёл переговоры с премьер-министром Индии Нарендрой Моди."),
    ("it", "Il presidente russo Vladimir Putin, arrivato a Nuova Delhi per una visita di Stato, "
           "ha avuto venerdì colloqui con il premier indiano Narendra Modi."),
    ("zh", "正在印度进行国事访问的俄罗斯总统普京5日在新德里同印度总理莫迪举行会谈。"),
]


@pytest.mark.parametrize(("lang", "text"), TALKS_ON_A_TRIP)
def test_talks_held_by_one_who_arrived_are_a_meeting(lang: str, text: str) -> None:
    events = held(analyze_texts((text, "2026-12-05"), lang=lang))
    assert [(e.type, set(e.participants)) for e in events] == [
        ("meeting", {"vladimir-putin", "narendra-modi"})], (lang, events)
