"""An arrival in a place for talks ("Erdogan arrived in Sochi for talks with Putin", "è
arrivato a Sochi per colloqui con Putin", «прибыл в Сочи на переговоры с Путиным»): by the
lead's convention (an arrival reported with the meeting still ahead) the contact is the
planned meeting, dated only by its own date words, never by the arrival's day (found on a
real Russian item of held-out 14, read then as the visit begun; on real items of held-out
20, 25 and this stop, AAP, Sky TG24, a rewrite of a Colombian item, Islam Times, the
talks ahead came out held). Talks told as held after the arrival stay a meeting held.
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
def test_an_arrival_for_talks_is_the_planned_meeting(lang: str, text: str) -> None:
    events = analyze_texts((text, "2023-09-04"), lang=lang).events
    assert [(e.type, e.status, e.date, set(e.participants)) for e in events] == [
        ("meeting", "planned", None, {"recep-tayyip-erdogan", "vladimir-putin"})], lang


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Turkish President Recep Tayyip Erdogan arrived at the Kremlin for talks with "
           "Russian President Vladimir Putin."),
    ("it", "Il presidente turco Recep Tayyip Erdogan è arrivato al Cremlino per colloqui con il "
           "presidente russo Vladimir Putin."),
])
def test_an_arrival_at_the_venue_is_no_talks_ahead(lang: str, text: str) -> None:
    """At the talks' own venue the meeting begins: nothing planned."""
    events = analyze_texts((text, "2023-09-04"), lang=lang).events
    assert events and all(e.status == "held" for e in events), lang


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Erdogan arrived in Sochi on Monday. He held talks with Vladimir Putin for four "
           "hours."),
    ("it", "Erdogan è arrivato a Sochi lunedì. Ha avuto colloqui con Vladimir Putin per "
           "quattro ore."),
])
def test_talks_told_as_held_after_the_arrival_stay_a_meeting(lang: str, text: str) -> None:
    events = analyze_texts((text, "2023-09-04"), lang=lang).events
    assert events and events[0].type == "meeting"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Turkish President Recep Tayyip Erdogan arrived in Sochi on Monday for talks with "
           "Vladimir Putin. The two leaders held talks for four hours."),
    ("it", "Il presidente turco Recep Tayyip Erdogan è arrivato lunedì a Sochi per colloqui con "
           "Vladimir Putin. I due leader hanno avuto un colloquio di quattro ore."),
    ("ru", "Президент Турции Реджеп Тайип Эрдоган прибыл в Сочи на переговоры с Владимиром "
           "Путиным. Лидеры провели переговоры, которые длились четыре часа."),
])
def test_talks_told_held_after_the_purpose_stay_held(lang: str, text: str) -> None:
    """The story goes on to tell the talks held: it is after them."""
    events = analyze_texts((text, "2023-09-05"), lang=lang).events
    assert [(e.type, e.status) for e in events] == [("meeting", "held")], lang
