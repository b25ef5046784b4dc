"""The leader an envoy serves named by his title, his name after it or not
("со спецпосланником президента США Дональда Трампа Стивом Уиткоффом", "со специальным
посланником американского лидера Дональда Трампа Стивом Уиткоффом") is no party: the one met
is the envoy, as with the leader's bare name ("спецпосланником Трампа"). Russian made it a
meeting with Trump; seen on 3 real Russian items (ONT relaying TASS, News.mail.ru, a
Mirtesen relay of RIA). Italian already reads "l'inviato speciale del presidente Usa".
Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

MET_THE_ENVOY = [
    ("ru", "Владимир Путин провел в Кремле встречу со спецпосланником президента США Дональда "
           "Трампа Стивом Уиткоффом."),
    ("ru", "В Петербурге прошла встреча Владимира Путина со специальным посланником "
           "американского лидера Дональда Трампа Стивом Уиткоффом."),
    ("ru", "Владимир Путин провел в Кремле встречу со спецпосланником главы США Стивом "
           "Уиткоффом."),
    ("it", "Il presidente russo Vladimir Putin ha incontrato al Cremlino l'inviato speciale del "
           "presidente Usa Donald Trump, Steve Witkoff."),
]


@pytest.mark.parametrize(("lang", "text"), MET_THE_ENVOY)
def test_the_envoy_of_a_titled_leader_is_the_party(lang: str, text: str) -> None:
    analysis = analyze_texts((text, "2025-04-11"), lang=lang)
    assert [sorted(e.participants) for e in analysis.events] == [
        ["steve-witkoff", "vladimir-putin"]]


@pytest.mark.parametrize("text", [
    # the leader himself met, his envoy named in another clause
    "Владимир Путин провел встречу с президентом США Дональдом Трампом, на переговорах "
    "присутствовал спецпосланник Стив Уиткофф.",
    # the spokesman of a president telling the call: the president stays a party
    "Пресс-секретарь президента России Дмитрий Песков сообщил, что Владимир Путин провел "
    "телефонный разговор с Дональдом Трампом.",
])
def test_the_leader_named_outside_the_envoys_title_is_a_party(text: str) -> None:
    analysis = analyze_texts((text, "2025-04-11"), lang="ru")
    assert [sorted(e.participants) for e in analysis.events] == [
        ["donald-trump", "vladimir-putin"]]


def test_an_envoy_in_the_genitive_keeps_his_own_name() -> None:
    # the envoy's name after the title is in the genitive like the title: it is his
    text = ("Встреча Владимира Путина и спецпосланника президента США Стива Уиткоффа прошла в "
            "Кремле.")
    analysis = analyze_texts((text, "2025-12-03"), lang="ru")
    assert [sorted(e.participants) for e in analysis.events] == [
        ["steve-witkoff", "vladimir-putin"]]
