"""A surname the press writes without its accents ("Mexican Premier Pena Nieto", "Lopez
Obrador", "Chretien") is the known leader, not a new person "pena-nieto" (a phantom party
of the calls a wire story lists). Texts written for these tests."""

from __future__ import annotations

import pytest

from readouts.extract.people.actors import actor_index


@pytest.mark.parametrize(("text", "lang", "on", "actor"), [
    ("The President spoke with Canadian Prime Minister Trudeau and Mexican Premier Pena "
     "Nieto on Saturday.", "en", "2017-01-21", "enrique-pena-nieto"),
    ("Il presidente ha sentito il presidente messicano Pena Nieto.", "it", "2017-01-21",
     "enrique-pena-nieto"),
    ("Lopez Obrador spoke with the President about migration.", "en", "2021-03-01",
     "andres-manuel-lopez-obrador"),
    ("Calderon met the President in Washington.", "en", "2010-05-19", "felipe-calderon"),
    ("Chretien met the President in Ottawa.", "en", "1999-03-01", "jean-chretien"),
    ("Juppe and Vedrine spoke of the treaty.", "en", "2011-06-01", "alain-juppe"),
    ("Sejourne met his counterpart in Kyiv.", "en", "2024-02-01", "stephane-sejourne"),
])
def test_a_surname_without_its_accents_is_the_leader(text: str, lang: str, on: str,
                                                      actor: str) -> None:
    found = [m.actor for m in actor_index().find(text, lang, on, None)]
    assert actor in found, found
    assert not any(a.startswith(("pena-", "lopez-", "chretien")) and a != actor
                   for a in found), found
