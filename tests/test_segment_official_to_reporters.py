# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""Found on a real HuffPost Italia compilation of one call: a leader's words "citato
dall'agenzia Xinhua" (quoted by Xinhua, "quoted by Xinhua") are that agency's account; an
official who told reporters ("Lo ha riferito ai giornalisti un funzionario della Casa
Bianca", "сообщили журналистам", "对记者说") gives a briefing; and a sentence closing on the
text quoted, described after it ("…”, riferisce il comunicato diffuso dall'emittente
statale."), continues that text. Every text here is written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts
from readouts.segment.attribution import speaker_of
from readouts.segment.sources import registry
from readouts.segment.voices import voice_of


@pytest.mark.parametrize("text", [
    "La linea di Washington, ha aggiunto il presidente cinese citato dall'agenzia Xinhua, “non è nell'interesse dei due popoli”.",
    "The line taken by Washington, Xi added, quoted by Xinhua, “is not in the interest of the two peoples”.",
])
def test_a_leader_quoted_by_an_agency_is_its_account(text: str) -> None:
    said = speaker_of(text, registry().named_all(text))
    assert said is not None and said.source is not None and said.source.id == "xinhua"


@pytest.mark.parametrize("text", [
    "Lo ha riferito ai giornalisti un funzionario della Casa Bianca.",
    "Об этом журналистам сообщили в Белом доме.",
    "白宫一名官员对记者说，两人通话超过一小时。",
    "A White House official told reporters the call lasted over an hour.",
])
def test_an_official_telling_reporters_gives_a_briefing(text: str) -> None:
    said = speaker_of(text, registry().named_all(text))
    assert said is not None and said.source is not None
    assert voice_of(said.source, text, said.cue).kind == "briefing"


IT = """\
Il presidente americano Joe Biden ha parlato al telefono con il presidente cinese Xi Jinping per la prima volta in sette mesi. Lo ha reso noto la Casa Bianca.

Biden ha auspicato che la “competizione” tra i due Paesi non diventi “conflitto”. All'omologo ha assicurato che gli Stati Uniti vogliono “evitare che si crei alcuna situazione di conflitto indesiderato”. Lo ha riferito ai giornalisti un funzionario della Casa Bianca.

La politica di Washington, ha aggiunto il presidente cinese citato dall'agenzia Xinhua, “non è nell'interesse fondamentale dei due popoli né nell'interesse comune del mondo”.

È stato “franco e approfondito” il colloquio tra i due presidenti, secondo quanto riferisce la televisione di Stato cinese CCTV. I due leader “hanno avuto scambi strategici franchi e approfonditi sulle relazioni tra i due Paesi”, riferisce il comunicato diffuso dall'emittente statale.
"""


def test_an_italian_compilation_of_four_accounts() -> None:
    got = [(a.source, a.side, a.kind) for a in split_accounts(IT, {}, "it")]
    assert list(dict.fromkeys(got)) == [
        ("unknown", None, "news"), ("whitehouse", "USA", "briefing"),
        ("xinhua", "CHN", "readout"), ("cctv", "CHN", "readout")]
