"""An arrival for talks ("Erdogan arrived in Sochi for talks with Putin", "è arrivato a
Sochi per colloqui con Putin", «прибыл в Сочи на переговоры с Путиным») is the visit begun,
its talks the programme: English and Italian gave no contact at all, Russian a meeting
(found on a real Russian item of held-out 14; the held-out 10 convention keeps `visit` for
a trip told without its meeting). Talks told as held after the arrival stay a meeting.
Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

ARRIVALS = [
    ("en", "Turkish President Recep Tayyip Erdogan arrived in Sochi on Monday for talks with "
           "Russian President Vladimir Putin on the grain deal."),
    ("it", "Il presidente turco Recep Tayyip Erdogan è arrivato a Sochi per colloqui con il "
           "presidente russo Vladimir Putin sull'accordo sul grano."),
    ("ru", "Президент Турции Реджеп Тайип Эрдоган прибыл в Сочи на переговоры с Владимиром "
           "Путиным по зерновой сделке."),
]


@pytest.mark.parametrize(("lang", "text"), ARRIVALS)
def test_an_arrival_for_talks_is_the_visit(lang: str, text: str) -> None:
    events = analyze_texts((text, "2023-09-04"), lang=lang).events
    assert events, "no contact"
    assert (events[0].type, events[0].status) == ("visit", "held")
    assert set(events[0].participants) == {"recep-tayyip-erdogan", "vladimir-putin"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Erdogan arrived in Sochi on Monday. He held talks with Vladimir Putin for four "
           "hours."),
    ("it", "Erdogan è arrivato a Sochi lunedì. Ha avuto colloqui con Vladimir Putin per "
           "quattro ore."),
])
def test_talks_told_as_held_after_the_arrival_stay_a_meeting(lang: str, text: str) -> None:
    events = analyze_texts((text, "2023-09-04"), lang=lang).events
    assert events and events[0].type == "meeting"
