"""The verb that credits a sentence standing before its subject, however long the words that
describe the source before its name ("Lo ha riferito ai giornalisti un alto funzionario della
Casa Bianca", "…, secondo quanto riferisce la televisione della Repubblica popolare CCTV",
"This was announced on Monday by the Chinese state broadcaster CCTV", "Об этом журналистам
сообщила официальный представитель МИД КНР", "据俄罗斯国家通讯社塔斯社报道"): that source
speaks, in it/en/ru/zh. The guards: a person as the subject is no source; a source named far
after the verb, in a clause of its own, is not its subject. Every text here is written for
these tests."""

from __future__ import annotations

import pytest

from readouts.segment.attribution import speaker_of
from readouts.segment.sources import registry


def _speaker(text: str) -> str | None:
    said = speaker_of(text, registry().named_all(text))
    return None if said is None or said.source is None else said.source.id


@pytest.mark.parametrize(("text", "source"), [
    ("Lo ha riferito ai giornalisti un alto funzionario della Casa Bianca.", "whitehouse"),
    ("Il colloquio è stato lungo e cordiale, secondo quanto riferisce la televisione della "
     "Repubblica popolare CCTV.", "cctv"),
    ("This was announced on Monday by the Chinese state broadcaster CCTV.", "cctv"),
    ("Об этом журналистам сообщила официальный представитель МИД КНР.", "china-mfa"),
    ("据俄罗斯国家通讯社塔斯社报道，两国元首讨论了乌克兰局势。", "tass"),
    # any participle of saying after "secondo quanto" credits (a real Agenzia Nova item
    # relaying the Elysee and "secondo quanto affermato dalla presidenza iraniana")
    ("Da parte sua, secondo quanto affermato dalla presidenza iraniana, Rohani ha avvertito "
     "Macron sul programma nucleare.", "iran-presidency"),
    ("Secondo quanto dichiarato dal Cremlino, i due leader hanno parlato del gas.", "kremlin"),
    ("Secondo quanto precisato da Palazzo Chigi, la telefonata è durata un'ora.",
     "palazzo-chigi"),
])
def test_the_source_named_after_a_crediting_verb_speaks(text: str, source: str) -> None:
    assert _speaker(text) == source


@pytest.mark.parametrize("text", [
    "Lo ha riferito ai giornalisti il presidente del Consiglio.",
    "Secondo quanto affermato dal presidente iraniano, il programma nucleare è pacifico.",
    "Lo ha riferito il presidente del Consiglio al termine di un lungo vertice sulla manovra e "
    "sui conti pubblici, prima di volare a Bruxelles per incontrare la Casa Bianca.",
    "This was announced by the prime minister after a long cabinet meeting on the budget, "
    "hours before a call with the White House.",
])
def test_no_source_as_the_crediting_verb_s_subject(text: str) -> None:
    assert _speaker(text) is None
