"""A visit announced, on the agenda or not yet in the schedule is planned, not held
(«Путин анонсировал государственный визит в Узбекистан осенью», «визит … стоит на
дипломатической повестке, даты пока неизвестны»: found on real Tsargrad and RIA items); a visit
ahead to a country is the visit with its head, not a meeting; and it is not held on the day its
announcement is datelined."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

ANNOUNCED = [
    ("ru", "Президент России Владимир Путин анонсировал государственный визит в Казахстан "
           "весной.", "vladimir-putin", "kassym-jomart-tokayev"),
    ("ru", "АСТАНА, 5 мая – РИА Новости. Визит президента России Владимира Путина в Казахстан "
           "стоит на повестке двух стран, но даты пока не согласованы, сообщили в Акорде.",
     "vladimir-putin", "kassym-jomart-tokayev"),
    ("ru", "Александр Лукашенко анонсировал официальный визит в Казахстан в конце года.",
     "alexander-lukashenko", "kassym-jomart-tokayev"),
]


@pytest.mark.parametrize(("lang", "text", "visitor", "host"), ANNOUNCED)
def test_a_visit_ahead_is_a_planned_visit_undated_by_its_dateline(
        lang: str, text: str, visitor: str, host: str) -> None:
    events = analyze_texts((text, None), lang=lang).events
    lead = [e for e in events if not e.mentioned_in]
    assert [(e.type, e.status, set(e.participants), e.date) for e in lead] == [
        ("visit", "planned", {visitor, host}, None)], (lang, events)


def test_not_announced_is_no_announcement() -> None:
    text = ("Председатель КНР Си Цзиньпин и президент РФ Владимир Путин провели видеоконференцию. "
            "Кремль их разговор не анонсировал.")
    events = analyze_texts((text, "2026-05-05"), lang="ru").events
    assert [(e.type, e.status) for e in events if not e.mentioned_in] == [
        ("video_call", "held")], events
