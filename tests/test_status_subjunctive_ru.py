"""A contact after «чтобы» in the past form is Russian's subjunctive: wished for or needed,
never told as held («делает все, чтобы встреча Путина и Трампа состоялась», «для того чтобы
встреча президентов состоялась», «хочет, чтобы Путин встретился с …»); so is one only said
possible after its noun («встреча Путина с Зеленским возможна только после …»). Seen on
Kentron (Peskov on a Putin-Zelensky meeting, both wordings) and RBC-Ukraine (Trump wishing
Putin met Zelensky). A purpose told with the infinitive after a held contact («позвонил,
чтобы рассказать»), and a held meeting «насколько это было возможно», stay held. Texts
written for these tests."""

import pytest
from test_contacts import analyze_texts

PAGE = "2025-09-02"
PAIR = ["donald-trump", "vladimir-putin"]


@pytest.mark.parametrize("text", [
    "Песков сказал, что Кремль делает все, чтобы встреча Путина и Трампа состоялась.",
    "Но для того чтобы встреча Владимира Путина и Дональда Трампа прошла, нужен документ.",
    "Ушаков добавил, что стороны работают, чтобы Путин и Трамп встретились до конца года.",
    "Встреча Владимира Путина и Дональда Трампа возможна уже в ближайшие недели.",
])
def test_a_subjunctive_contact_is_not_held(text: str) -> None:
    events = analyze_texts((text, PAGE), lang="ru").events
    assert [(e.type, e.status, sorted(e.participants)) for e in events] == [
        ("meeting", "planned", PAIR)]


@pytest.mark.parametrize(("text", "kind"), [
    ("Владимир Путин позвонил Дональду Трампу, чтобы обсудить итоги переговоров.", "phone_call"),
    ("Владимир Путин встретился с Дональдом Трампом, чтобы обсудить Украину.", "meeting"),
    ("Встреча Владимира Путина и Дональда Трампа прошла открыто, насколько это было возможно.",
     "meeting"),
])
def test_a_purpose_after_a_held_contact(text: str, kind: str) -> None:
    events = analyze_texts((text, PAGE), lang="ru").events
    assert [(e.type, e.status, sorted(e.participants)) for e in events] == [(kind, "held", PAIR)]
