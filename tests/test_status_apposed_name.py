"""A name set between two commas goes on with its verb's clause: "will welcome the Prime
Minister of Papua New Guinea, Hon James Marape MP, to Australia for an official visit" tells
one contact ahead, not a visit held in a clause of its own after the name."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

AHEAD = [
    ("en", "Prime Minister Anthony Albanese will welcome the Prime Minister of Papua New Guinea, "
           "Hon James Marape MP, to Australia on 7 December 2023 for an official visit."),
    ("en", "Prime Minister Keir Starmer will welcome the Prime Minister of India, Narendra Modi, "
           "to Chequers on 24 July 2025 for bilateral talks."),
    ("it", "Il presidente del Consiglio Giorgia Meloni incontrerà il presidente del Ghana, John "
           "Mahama, a Roma il 10 gennaio 2023 per una visita ufficiale."),
    ("ru", "Президент Владимир Путин встретится с президентом Казахстана, Касым-Жомартом "
           "Токаевым, в Москве 10 января 2023 года в ходе официального визита."),
]


@pytest.mark.parametrize(("lang", "text"), AHEAD)
def test_a_contact_told_past_an_apposed_name_stays_ahead(lang: str, text: str) -> None:
    analysis = analyze_texts((text, None), lang=lang)
    assert [e.status for e in analysis.events if e.reported_by] == ["planned"], \
        [e.to_json() for e in analysis.events]


def test_a_held_clause_after_a_comma_is_still_held() -> None:
    text = ("Biden will meet Putin in Geneva next week, and on Monday he held a call with "
            "Xi Jinping.")
    analysis = analyze_texts((text, None), lang="en")
    assert ("phone_call", "held") in {(e.type, e.status) for e in analysis.events}, \
        [e.to_json() for e in analysis.events]
