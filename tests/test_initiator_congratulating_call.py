"""A call made to congratulate was placed by the one congratulating: "ha avuto un colloquio
telefonico con Trump per congratularsi della vittoria", "spoke with President-elect Trump to
congratulate him", «провёл разговор с Трампом, чтобы поздравить его» (found on a real
Secolo d'Italia post relayed by an aggregator: Meloni's call to the president-elect came
out with no caller). Chinese says it with 致电祝贺, read already. Texts written for these
tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

CALLS = [
    ("it", "La presidente del Consiglio Giorgia Meloni ha avuto un colloquio telefonico con "
           "Donald Trump per congratularsi della vittoria elettorale.",
     "giorgia-meloni"),
    ("it", "«Ho sentito telefonicamente il presidente eletto Donald Trump, per congratularmi "
           "della vittoria», ha scritto Giorgia Meloni sui social.", "giorgia-meloni"),
    ("en", "Prime Minister Keir Starmer spoke with President-elect Donald Trump to "
           "congratulate him on his election victory.", "keir-starmer"),
    ("ru", "Владимир Путин провёл телефонный разговор с Дональдом Трампом, чтобы поздравить "
           "его с победой на выборах.", "vladimir-putin"),
]


@pytest.mark.parametrize(("lang", "text", "caller"), CALLS)
def test_the_one_congratulating_placed_the_call(lang: str, text: str, caller: str) -> None:
    events = analyze_texts((text, "2024-11-07"), lang=lang).events
    assert events and events[0].type == "phone_call"
    assert events[0].initiated_by == caller


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Durante il colloquio telefonico con Donald Trump, Meloni si è congratulata per "
           "la vittoria."),
    ("en", "During the call with Donald Trump, Starmer congratulated him on his victory."),
])
def test_congratulations_given_in_a_call_say_nothing_of_who_placed_it(lang: str,
                                                                     text: str) -> None:
    events = analyze_texts((text, "2024-11-07"), lang=lang).events
    assert events and events[0].initiated_by is None
