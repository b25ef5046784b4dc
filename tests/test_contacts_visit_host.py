"""A state visit whose host is named only by the country ("开始对俄罗斯联邦进行国事访问",
"began a state visit to Russia", "ha iniziato una visita di Stato in Russia", "прибыл с
государственным визитом в Китай") is a visit with that country's head of state on the day;
"应…普京邀请" before it is the visit itself, not one to come (with the host named, a trip
during which the two met, as every visit of two named leaders)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, held

VISITS = [
    ("zh", "新华社莫斯科3月6日电 国家主席习近平6日应邀抵达莫斯科，开始对俄罗斯联邦进行国事访问。",
     "xi-jinping", "vladimir-putin"),
    ("en", "Chinese President Xi Jinping landed in Moscow on Friday to begin a state visit to "
           "Russia, his first trip abroad this year.", "xi-jinping", "vladimir-putin"),
    ("it", "Il presidente cinese Xi Jinping è atterrato venerdì a Mosca per una visita di Stato "
           "in Russia, la prima missione all'estero dell'anno.", "xi-jinping", "vladimir-putin"),
    ("ru", "Президент России Владимир Путин в пятницу прибыл с государственным визитом в Китай, "
           "его самолёт приземлился в Пекине.", "vladimir-putin", "xi-jinping"),
]


@pytest.mark.parametrize(("lang", "text", "visitor", "host"), VISITS)
def test_a_state_visit_to_a_country_is_paid_to_its_head(lang: str, text: str, visitor: str,
                                                        host: str) -> None:
    events = held(analyze_texts((text, "2026-03-06"), lang=lang))
    assert [(e.type, set(e.participants), e.date) for e in events] == [
        ("visit", {visitor, host}, "2026-03-06")], (lang, events)


def test_a_visit_at_the_invitation_of_its_host_is_held_now() -> None:
    text = "应俄罗斯总统普京邀请，国家主席习近平6日乘专机抵达莫斯科，开始对俄罗斯进行国事访问。"
    events = held(analyze_texts((text, "2026-03-06"), lang="zh"))
    assert [(set(e.participants), e.date) for e in events] == [
        ({"xi-jinping", "vladimir-putin"}, "2026-03-06")], events


def test_a_visit_to_the_visitors_own_country_names_no_host() -> None:
    text = "Il presidente cinese Xi Jinping ha iniziato una visita di Stato in Cina."
    assert not held(analyze_texts((text, "2026-03-06"), lang="it"))


def test_the_invitation_to_a_visit_asked_for_no_welcome_ceremony() -> None:
    text = ("新华社北京3月6日电 国家主席习近平6日下午在人民大会堂举行仪式，欢迎巴西总统卢拉"
            "访华。\n\n两国元首检阅了仪仗队。\n\n卢拉是应习近平的邀请对我国进行国事访问的。")
    events = held(analyze_texts((text, "2026-03-06"), lang="zh"))
    ceremony = [e for e in events if e.type == "ceremony"]
    assert ceremony and ceremony[0].initiated_by is None, events
