"""A summit held by phone ("un vertice telefonico", "a telephone summit", "телефонный саммит")
is a phone call, not a meeting: the bare "vertice" named the type first (found on a real
LUISS Sicurezza Internazionale item, h11it-030, a Conte-Xi call typed meeting); tests
it/en fail on main, ru guards (Chinese says 通电话)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, only_event

CASES = [
    ("it", "Il presidente del Consiglio Giuseppe Conte ha avuto lunedì sera un vertice "
           "telefonico con il presidente cinese Xi Jinping. Il vertice è stato dedicato "
           "all'emergenza sanitaria."),
    ("en", "Italian Prime Minister Giuseppe Conte held a telephone summit with Chinese President "
           "Xi Jinping on Monday evening. The summit focused on the epidemic."),
    ("ru", "Председатель Совета министров Италии Джузеппе Конте в понедельник вечером провел "
           "телефонный саммит с председателем КНР Си Цзиньпином."),
]


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_a_summit_by_phone_is_a_call(lang: str, text: str) -> None:
    event = only_event(analyze_texts((text, "2020-03-17"), lang=lang))
    assert event.type == "phone_call"
    assert set(event.participants) == {"giuseppe-conte", "xi-jinping"}
    assert (event.date, event.part_of_day) == ("2020-03-16", "evening")


TOLD_AGAIN = [
    ("it", "Il presidente del Consiglio Giuseppe Conte ha avuto un vertice telefonico con il "
           "presidente cinese Xi Jinping. Il vertice, che si è tenuto nella serata del 16 marzo, "
           "è stato dedicato all'emergenza sanitaria."),
    ("it", "Il presidente del Consiglio Giuseppe Conte ha avuto un colloquio telefonico con il "
           "presidente cinese Xi Jinping. Il colloquio, che si è tenuto nella serata del 16 "
           "marzo, è stato dedicato all'emergenza sanitaria."),
    ("ru", "Председатель Совета министров Италии Джузеппе Конте провел телефонный разговор с "
           "председателем КНР Си Цзиньпином. Переговоры, которые состоялись вечером 16 марта, "
           "были посвящены борьбе с эпидемией."),
]


@pytest.mark.parametrize(("lang", "text"), TOLD_AGAIN)
def test_a_call_told_again_by_a_word_naming_no_medium_takes_its_day(lang: str,
                                                                     text: str) -> None:
    """The next sentence's bare "vertice", "colloquio", "переговоры" is the call itself: its
    day is the call's (they came back with the page's day)."""
    event = only_event(analyze_texts((text, "2020-03-17"), lang=lang))
    assert (event.type, event.date, event.part_of_day) == ("phone_call", "2020-03-16", "evening")


def test_a_meeting_word_after_a_call_is_another_contact() -> None:
    text = ("Il presidente del Consiglio Giuseppe Conte ha avuto una telefonata con il "
            "presidente cinese Xi Jinping. L'incontro, che si è tenuto il 16 marzo, è stato "
            "dedicato all'emergenza sanitaria.")
    assert only_event(analyze_texts((text, "2020-03-17"), lang="it")).date == "2020-03-17"
