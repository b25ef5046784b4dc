"""An unnamed counterpart ("his U.S. counterpart", "il suo omologo statunitense", "со своим
американским коллегой") is the holder, in that country on the date, of the subject's office."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, only_event

from readouts.extract.people.actors import actor_index

COUNTERPARTS = [
    # a prime minister's counterpart where no prime minister leads is the leader
    ("en", "Prime Minister Justin Trudeau wrapped up a call with his U.S. counterpart at noon.",
     "2025-03-05", ["justin-trudeau", "donald-trump"]),
    ("it", "Il presidente Emmanuel Macron ha sentito al telefono il suo omologo statunitense.",
     "2022-03-05", ["emmanuel-macron", "joe-biden"]),
    ("ru", "Владимир Путин провёл телефонный разговор со своим американским коллегой.",
     "2025-03-18", ["vladimir-putin", "donald-trump"]),
    # a foreign minister's counterpart is a foreign minister, never the president
    ("en", "Sergei Lavrov held talks with his U.S. counterpart in Riyadh.", "2025-02-18",
     ["sergei-lavrov", "marco-rubio"]),
    ("ru", "Сергей Лавров провёл переговоры со своим американским коллегой в Эр-Рияде.",
     "2025-02-18", ["sergei-lavrov", "marco-rubio"]),
    # a name after the title is the name; no subject before it, no counterpart to name
    ("en", "Narendra Modi held talks with his Bangladeshi counterpart Sheikh Hasina.",
     "2024-06-22", ["narendra-modi", "sheikh-hasina"]),
    ("it", "Ieri è arrivata la telefonata dell'omologo statunitense.", "2025-03-05", []),
]


@pytest.mark.parametrize(("lang", "text", "on", "expected"), COUNTERPARTS)
def test_unnamed_counterpart_is_the_subjects_office_abroad(
        lang: str, text: str, on: str, expected: list[str]) -> None:
    assert [m.actor for m in actor_index().find(text, lang, on)] == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Prime Minister Justin Trudeau spoke by phone with his U.S. counterpart on "
           "Wednesday. The call lasted 50 minutes."),
    ("it", "Il primo ministro canadese Justin Trudeau ha avuto mercoledì una telefonata con il "
           "suo omologo statunitense. Il colloquio è durato 50 minuti."),
    ("ru", "Премьер-министр Канады Джастин Трюдо в среду провёл телефонный разговор со своим "
           "американским коллегой. Разговор продолжался 50 минут."),
])
def test_a_call_with_an_unnamed_counterpart_is_found(lang: str, text: str) -> None:
    event = only_event(analyze_texts((text, "2025-03-05"), lang=lang))
    assert (event.type, set(event.participants), event.duration_minutes) == \
        ("phone_call", {"justin-trudeau", "donald-trump"}, 50)
