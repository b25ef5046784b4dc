"""The other Italian national wires, askanews, LaPresse and Italpress, are sources named in
their dateline's credit ("Roma, 2 nov. (askanews) –", "Roma, 14 mar. (LaPresse) –", "ROMA
(ITALPRESS) –"), as ANSA, AGI and Adnkronos were: before, their items were 'unknown'. Found on
a stranger askanews item read at this stop's end; the issue names LaPresse among the agencies
our Italian users read. Texts written for this project."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

BODY = ("la presidente del Consiglio Giorgia Meloni ha avuto un colloquio telefonico con il "
        "presidente francese Emmanuel Macron sulla situazione in Medio Oriente.")


@pytest.mark.parametrize(("dateline", "source"), [
    ("Roma, 2 nov. (askanews) – ", "askanews"),
    ("Roma, 14 mar. (LaPresse) – ", "lapresse"),
    ("ROMA (ITALPRESS) – ", "italpress"),
    ("Roma, 5 mag. (ANSA) - ", "ansa"),
])
def test_a_wire_credit_in_the_dateline_is_the_source(dateline: str, source: str) -> None:
    readouts = analyze_texts((dateline + BODY[0].upper() + BODY[1:], "2023-11-02"),
                             lang="it").documents[0].readouts
    assert [(r.source, r.side, r.kind) for r in readouts] == [(source, None, "news")]


def test_the_wire_named_in_a_sentence_is_no_dateline() -> None:
    text = ("Secondo quanto riferito da LaPresse, " + BODY + " Il colloquio è durato "
            "mezz'ora.")
    readouts = analyze_texts((text, "2023-11-02"), lang="it").documents[0].readouts
    assert len(readouts) == 1 and readouts[0].kind == "news"
