"""A visit to a place with no host (a relief hub, a coordination centre, a factory) is no
contact between leaders, whoever else the account names: "dove è andato oggi in visita
all'hub della Protezione civile" beside a call with Biden is no visit of Draghi to Biden.
Visits to a country, a city or a person still are."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts
from test_mentioned_parties import mentioned

MELONI_BIDEN = ("phone_call", ["giorgia-meloni", "joe-biden"])


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("it", "Secondo una nota, il presidente del Consiglio si è collegato da Udine, dove è "
               "andato oggi in visita all'hub della Protezione civile."),
        ("it", "Secondo una nota, il presidente del Consiglio è andato oggi in visita allo "
               "stabilimento di una grande azienda aerospaziale."),
        ("it", "Lo ha detto oggi il presidente del Consiglio nella sua visita al centro di "
               "coordinamento per i migranti."),
        ("en", "Earlier the President paid a visit to a drone factory near the capital."),
        ("ru", "Ранее президент посетил завод по производству беспилотников."),
        ("zh", "此前总统参观了一家无人机工厂。"),
    ],
)
def test_a_visit_to_a_place_with_no_host_is_no_contact(lang: str, line: str) -> None:
    reported = {"it": MELONI_BIDEN, "en": ("phone_call", ["joe-biden", "xi-jinping"]),
                "ru": ("phone_call", ["vladimir-putin", "xi-jinping"]),
                "zh": ("phone_call", ["xi-jinping", "vladimir-putin"])}[lang]
    assert mentioned(lang, reported, line) == []


@pytest.mark.parametrize(
    "line",
    [
        "A marzo Biden era stato in visita a Roma.",
        "Meloni è stata in visita a Washington a marzo.",
    ],
)
def test_a_visit_to_a_city_is_still_one(line: str) -> None:
    found = mentioned("it", MELONI_BIDEN, line)
    assert [(kind, parties) for kind, _, parties, _ in found] == [
        ("visit", frozenset({"giorgia-meloni", "joe-biden"}))]


def test_a_leader_s_visit_to_a_hub_is_no_reported_contact() -> None:
    text = ("Il presidente del Consiglio Mario Draghi è andato oggi in visita all'hub della "
            "Protezione civile di Palmanova, dove ha incontrato i volontari.")
    events = analyze_texts((text, "2022-03-22"), lang="it").events
    assert not [e for e in events if e.type == "visit"]
