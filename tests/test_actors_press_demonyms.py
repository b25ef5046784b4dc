"""The Italian press's periphrases for a country ("il capo dello Stato carioca", "il presidente
transalpino", "il premier ellenico", "il premier nipponico"): a foreign leader, never the
Italian head of state the bare role would be (open issue item, found on a real Italian item
where 'capo dello Stato carioca' resolved to Mattarella)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PERIPHRASES = [
    ("Il capo dello Stato carioca Lula ha incontrato Giorgia Meloni a Roma.",
     {"luiz-inacio-lula-da-silva", "giorgia-meloni"}),
    ("Il capo dello Stato carioca ha incontrato la premier Giorgia Meloni a Roma.",
     {"luiz-inacio-lula-da-silva", "giorgia-meloni"}),
    ("Il presidente transalpino ha ricevuto Giorgia Meloni all'Eliseo.",
     {"emmanuel-macron", "giorgia-meloni"}),
    ("Il premier ellenico ha avuto una telefonata con Giorgia Meloni.",
     {"kyriakos-mitsotakis", "giorgia-meloni"}),
]


@pytest.mark.parametrize(("text", "pair"), PERIPHRASES)
def test_a_press_periphrasis_names_the_foreign_leader(text: str, pair: set[str]) -> None:
    events = [e for e in analyze_texts((text, "2025-03-10"), lang="it").events if e.reported_by]
    assert [set(e.participants) for e in events] == [pair], [e.to_json() for e in events]
