"""A visit to a city whose host is not named ("对俄罗斯首都莫斯科进行为期一天的访问", "посетил
Астану с рабочим визитом", "a working visit to Berlin", "una visita di lavoro a Parigi") is
paid to the leader of the country the city lies in (knowledge/place_countries.yaml, one map
for every language); a state visit to its head of state, any other visit to the country's
leader, its head of government where that one leads (found on a real china.com item,
h16zh-010, and the Uzbek presidency's visit to Astana, h17ru-010)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

from readouts.extract.contacts.visit_host import visit_host

PAGE = "2024-06-27"


@pytest.mark.parametrize(
    ("text", "lang", "visitor", "host"),
    [
        ("印度总理莫迪将于7月8日对莫斯科进行为期一天的访问。", "zh", "narendra-modi",
         "vladimir-putin"),
        ("Президент Узбекистана Шавкат Мирзиёев 12 июня посетил Астану с рабочим визитом.", "ru",
         "shavkat-mirziyoyev", "kassym-jomart-tokayev"),
        ("Ukrainian President Volodymyr Zelensky arrived on Sunday for a working visit to Berlin.",
         "en", "volodymyr-zelenskyy", "olaf-scholz"),
        ("Il presidente ucraino Volodymyr Zelensky è arrivato per una visita di lavoro a Parigi.",
         "it", "volodymyr-zelenskyy", "emmanuel-macron"),
    ],
)
def test_the_city_names_the_host(text: str, lang: str, visitor: str, host: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert [(e.type, sorted(e.participants)) for e in events] == [
        ("visit", sorted([visitor, host]))], [e.to_json() for e in events]


@pytest.mark.parametrize(
    ("text", "lang", "host"),
    [
        ("Председатель КНР Си Цзиньпин прибыл с государственным визитом в Берлин.", "ru",
         "frank-walter-steinmeier"),
        ("Chinese President Xi Jinping began a state visit to Berlin.", "en",
         "frank-walter-steinmeier"),
        ("Il presidente Xi Jinping è arrivato per una visita di lavoro a Berlino.", "it",
         "olaf-scholz"),
        ("Председатель КНР Си Цзиньпин прибыл с рабочим визитом в Берлин.", "ru", "olaf-scholz"),
    ],
)
def test_a_state_visit_is_the_head_of_states(text: str, lang: str, host: str) -> None:
    assert visit_host(text, lang, ["xi-jinping"], PAGE) == host


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Президент Франции Эммануэль Макрон посетил Париж.", "ru"),
        ("French President Emmanuel Macron returned from a visit to Paris.", "en"),
    ],
)
def test_a_visit_at_home_has_no_host(text: str, lang: str) -> None:
    assert visit_host(text, lang, ["emmanuel-macron"], PAGE) is None
