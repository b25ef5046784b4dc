"""A sentence after a lead with no day, telling a gathering of many countries with a
contact's word ("this morning I addressed the G20 meeting"), gives the gathering's day and
time, not the two leaders' (found on a real Australian PM transcript, whose bilateral with
Xi became a morning one once pm.gov.au was a registered source). Texts written for these
tests."""

from __future__ import annotations

import pytest
from test_contacts import reported_facts

CASES = [
    ("en", "Prime Minister Albanese held a bilateral meeting with President Xi Jinping in "
           "Bali. This morning he addressed the G20 meeting on food security. The two leaders "
           "discussed trade."),
    ("en", "Prime Minister Albanese held a bilateral meeting with President Xi Jinping in "
           "Bali. This morning he spoke at an international meeting on food security. The "
           "two leaders discussed trade."),
    ("it", "Il premier Albanese ha avuto un incontro bilaterale con il presidente Xi Jinping a "
           "Bali. Stamattina è intervenuto all'incontro internazionale sulla sicurezza "
           "alimentare. I due leader hanno parlato di commercio."),
    ("ru", "Премьер-министр Австралии Энтони Албаниз провёл переговоры с Си Цзиньпином на "
           "Бали. Утром он выступил на международной встрече по продовольственной "
           "безопасности. Лидеры обсудили торговлю."),
    ("zh", "澳大利亚总理阿尔巴尼斯在巴厘岛与习近平举行会晤。今天上午，他出席了多边会谈。"
           "双方讨论了贸易问题。"),
]


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_a_gathering_next_to_the_lead_does_not_time_the_contact(lang: str, text: str) -> None:
    facts = reported_facts(text, lang, "2022-11-15")
    assert facts["type"] == "meeting"
    assert facts.get("part_of_day") != "morning", facts


def test_a_neighbour_naming_the_two_leaders_talk_still_times_it() -> None:
    text = ("Prime Minister Albanese held a bilateral meeting with President Xi Jinping in "
            "Bali. The meeting took place this afternoon at the Xi delegation's hotel.")
    assert reported_facts(text, "en", "2022-11-15")["part_of_day"] == "afternoon"


def test_an_international_phone_call_is_no_gathering() -> None:
    """"Международный телефонный разговор" is a call with a foreign leader: its evening is
    the contact's."""
    text = ("Президент США Дональд Трамп начал телефонный разговор с Владимиром Путиным. "
            "Ранее Песков сообщил, что у Путина запланирован международный телефонный "
            "разговор в вечернее время.")
    assert reported_facts(text, "ru", "2025-10-16")["part_of_day"] == "evening"
