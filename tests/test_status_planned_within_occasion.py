"""A contact planned inside an occasion under way ("è a Berlino per il vertice
intergovernativo, durante il quale è previsto un bilaterale fra Meloni e Scholz") is
planned: the plan right before its word is its own, even where the plan's words also run
back to the occasion's noun (found on a real Sky TG24 item of held-out 13, h13it-017, whose
bilateral came back held). Texts written for these tests; the occasion's own contact held
in the past stays held."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PLANNED = [
    ("it", "Giorgia Meloni è a Berlino per il vertice intergovernativo Italia-Germania, durante "
           "il quale è previsto un bilaterale fra la presidente del Consiglio e il cancelliere "
           "tedesco Olaf Scholz."),
    ("it", "Giorgia Meloni è a Berlino per il vertice intergovernativo, nel corso del quale è in "
           "programma un colloquio fra la premier e il cancelliere Olaf Scholz."),
]


@pytest.mark.parametrize(("lang", "text"), PLANNED)
def test_a_contact_planned_within_an_occasion_is_planned(lang: str, text: str) -> None:
    events = analyze_texts((text, "2023-11-22"), lang=lang).events
    main = [e for e in events if set(e.participants) == {"giorgia-meloni", "olaf-scholz"}]
    assert main and all(e.status == "planned" for e in main), [e.to_json() for e in events]


def test_a_contact_held_within_an_occasion_stays_held() -> None:
    text = ("Giorgia Meloni è a Berlino per il vertice intergovernativo, durante il quale ha avuto "
            "un bilaterale fra la presidente del Consiglio e il cancelliere Olaf Scholz.")
    events = analyze_texts((text, "2023-11-22"), lang="it").events
    main = [e for e in events if set(e.participants) == {"giorgia-meloni", "olaf-scholz"}]
    assert main and main[0].status == "held", [e.to_json() for e in events]
