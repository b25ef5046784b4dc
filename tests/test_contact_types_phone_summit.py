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
