"""A source's text that names another source's official as a subject of what it tells ("a
proposal Secretary of State Antony Blinken had pitched to Lavrov") is still its readout, in
it/en/ru/zh: only its own aide, or another's speaking ("Песков подтвердил ТАСС"), makes it a
briefing. Every text here is written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment.sources import registry
from readouts.segment.voices import voice_of


@pytest.mark.parametrize(("text", "source"), [
    ("The White House said in a press release that the two leaders discussed a proposal "
     "Secretary of State Antony Blinken had pitched to Sergei Lavrov.", "whitehouse"),
    ("La Casa Bianca ha fatto sapere che i due leader hanno discusso la proposta che Antony "
     "Blinken aveva presentato a Lavrov.", "whitehouse"),
    ("Кремль сообщил, что лидеры обсудили предложение, которое Блинкен ранее передал Сергею "
     "Лаврову.", "kremlin"),
    ("克里姆林宫表示，两国元首讨论了布林肯此前向拉夫罗夫提出的建议。", "kremlin"),
])
def test_another_source_s_official_named_leaves_a_readout(text: str, source: str) -> None:
    src = registry().get(source)
    assert src is not None
    assert voice_of(src, text, source).kind == "readout"


@pytest.mark.parametrize(("text", "source"), [
    ("Пресс-секретарь Путина Дмитрий Песков подтвердил ТАСС, что разговор состоялся.", "tass"),
    ("Peskov said to TASS that the call had taken place.", "tass"),
])
def test_another_source_s_official_speaking_to_it_makes_a_briefing(text: str,
                                                                    source: str) -> None:
    src = registry().get(source)
    assert src is not None
    assert voice_of(src, text, source).kind == "briefing"
