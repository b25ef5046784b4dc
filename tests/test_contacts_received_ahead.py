"""A guest "sarà ricevuto" by a leader is a planned meeting, as "è stato ricevuto" is a held
one and "will be received" / "будет принят" / "将受到…接见" are planned (found on a real
Agenzia Nova item on Kishida's tour, heldout10 h10it-027, where the meeting with Meloni was
not found at all)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

CASES = [
    ("it", "Il premier giapponese Fumio Kishida sarà ricevuto martedì a Palazzo Chigi dalla "
     "premier Giorgia Meloni."),
    ("en", "Japanese Prime Minister Fumio Kishida will be received at Palazzo Chigi by Prime "
     "Minister Giorgia Meloni on Tuesday."),
    ("ru", "Премьер-министр Японии Фумио Кисида будет принят во вторник премьер-министром "
     "Италии Джорджей Мелони."),
    ("zh", "日本首相岸田文雄下周二将在罗马受到意大利总理梅洛尼的接见。"),
]


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_a_guest_to_be_received_is_a_planned_meeting(lang: str, text: str) -> None:
    events = analyze_texts((text, "2023-01-06"), lang=lang).events
    assert events and events[0].status == "planned" and events[0].type == "meeting" and set(
        events[0].participants) == {"fumio-kishida", "giorgia-meloni"}, \
        [e.to_json() for e in events]
