"""The one a visitor is accompanied by on his visit ("la visita che Macron effettuerà in
Germania, accompagnato dal presidente tedesco Steinmeier") is his host, a party of the visit;
only the one a party accompanies ("Wang Yi, che accompagna il presidente Xi") is none."""

from __future__ import annotations

from test_contacts import analyze_texts

PAGE = "2023-06-06"


def test_the_host_a_visitor_is_accompanied_by_is_a_party() -> None:
    text = ("Il cancelliere tedesco Olaf Scholz incontrerà stasera il presidente francese "
            "Emmanuel Macron a Potsdam. Il colloquio servirà a preparare la visita che Macron "
            "effettuerà in Germania dal 2 al 4 luglio, accompagnato dal presidente tedesco "
            "Frank-Walter Steinmeier.")
    pairs = [set(e.participants) for e in analyze_texts((text, PAGE), lang="it").events]
    assert {"emmanuel-macron", "frank-walter-steinmeier"} in pairs, pairs
    assert pairs.count({"emmanuel-macron", "olaf-scholz"}) == 1, pairs


def test_the_leader_a_party_accompanies_is_still_no_party() -> None:
    text = ("Il ministro degli Esteri Wang Yi, che accompagna il presidente Xi Jinping al "
            "vertice, ha avuto un colloquio con il segretario di Stato Antony Blinken.")
    pairs = [set(e.participants) for e in analyze_texts((text, "2023-11-15"), lang="it").events]
    assert pairs and "xi-jinping" not in pairs[0], pairs
