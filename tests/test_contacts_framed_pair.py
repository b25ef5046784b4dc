"""An opening clause naming another contact's two ("Dopo l'incontro alla Casa Bianca tra
Meloni e Trump,", "After the meeting between Meloni and Trump at the White House,",
"在梅洛尼与特朗普会晤后，") gives no party to the contact the sentence reports after it: the
call is von der Leyen's with Meloni, not Meloni's with Trump."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2025-04-18"
CALL = {"giorgia-meloni", "ursula-von-der-leyen"}

FRAMED = [
    ("it", "Dopo l'incontro alla Casa Bianca tra Giorgia Meloni e Donald Trump, la presidente "
           "della Commissione europea Ursula von der Leyen ha avuto una conversazione telefonica "
           "con Giorgia Meloni."),
    ("en", "After the meeting between Giorgia Meloni and Donald Trump at the White House, "
           "Commission President Ursula von der Leyen held a phone call with Giorgia Meloni."),
    ("zh", "在梅洛尼与特朗普会晤后，欧盟委员会主席冯德莱恩同梅洛尼通电话。"),
]


@pytest.mark.parametrize(("lang", "text"), FRAMED)
def test_the_opening_clauses_pair_is_no_party_of_the_call(lang: str, text: str) -> None:
    reported = [e for e in analyze_texts((text, PAGE), lang=lang).events if e.reported_by]
    assert reported and set(reported[0].participants) == CALL, (
        lang, [e.to_json() for e in reported])
    assert reported[0].type == "phone_call", (lang, reported[0].type)
