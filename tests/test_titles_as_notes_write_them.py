"""An office written as official notes write it, each word capitalised ("il Principe
Ereditario e Primo Ministro dell'Arabia Saudita", "il Ministro degli Esteri cinese", "the
Crown Prince and Prime Minister of Saudi Arabia"), names its holder as the press's lower-case
form does: Palazzo Chigi's note of Meloni's call with the Saudi crown prince named him so and
a mistyped name, and the call came out with no counterpart (found on a real item relayed by
an aggregator). Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

CASES = [
    ("it", "Conversazione telefonica tra Giorgia Meloni e il Principe Ereditario e Primo "
           "Ministro dell'Arabia Saudita. I due leader hanno discusso della situazione in "
           "Ucraina.", {"giorgia-meloni", "mohammed-bin-salman"}),
    ("it", "Il Presidente del Consiglio ha avuto oggi un colloquio telefonico con il Primo "
           "Ministro dell'Arabia Saudita.", {"giorgia-meloni", "mohammed-bin-salman"}),
    ("it", "Giorgia Meloni ha avuto oggi una telefonata con il Vicepresidente e Primo "
           "Ministro degli Emirati Arabi Uniti.",
     {"giorgia-meloni", "mohammed-bin-rashid-al-maktoum"}),
    ("en", "Prime Minister Giorgia Meloni spoke by phone with the Crown Prince and Prime "
           "Minister of Saudi Arabia today.", {"giorgia-meloni", "mohammed-bin-salman"}),
]


@pytest.mark.parametrize(("lang", "text", "who"), CASES)
def test_a_capitalised_office_names_its_holder(lang: str, text: str, who: set[str]) -> None:
    events = analyze_texts((text, "2025-03-15"), lang=lang).events
    reported = [e for e in events if e.reported_by]
    assert reported and set(reported[0].participants) == who


def test_a_capitalised_word_that_is_no_office_names_nobody() -> None:
    text = "Giorgia Meloni ha avuto oggi una telefonata con il Ministro. Nessun altro dettaglio."
    events = analyze_texts((text, "2025-03-15"), lang="it").events
    assert all(len(e.participants) < 2 for e in events)
