"""Talks held over a video channel ("via an encrypted video channel", "attraverso un canale
video criptato", "по защищенному видеоканалу", "通过加密视频频道") are a video call, not a
meeting (found on a real TASS item on a Putin-Xi video call); tests en/it/ru/zh."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, only_event


@pytest.mark.parametrize("text", [
    "Russian President Vladimir Putin and Chinese President Xi Jinping are holding talks via "
    "an encrypted video channel on Friday.",
    "Il presidente russo Vladimir Putin e il presidente cinese Xi Jinping hanno avuto oggi un "
    "colloquio attraverso un canale video criptato.",
    "Президент России Владимир Путин и председатель КНР Си Цзиньпин проводят переговоры по "
    "защищенному видеоканалу.",
    "俄罗斯总统普京与中国国家主席习近平通过加密视频频道举行会谈。",
])
def test_talks_over_a_video_channel_are_a_video_call(text: str) -> None:
    event = only_event(analyze_texts((text, "2022-12-30")))
    assert event.type == "video_call"
    assert set(event.participants) == {"vladimir-putin", "xi-jinping"}
