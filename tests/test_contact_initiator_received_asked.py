"""Who placed a call, said three more ways (found on real items of heldout10: Il Giornale
h10it-029, the Quirinale's release h10it-028, QN h10it-009):
- the call received, its word in quotes or with an adjective, and the caller's "di" ("ha
  ricevuto la \"cordiale telefonata\" di Wulff", "received a \"cordial phone call\" from",
  "принял «сердечный телефонный звонок» от");
- the counterpart "who had asked to speak with him" ("che aveva espresso il desiderio di
  conferire con lui", "который выразил желание побеседовать с ним");
- "his call to" the other ("nel corso della telefonata a Monti", "during his phone call to").
The cues are data in lang/*/contacts.yaml."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

CASES = [
    ("it", "Oggi pomeriggio il presidente Giorgio Napolitano ha ricevuto la \"cordiale "
     "telefonata\" del presidente tedesco Christian Wulff.", "christian-wulff"),
    ("en", "This afternoon President Dmitry Medvedev received a \"cordial phone call\" from "
     "German President Christian Wulff.", "christian-wulff"),
    ("ru", "Сегодня днем Дмитрий Медведев принял «сердечный телефонный звонок» от президента "
     "Германии Кристиана Вульфа.", "christian-wulff"),
    ("it", "Il presidente Giorgio Napolitano ha avuto oggi un colloquio telefonico con il "
     "presidente francese Nicolas Sarkozy, che aveva espresso il desiderio di conferire con "
     "lui.", "nicolas-sarkozy"),
    ("en", "President Dmitry Medvedev had a phone conversation today with French President "
     "Nicolas Sarkozy, who had asked to speak with him.", "nicolas-sarkozy"),
    ("ru", "Дмитрий Медведев провел телефонный разговор с президентом Франции Николя Саркози, "
     "который выразил желание побеседовать с ним.", "nicolas-sarkozy"),
    ("it", "Il presidente Barack Obama, nel corso della telefonata a Mario Monti, ha elogiato "
     "il nuovo governo.", "barack-obama"),
    ("en", "President Barack Obama, during his phone call to Mario Monti, praised the new "
     "government.", "barack-obama"),
]


@pytest.mark.parametrize(("lang", "text", "caller"), CASES)
def test_the_caller(lang: str, text: str, caller: str) -> None:
    events = analyze_texts((text, "2011-11-11"), lang=lang).events
    assert events and events[0].initiated_by == caller, [e.to_json() for e in events]


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Napolitano ha avuto un colloquio telefonico con Sarkozy, che aveva chiesto di "
     "rinviare il vertice."),
    ("en", "Medvedev held talks with Sarkozy, who had asked for a delay of the summit."),
    ("ru", "Медведев провел переговоры с Саркози, который выразил желание отложить саммит."),
])
def test_a_wish_about_something_else_names_no_caller(lang: str, text: str) -> None:
    events = analyze_texts((text, "2011-11-11"), lang=lang).events
    assert events and events[0].initiated_by is None, [e.to_json() for e in events]
