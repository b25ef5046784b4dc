"""Talks named with their medium after them are one video contact ("проведут 4 февраля
переговоры по видеосвязи", "встреча в режиме видеоконференции"): the day next to "переговоры"
is the video call's, not a meeting's beside it, as in "talks by video link on February 4",
"colloqui in videoconferenza", "举行视频会晤"."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PUTIN_XI = {"vladimir-putin", "xi-jinping"}
TEXTS = {
    "ru": "Президент России Владимир Путин и председатель КНР Си Цзиньпин проведут 4 февраля "
          "переговоры по видеосвязи. Об этом сообщило Центральное телевидение Китая.",
    "en": "Russian President Vladimir Putin and Chinese President Xi Jinping will hold talks by "
          "video link on February 4, Chinese state television said.",
    "it": "Il presidente russo Vladimir Putin e il presidente cinese Xi Jinping terranno il 4 "
          "febbraio colloqui in videoconferenza, ha riferito la tv cinese.",
    "zh": "据中央电视台报道,国家主席习近平将于2月4日同俄罗斯总统普京举行视频会晤。",
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_video_talks_keep_their_day(lang: str) -> None:
    analysis = analyze_texts((TEXTS[lang], "2026-02-03"), lang=lang)
    found = [(e.type, e.status, e.date) for e in analysis.events
             if set(e.participants) == PUTIN_XI]
    assert found == [("video_call", "planned", "2026-02-04")], \
        [e.to_json() for e in analysis.events]


def test_a_meeting_in_videoconference_format_is_a_video_call() -> None:
    text = ("Владимир Путин 12 мая провел встречу в режиме видеоконференции с председателем КНР "
            "Си Цзиньпином.")
    found = [(e.type, e.date) for e in analyze_texts((text, "2025-05-13"), lang="ru").events]
    assert found == [("video_call", "2025-05-12")], found
