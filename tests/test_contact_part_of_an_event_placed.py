"""A part of day written on another event's noun with its place between ("l'attacco in Siria
di questa notte", "the strikes on Syria last night", «удар по Сирии этой ночью») is that
event's, not the contact's (found on a real LaPresse item of held-out 12, h12it-010: a
Mattarella-Gentiloni call about the night's strikes came back as a night call). Texts
written for these tests; the contact's own part of day beside such a noun stays."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, only_event

EVENT_PART = [
    ("it", "Il presidente della Repubblica Sergio Mattarella ha sentito telefonicamente il "
           "premier Paolo Gentiloni in merito all'attacco in Siria di questa notte."),
    ("it", "Il presidente della Repubblica Sergio Mattarella ha sentito telefonicamente il "
           "premier Paolo Gentiloni sui raid aerei contro la Siria della scorsa notte."),
    ("en", "President Sergio Mattarella spoke by phone with Prime Minister Paolo Gentiloni "
           "about the strikes on Syria last night."),
    ("ru", "Президент Италии Серджо Маттарелла провел телефонный разговор с премьер-министром "
           "Паоло Джентилони по поводу удара по Сирии этой ночью."),
]


@pytest.mark.parametrize(("lang", "text"), EVENT_PART)
def test_the_part_of_day_of_a_placed_event_is_not_the_contacts(lang: str, text: str) -> None:
    event = only_event(analyze_texts((text, "2018-04-14"), lang=lang))
    assert set(event.participants) == {"sergio-mattarella", "paolo-gentiloni"}
    assert event.part_of_day is None, event.to_json()


def test_the_contacts_own_part_of_day_beside_the_event_stays() -> None:
    text = ("Questa mattina il presidente della Repubblica Sergio Mattarella ha sentito "
            "telefonicamente il premier Paolo Gentiloni in merito all'attacco in Siria.")
    assert only_event(analyze_texts((text, "2018-04-14"), lang="it")).part_of_day == "morning"
