"""A government's note that names its own leader (Palazzo Chigi on "il presidente del
Consiglio, Mario Draghi") is its readout: a leader whose office publishes the note is no aide
giving a briefing, in it/en/ru/zh, for Draghi as for Meloni. The guard: an aide named speaking
still makes a briefing. Every text here is written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment.sources import registry
from readouts.segment.voices import voice_of


@pytest.mark.parametrize("text", [
    "Nel colloquio di oggi il presidente del Consiglio, Mario Draghi, ha ribadito il sostegno "
    "del governo al negoziato. Lo dichiara Palazzo Chigi in una nota.",
    "Palazzo Chigi said in a note that Prime Minister Mario Draghi had stressed the need for a "
    "ceasefire.",
    "Палаццо Киджи сообщил, что премьер-министр Марио Драги подчеркнул важность перемирия.",
    "意大利总理府表示，德拉吉总理在通话中强调了停火的重要性。",
])
def test_the_office_s_note_naming_its_leader_is_its_readout(text: str) -> None:
    chigi = registry().get("palazzo-chigi")
    assert chigi is not None
    assert voice_of(chigi, text, "Palazzo Chigi").kind == "readout"


def test_an_aide_speaking_still_gives_a_briefing() -> None:
    kremlin = registry().get("kremlin")
    assert kremlin is not None
    text = "Yury Ushakov told reporters that the call had lasted an hour."
    assert voice_of(kremlin, text, "Ushakov").kind == "briefing"
