"""A visit paid to the Pope is the contact itself, a visit (the convention of held-out 10: a
President's official visit to the Pope, or the Pope's to him): "Mattarella ha fatto visita oggi
in Vaticano al nuovo Papa, Leone XIV" came out a meeting (found on a real Open item of
held-out 13), where "Papa Leone XIV ha fatto visita al presidente" was read already. An
audience the Pope grants stays a meeting."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2025-06-06"

PAID = [
    ("it", "Il presidente della Repubblica Sergio Mattarella ha fatto visita oggi in Vaticano al "
           "nuovo Papa, Leone XIV. Quaranta minuti di faccia a faccia."),
    ("en", "Italian President Sergio Mattarella paid a visit to Pope Leo XIV at the Vatican "
           "today, a 40-minute meeting."),
    ("ru", "Президент Италии Серджо Маттарелла сегодня нанес визит Папе Римскому Льву XIV в "
           "Ватикане."),
]


@pytest.mark.parametrize(("lang", "text"), PAID)
def test_a_visit_paid_to_the_pope_is_a_visit(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert events and events[0].type == "visit", (lang, [e.to_json() for e in events])
    assert set(events[0].participants) == {"sergio-mattarella", "leo-xiv"}


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Papa Leone XIV ha ricevuto in udienza oggi in Vaticano la presidente del Consiglio "
           "Giorgia Meloni."),
    ("en", "Pope Leo XIV received Prime Minister Giorgia Meloni in audience at the Vatican "
           "today."),
])
def test_an_audience_stays_a_meeting(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert events and events[0].type == "meeting", (lang, [e.to_json() for e in events])
