"""One joining a contact still ahead is no attendee of the held one: "Later in the day, the
presidents, to be joined by Italian Prime Minister Giorgia Meloni, will gather for a three-way
summit" tells of the summit to come, so Meloni is neither attendee nor party of the talks just
held (found on a real Hurriyet Daily News item, held-out 11, which made Rouhani a party of the
Erdogan-Putin meeting; cue words in ``attendees_ahead`` of lang/en/contacts.yaml). The Italian
and Russian attendee cues name only who took part, so their sentences of a summit ahead guard
the same."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2024-03-04"
PAIR = {"emmanuel-macron", "olaf-scholz"}

CASES = [
    ("en", "French President Emmanuel Macron on Monday received German Chancellor Olaf Scholz at "
           "the Elysee Palace for a meeting that lasted about an hour. Later in the day, the two "
           "leaders, to be joined by Italian Prime Minister Giorgia Meloni, will gather for a "
           "three-way summit on defence."),
    ("it", "Il presidente francese Emmanuel Macron ha ricevuto lunedì all'Eliseo il cancelliere "
           "tedesco Olaf Scholz per un incontro durato circa un'ora. Più tardi i due leader, ai "
           "quali si unirà la presidente del Consiglio Giorgia Meloni, si riuniranno per un "
           "vertice a tre sulla difesa."),
    ("ru", "Президент Франции Эмманюэль Макрон в понедельник принял в Елисейском дворце канцлера "
           "Германии Олафа Шольца; встреча продолжалась около часа. Позднее к лидерам "
           "присоединится премьер-министр Италии Джорджа Мелони, и они проведут трёхсторонний "
           "саммит по обороне."),
]


@pytest.mark.parametrize(("lang", "text"), CASES, ids=[c[0] for c in CASES])
def test_one_joining_a_summit_ahead_is_no_party_of_the_talks_held(lang: str, text: str) -> None:
    reported = [e for e in analyze_texts((text, PAGE), lang=lang).events if e.reported_by]
    assert [set(e.participants) for e in reported] == [PAIR], [e.to_json() for e in reported]
    assert "giorgia-meloni" not in reported[0].attendees


def test_one_who_joined_the_talks_held_stays_an_attendee() -> None:
    text = ("French President Emmanuel Macron on Monday received German Chancellor Olaf Scholz "
            "at the Elysee Palace. The two leaders were joined by Foreign Minister Stephane "
            "Sejourne.")
    reported = [e for e in analyze_texts((text, PAGE), lang="en").events if e.reported_by]
    assert [set(e.participants) for e in reported] == [PAIR]
    assert "stephane-sejourne" in reported[0].attendees, reported[0].to_json()
