"""A length told of the talks' first part, before they were widened to the delegations ("si
sono intrattenuti per circa venti minuti a colloquio, allargandolo poi alle delegazioni", "they
talked for twenty minutes before widening the talks to the delegations"), is that part's: the
whole meeting's length is not told. Found on Il Foglio (held-out 23, h23it-010); the widening
told with 'allargato poi' on Itasean (h21it-029). Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, only_event

WIDENED = [
    ("it", "Il presidente Sergio Mattarella ha incontrato al Quirinale il re Abdallah II di "
           "Giordania. I due si sono intrattenuti per circa trenta minuti a colloquio, "
           "allargandolo poi alle delegazioni."),
    ("it", "Il presidente Sergio Mattarella ha incontrato al Quirinale il re Abdallah II di "
           "Giordania. Il colloquio, durato mezz'ora, è stato poi allargato alle delegazioni."),
    ("en", "President Sergio Mattarella met King Abdullah II of Jordan at the Quirinale. The two "
           "talked for about thirty minutes before widening the talks to the delegations."),
]


@pytest.mark.parametrize(("lang", "text"), WIDENED)
def test_the_length_before_the_talks_were_widened_is_no_meetings(lang: str, text: str) -> None:
    event = only_event(analyze_texts((text, "2024-02-12"), lang=lang))
    assert event.duration_minutes is None


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Il presidente Sergio Mattarella ha incontrato al Quirinale il re Abdallah II di "
           "Giordania. Il colloquio è durato quasi tre ore. È ora in corso una cena di lavoro "
           "allargata alle delegazioni."),
    ("en", "President Sergio Mattarella met King Abdullah II of Jordan at the Quirinale. The "
           "talks lasted nearly three hours. A working dinner with the delegations followed."),
])
def test_a_length_told_apart_from_the_widening_stays(lang: str, text: str) -> None:
    assert only_event(analyze_texts((text, "2024-02-12"), lang=lang)).duration_minutes == 180
