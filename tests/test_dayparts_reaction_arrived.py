"""The part of day a reaction to a contact came at ("Nella serata di ieri era arrivato il
ringraziamento di Conte a Trump", "In serata è arrivato il tweet del premier", "Late on Monday
came a statement from", "Вечером поступило заявление") is the reaction's time, not the
contact's, as that of a note issued. Found on a real Il Tempo item (h17it-029: the
Trump-Conte call took the evening of Conte's thanks on Twitter). A call itself arriving at a
time ("In serata è arrivata la telefonata di Macron") keeps it. Texts written for these tests
(it/en/ru; zh "当晚…发推文致谢" was already right, a guard)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2020-03-31"
LEAD = {
    "it": "Il presidente americano Donald Trump ha parlato al telefono con il premier Giuseppe "
          "Conte dell'emergenza sanitaria. ",
    "en": "US President Donald Trump spoke by phone with Italian Prime Minister Giuseppe Conte "
          "about the health emergency. ",
    "ru": "Президент США Дональд Трамп провел телефонный разговор с премьер-министром Италии "
          "Джузеппе Конте о ситуации в здравоохранении. ",
    "zh": "美国总统特朗普与意大利总理孔特通电话，讨论卫生紧急情况。",
}

REACTION = [
    ("it", "Nella serata di ieri era arrivato il ringraziamento di Conte: \"Conversazione "
           "cordiale con il presidente Trump, grazie per la solidarietà\", ha scritto il premier."),
    ("it", "In serata è arrivato anche il commento del premier, che ha parlato di un colloquio "
           "molto cordiale."),
    ("en", "Late in the evening came the thanks of Conte, who called it a friendly conversation."),
    ("ru", "Вечером поступило заявление Конте, который назвал разговор дружеским."),
    ("zh", "当晚，孔特在社交媒体上发推文致谢，称通话友好。"),
]


@pytest.mark.parametrize(("lang", "tail"), REACTION)
def test_the_evening_a_reaction_came_is_not_the_calls(lang: str, tail: str) -> None:
    reported = [e for e in analyze_texts((LEAD[lang] + tail, PAGE), lang=lang).events
                if e.reported_by]
    assert reported and reported[0].part_of_day is None, (
        lang, [e.to_json() for e in reported])


def test_a_call_arriving_in_the_evening_keeps_it() -> None:
    text = ("In serata è arrivata la telefonata del presidente americano Donald Trump al premier "
            "Giuseppe Conte.")
    reported = [e for e in analyze_texts((text, PAGE), lang="it").events if e.reported_by]
    assert [e.part_of_day for e in reported] == ["evening"], [e.to_json() for e in reported]
