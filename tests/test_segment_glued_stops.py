# ruff: noqa: E501 - the sentences are written whole, as pages paste them
"""A full stop a page lost its space after ("sforzo negoziale.Nel testo", "the
negotiations.The Kremlin's text", "переговоров.В тексте") ends the sentence in the quoted-text
pass's prose cut too, as in the sentence splitter, so a text's announcing sentence starts
where it does; a web address keeps its dots. Chinese full stops need no space. Every text
here is written for these tests (found on a real La Pressa item whose "Nel testo, …, si
legge:" was glued to the sentence before)."""

from __future__ import annotations

import pytest

from readouts.segment.prose import sentences


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Il premier ha chiesto un cessate il fuoco per sostenere lo sforzo negoziale.Nel testo del Cremlino si legge altro.", "Il premier", "Nel testo"),
    ("The premier asked for a ceasefire to support the negotiations.The Kremlin's text says more.", "The premier", "The Kremlin"),
    ("Премьер призвал к прекращению огня ради переговоров.В тексте Кремля сказано иное.", "Премьер", "В тексте"),
])
def test_a_full_stop_that_lost_its_space_ends_the_sentence(text: str, first: str, second: str) -> None:
    cut = [text[s.start:s.end] for s in sentences(text, 0, len(text))]
    assert len(cut) == 2 and cut[0].startswith(first) and cut[1].startswith(second)


@pytest.mark.parametrize("text", [
    "Il sito news.Yahoo.com ha ripreso la notizia.",
    "The story ran on news.Yahoo.com first.",
])
def test_a_web_address_is_no_sentences_end(text: str) -> None:
    assert len(sentences(text, 0, len(text))) == 1


@pytest.mark.parametrize(("text", "first", "second"), [
    # found on a real RIA24 item: "…, передает ТАСС.Ранее помощник президента …"
    ("Об этом заявил американский чиновник на брифинге, передает ТАСС.Ранее помощник президента сделал своё заявление.", "Об этом", "Ранее"),
    ("Lo ha detto un funzionario americano in un briefing, riferisce l'ANSA.Poco prima il consigliere del presidente aveva parlato.", "Lo ha", "Poco prima"),
    ("A US official said so at a briefing, TASS reported, according to the AFP.Earlier the presidential aide had spoken.", "A US", "Earlier"),
])
def test_a_full_stop_glued_after_an_agency_s_acronym_ends_the_sentence(text: str, first: str, second: str) -> None:
    cut = [text[s.start:s.end] for s in sentences(text, 0, len(text))]
    assert len(cut) == 2 and cut[0].startswith(first) and cut[1].startswith(second)


@pytest.mark.parametrize("text", [
    "The U.S.A. joined later.",
    "Il sito ANSA.it ha ripreso la notizia.",
])
def test_initials_and_an_agency_s_web_address_keep_their_stops(text: str) -> None:
    assert len(sentences(text, 0, len(text))) == 1
