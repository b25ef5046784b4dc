"""A day written on another event's noun ("per l'attacco missilistico del primo ottobre",
"the missile attack on October 1", "Iran's October 1 missile attack", "ракетную атаку 1
октября", "10月1日的导弹袭击") is that event's, not the contact's, as its part of day already
was (found on a real TRT Italiano item, h11it-020, whose Biden-Netanyahu call came back on
the day of the attack). Texts written for these tests; it/en/ru/zh fail on main; the
contact's own day beside such a noun stays."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, only_event

EVENT_DAY = [
    ("it", "Il primo ministro israeliano Benjamin Netanyahu, che prepara la risposta "
           "all'attacco missilistico del primo ottobre, ha parlato al telefono con il presidente "
           "americano Joe Biden."),
    ("en", "Israeli Prime Minister Benjamin Netanyahu, who is preparing a response to the "
           "missile attack on October 1, spoke by phone with US President Joe Biden."),
    ("en", "Israeli Prime Minister Benjamin Netanyahu, who is preparing a response to Iran's "
           "October 1 missile attack, spoke by phone with US President Joe Biden."),
    ("ru", "Премьер-министр Израиля Биньямин Нетаньяху, который готовит ответ на ракетную атаку "
           "1 октября, провел телефонный разговор с президентом США Джо Байденом."),
    ("zh", "以色列总理内塔尼亚胡与美国总统拜登通电话，双方讨论了伊朗10月1日的导弹袭击。"),
]


@pytest.mark.parametrize(("lang", "text"), EVENT_DAY)
def test_the_day_of_another_event_does_not_date_the_contact(lang: str, text: str) -> None:
    event = only_event(analyze_texts((text, "2024-10-10"), lang=lang))
    assert set(event.participants) == {"benjamin-netanyahu", "joe-biden"}
    assert event.date == "2024-10-10"


def test_the_contacts_own_day_beside_the_event_stays() -> None:
    text = ("Il primo ministro israeliano Benjamin Netanyahu ha parlato al telefono con il "
            "presidente americano Joe Biden il primo ottobre, dopo l'attacco missilistico.")
    assert only_event(analyze_texts((text, "2024-10-10"), lang="it")).date == "2024-10-01"
