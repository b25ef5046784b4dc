"""A person's visit to a country is a visit whichever the country ("during Prachanda's
recent visit to India", "la recente visita di Prachanda in India"): the English cue named
a handful of countries only, the Italian one "visita in" and "visita a" without the
visitor between (found on a real IANS item about a Modi-Prachanda call, whose earlier
visit went unread). Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

TEXTS = [
    ("en", "Prime Minister Narendra Modi had a telephone conversation with Prime Minister "
           "Pushpa Kamal Dahal on Saturday. The two leaders followed up on the talks held "
           "during Dahal's recent visit to India from May 31 to June 3."),
    ("it", "Il primo ministro Narendra Modi ha avuto sabato una conversazione telefonica con "
           "il primo ministro Pushpa Kamal Dahal. I due leader hanno ripreso i colloqui "
           "avuti durante la recente visita di Dahal in India dal 31 maggio al 3 giugno."),
]


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_an_earlier_visit_to_a_country_is_mentioned(lang: str, text: str) -> None:
    events = analyze_texts((text, "2023-08-05"), lang=lang).events
    reported = [e for e in events if e.reported_by]
    assert reported and reported[0].type == "phone_call"
    visits = [e for e in events if e.type == "visit"]
    assert visits and visits[0].status == "held"
    assert set(visits[0].participants) == {"narendra-modi", "pushpa-kamal-dahal"}
    assert visits[0].date.startswith("2023-05")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The minister's visit to Lombardy's hospitals was cancelled."),
    ("it", "La visita di Stato in Giappone è stata rinviata."),
])
def test_no_visitor_named_no_new_visit_of_two(lang: str, text: str) -> None:
    events = analyze_texts((text, "2023-08-05"), lang=lang).events
    assert not [e for e in events if len(e.participants) >= 2]
