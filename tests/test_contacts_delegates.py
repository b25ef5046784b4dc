"""A side that sent envoys: the delegates are the parties, not the leader they represent
("с делегацией представителей президента США Дональда Трампа", then "в переговорах
участвовали Уиткофф и Кушнер"), and one said to take part beside an envoy ("Помимо
Уиткоффа, во встрече принимал участие Кушнер") is a party like him, while one beside a
leader stays an attendee (found on real NEWSru and RBC items, heldout6 h6ru-007/011)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, only_event

PUTIN, XI = "vladimir-putin", "xi-jinping"
WITKOFF, KUSHNER = "steve-witkoff", "jared-kushner"

DELEGATION = [
    ("ru", "В Кремле в ночь на пятницу состоялись переговоры президента России Владимира "
           "Путина с делегацией представителей президента США Дональда Трампа. С американской "
           "стороны в переговорах участвовали спецпосланник Стив Уиткофф и Джаред Кушнер."),
    ("en", "Russian President Vladimir Putin held talks in the Kremlin overnight with a "
           "delegation of envoys of President Donald Trump. On the American side, Steve "
           "Witkoff and Jared Kushner took part in the talks."),
    ("it", "Il presidente russo Vladimir Putin ha incontrato nella notte al Cremlino una "
           "delegazione di inviati del presidente Donald Trump. Ai colloqui hanno partecipato "
           "Steve Witkoff e Jared Kushner."),
    ("zh", "俄罗斯总统普京在克里姆林宫会见美国总统特朗普的代表团。美方代表团成员包括威特科夫和"
           "库什纳。"),
]


@pytest.mark.parametrize(("lang", "text"), DELEGATION)
def test_the_delegates_not_the_one_they_represent(lang: str, text: str) -> None:
    analysis = analyze_texts((text, "2026-01-23"), lang=lang)
    event = only_event(analysis)
    assert set(event.participants) == {PUTIN, WITKOFF, KUSHNER}, (lang, event.participants)
    assert not any("donald-trump" in e.participants for e in analysis.events), lang


BESIDE = [
    ("ru", "Встреча Владимира Путина и спецпосланника президента США Стива Уиткоффа прошла в "
           "Кремле. Переговоры длились около пяти часов. Помимо Уиткоффа, во встрече принимал "
           "участие Джаред Кушнер."),
    ("en", "Vladimir Putin met US special envoy Steve Witkoff in the Kremlin. The talks lasted "
           "about five hours. Besides Witkoff, Jared Kushner also took part."),
    ("it", "Vladimir Putin ha incontrato al Cremlino l'inviato speciale americano Steve "
           "Witkoff. I colloqui sono durati circa cinque ore. Oltre a Witkoff, all'incontro ha "
           "partecipato anche Jared Kushner."),
    ("zh", "俄罗斯总统普京在克里姆林宫会见美国特使威特科夫。会谈持续约五个小时。除威特科夫外，"
           "库什纳也参加了会见。"),
]


@pytest.mark.parametrize(("lang", "text"), BESIDE)
def test_one_beside_an_envoy_is_a_party(lang: str, text: str) -> None:
    event = only_event(analyze_texts((text, "2025-12-03"), lang=lang))
    assert set(event.participants) == {PUTIN, WITKOFF, KUSHNER}, (lang, event.participants)


def test_one_beside_a_leader_stays_an_attendee() -> None:
    text = ("Владимир Путин провел переговоры с Си Цзиньпином в Кремле. Помимо Путина, во "
            "встрече принял участие министр иностранных дел Сергей Лавров.")
    event = only_event(analyze_texts((text, "2025-05-08"), lang="ru"))
    assert set(event.participants) == {PUTIN, XI}, event.participants
