"""A part of day told as an adjective of the contact places it too: "una telefonata serale",
"un colloquio notturno", "l'incontro mattutino", "вечерний телефонный разговор" (found on a
real Corriere item, "Telefonata serale tra i presidenti ..."); English and Chinese say it with
the noun ("an evening call", "晚间通话"), which was read already and stays a guard."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2024-10-15"

ADJECTIVES = [
    ("it", "Telefonata serale tra il presidente francese Emmanuel Macron e il presidente "
           "Sergio Mattarella, dopo giorni di tensione tra i due governi.", "evening"),
    ("it", "Colloquio notturno tra Giorgia Meloni e Olaf Scholz a margine del vertice di "
           "Bruxelles: i due hanno discusso di migranti.", "night"),
    ("it", "Incontro mattutino a Palazzo Chigi tra Giorgia Meloni e il presidente ucraino "
           "Volodymyr Zelensky.", "morning"),
    ("ru", "Вечерний телефонный разговор Владимира Путина и Реджепа Тайипа Эрдогана "
           "был посвящен ситуации на Украине.", "evening"),
    ("ru", "Утренняя встреча Владимира Путина и Александра Лукашенко прошла в Кремле.",
     "morning"),
    ("en", "An evening phone call between President Emmanuel Macron and President Sergio "
           "Mattarella eased the tension.", "evening"),
    ("zh", "习近平同普京晚间通电话。", "evening"),
]


@pytest.mark.parametrize(("lang", "text", "part"), ADJECTIVES)
def test_a_part_of_day_adjective_of_the_contact_places_it(lang: str, text: str,
                                                           part: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert events and events[0].part_of_day == part, (lang, [e.to_json() for e in events])


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Giorgia Meloni ha sentito oggi al telefono Emmanuel Macron. La scuola serale di "
           "Roma ha riaperto ieri."),
    ("ru", "Владимир Путин провел сегодня телефонный разговор с Реджепом Тайипом Эрдоганом. "
           "Вечерние новости вышли позже."),
])
def test_an_adjective_of_something_else_places_nothing(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert events and events[0].part_of_day is None, (lang, [e.to_json() for e in events])
