"""A grave or acute accent typed for an apostrophe between letters, as old Italian pages do
("è l`agenzia", "nell´ambito", "un`ora"), is an apostrophe for every later stage, with the
offsets unchanged; elsewhere (a quoted `code`, after a digit) it stays. Found on a real
Corriere della Sera repost (held-out 9 h9it-016) and trial and held-out 2 Italian items."""

from __future__ import annotations

import pytest

from readouts.ingest import RawInput, prepare
from readouts.ingest.normalize import normalize
from readouts.pipeline import analyze_document, link_results


@pytest.mark.parametrize(("raw", "clean"), [
    ("è l`agenzia ufficiale", "è l'agenzia ufficiale"),
    ("nell´ambito delle consultazioni", "nell'ambito delle consultazioni"),
    ("the Kremlin`s statement", "the Kremlin's statement"),
    ("il comando `analyze` e 5`", "il comando `analyze` e 5`"),
])
def test_an_accent_typed_for_an_apostrophe_is_one(raw: str, clean: str) -> None:
    norm = normalize(raw)
    assert norm.text == clean
    assert norm.original_span(0, len(clean)) == raw


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Il premier Giorgia Meloni ha avuto ieri una telefonata con il presidente francese "
           "Emmanuel Macron. La conversazione è durata un`ora e mezza."),
    ("en", "Prime Minister Giorgia Meloni had a phone call with French President Emmanuel Macron "
           "yesterday. The call lasted an hour and a half, Meloni`s office said."),
])
def test_a_duration_written_with_a_grave_apostrophe_is_read(lang: str, text: str) -> None:
    analysis = link_results([analyze_document(p, "2024-05-10", lang=lang)
                             for p in prepare(RawInput("page.txt", text.encode()))])
    assert [e.duration_minutes for e in analysis.events] == [90], \
        [e.to_json() for e in analysis.events]
