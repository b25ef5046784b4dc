"""A home title with a name of its own after a comma ("il presidente della Repubblica, Kaies
Saied") is that person's, never Italy's president's: a spelling the roster does not know left
the bare title to Mattarella, and a Meloni visit to Tunis came out a meeting with him (found
on a real Agenzia Nova item in held-out 22; the comma apposition is the agencies' usual form,
seen on four more Nova, Italpress and Askanews items). Only Italian has home titles. Texts
written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts


@pytest.mark.parametrize(("text", "expected"), [
    # an unknown spelling after the comma: his title, and no meeting with Mattarella
    ("La premier Giorgia Meloni ha incontrato ieri a Tunisi il presidente della Repubblica, "
     "Kaies Saied.", ["giorgia-meloni", "kais-saied"]),
    ("Il cancelliere Olaf Scholz ha incontrato ieri il Capo dello Stato, Frank Walter "
     "Steinmaier, nel castello di Bellevue.", ["frank-walter-steinmaier", "olaf-scholz"]),
])
def test_an_apposed_unknown_name_owns_the_home_title(text: str, expected: list[str]) -> None:
    events = analyze_texts((text, "2023-06-06"), lang="it").events
    assert [sorted(e.participants) for e in events] == [expected]


@pytest.mark.parametrize("text", [
    # guards: a known name after the comma, a home title alone, a clause after the comma
    "La premier Giorgia Meloni ha incontrato ieri il presidente della Repubblica, Sergio "
    "Mattarella, al Quirinale.",
    "La premier Giorgia Meloni ha incontrato ieri al Quirinale il presidente della Repubblica.",
    "La premier Giorgia Meloni ha incontrato ieri il capo dello Stato, che l'ha ricevuta al "
    "Quirinale.",
])
def test_the_home_holder_stays_where_no_other_name_follows(text: str) -> None:
    events = analyze_texts((text, "2023-06-06"), lang="it").events
    assert [sorted(e.participants) for e in events] == [["giorgia-meloni", "sergio-mattarella"]]
