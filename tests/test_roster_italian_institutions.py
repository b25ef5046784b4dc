"""People a President of the Republic receives who were missing from the roster: the
President of the Senate Maria Elisabetta Alberti Casellati and Rome's mayor Roberto Gualtieri
(found on real Quirinale items in held-out 4, whose meetings came out with no contact). Texts
written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

MET = [
    ("it", "2018-04-20", "Il presidente della Repubblica Sergio Mattarella ha ricevuto oggi al "
           "Quirinale la presidente del Senato Maria Elisabetta Alberti Casellati.",
     {"sergio-mattarella", "maria-elisabetta-alberti-casellati"}),
    ("it", "2022-03-10", "Il presidente Sergio Mattarella ha incontrato questo pomeriggio al "
           "Quirinale il sindaco di Roma Roberto Gualtieri.",
     {"sergio-mattarella", "roberto-gualtieri"}),
    ("ru", "2022-03-10", "Президент Италии Серджо Маттарелла встретился в Квиринальском дворце "
           "с мэром Рима Роберто Гуальтиери.",
     {"sergio-mattarella", "roberto-gualtieri"}),
]


@pytest.mark.parametrize(("lang", "page", "text", "parties"), MET)
def test_the_person_received_is_a_party(lang: str, page: str, text: str,
                                        parties: set[str]) -> None:
    events = analyze_texts((text, page), lang=lang).events
    assert events and events[0].type == "meeting", [e.to_json() for e in events]
    assert set(events[0].participants) == parties

