"""A visit begun, its meeting still ahead ("ha iniziato la sua visita a Mosca, dove
incontrerà Putin", "has begun his visit to Moscow, where he will meet Putin", "начал визит
в Москву, где встретится с Путиным"): the meeting the lead tells is planned, though the trip
has begun; found on a real Adnkronos item (h10it-025) whose meeting came out as held."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2025-11-28"

AHEAD = [
    ("it", "Il primo ministro ungherese Viktor Orbán ha iniziato oggi la sua visita a Mosca, dove "
           "incontrerà il presidente russo Vladimir Putin per parlare di energia."),
    ("en", "Hungarian Prime Minister Viktor Orban has begun a visit to Moscow, where he will "
           "meet Russian President Vladimir Putin to discuss energy supplies."),
    ("ru", "Премьер-министр Венгрии Виктор Орбан начал визит в Москву, где встретится с "
           "президентом России Владимиром Путиным."),
    ("zh", "匈牙利总理欧尔班开始对莫斯科进行访问，他将与俄罗斯总统普京会晤。"),
]


@pytest.mark.parametrize(("lang", "text"), AHEAD)
def test_the_meeting_of_a_visit_begun_is_planned(lang: str, text: str) -> None:
    events = [e for e in analyze_texts((text, PAGE), lang=lang).events if e.reported_by]
    assert events and (events[0].type, events[0].status) == ("meeting", "planned"), (
        lang, [e.to_json() for e in events])


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Il primo ministro ungherese Viktor Orbán, in visita a Mosca, ha incontrato oggi il "
           "presidente russo Vladimir Putin."),
    ("en", "Hungarian Prime Minister Viktor Orban, on a visit to Moscow, met Russian President "
           "Vladimir Putin today."),
])
def test_a_meeting_held_during_the_visit_stays_held(lang: str, text: str) -> None:
    events = [e for e in analyze_texts((text, PAGE), lang=lang).events if e.reported_by]
    assert events and (events[0].type, events[0].status) == ("meeting", "held"), (
        lang, [e.to_json() for e in events])


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Il presidente del Brasile Luiz Inacio Lula da Silva è da oggi in Italia per una visita "
           "di due giorni, durante la quale vedrà il presidente Sergio Mattarella."),
    ("ru", "Президент Бразилии Луис Инасиу Лула да Силва с сегодняшнего дня находится в Италии "
           "с двухдневным визитом, в ходе которого встретится с президентом Серджо Маттареллой."),
])
def test_a_meeting_said_by_seeing_ahead_is_planned(lang: str, text: str) -> None:
    events = [e for e in analyze_texts((text, "2023-06-20"), lang=lang).events if e.reported_by]
    assert events and (events[0].type, events[0].status) == ("meeting", "planned"), (
        lang, [e.to_json() for e in events])
