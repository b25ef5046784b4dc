"""Muammar Gaddafi, Libya's leader until 2011, is on the roster under his spellings
("Gheddafi", "Muammar El Ghaddafi", "Qaddafi", "Каддафи", "卡扎菲"): a call with him is a
contact (found on a real Mainfatti item on a Berlusconi-Gaddafi call, heldout10)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

CASES = [
    ("it", "Silvio Berlusconi ha telefonato nel pomeriggio a Gheddafi per chiedere di fermare "
     "la repressione.", "silvio-berlusconi"),
    ("it", "Il presidente del Consiglio ha avuto una conversazione telefonica con il leader "
     "libico Muammar El Ghaddafi. Silvio Berlusconi ha chiesto una soluzione pacifica.",
     "silvio-berlusconi"),
    ("en", "French President Nicolas Sarkozy spoke by phone with Muammar Qaddafi on "
     "Tuesday.", "nicolas-sarkozy"),
    ("ru", "Президент России Дмитрий Медведев провел телефонный разговор с Муаммаром "
     "Каддафи.", "dmitry-medvedev"),
    ("zh", "胡锦涛同卡扎菲通电话。", "hu-jintao"),
]


@pytest.mark.parametrize(("lang", "text", "other"), CASES)
def test_gaddafi_is_a_party(lang: str, text: str, other: str) -> None:
    events = analyze_texts((text, "2011-02-22"), lang=lang).events
    assert any(set(e.participants) == {other, "muammar-gaddafi"} for e in events), \
        [e.to_json() for e in events]
