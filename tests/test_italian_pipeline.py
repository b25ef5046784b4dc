"""The whole pipeline on Italian texts of the kinds our first user reads: a Palazzo Chigi
note, a press agency item, a newspaper's compilation of two sides' accounts.

The texts are written for these tests in the style of the genre; the contacts are invented.
"""

from __future__ import annotations

import hashlib

from readouts.ingest import PreparedText
from readouts.model import Analysis, Event
from readouts.pipeline import analyze_document, link_results

CHIGI = """\
Colloquio telefonico del Presidente Meloni con il Presidente Zelensky

Roma, 14 marzo 2025

Il Presidente del Consiglio, Giorgia Meloni, ha avuto oggi pomeriggio un colloquio telefonico \
con il Presidente dell'Ucraina, Volodymyr Zelensky, su richiesta di quest'ultimo. Il colloquio, \
durato circa quaranta minuti, si è svolto in un clima cordiale e costruttivo.

Il Presidente Meloni ha ribadito il pieno sostegno dell'Italia all'Ucraina e ha sottolineato \
l'importanza di garanzie di sicurezza credibili.

Il Presidente Zelensky ha ringraziato l'Italia per i tredici pacchetti di aiuti e ha affermato \
che oltre 1.000 droni sono stati abbattuti nell'ultima settimana.

I due leader hanno concordato di incontrarsi a Roma il mese prossimo, in occasione della \
conferenza per la ricostruzione dell'Ucraina.
"""

AGENCY = """\
Mattarella sente Steinmeier, telefonata cordiale

(ANSA) - ROMA, 3 FEB 2026 - Il presidente della Repubblica Sergio Mattarella ha avuto ieri sera \
una telefonata con il presidente federale tedesco Frank-Walter Steinmeier. Al centro del \
colloquio, durato oltre un'ora, la crisi in Medio Oriente e la cooperazione tra Italia e \
Germania, il cui interscambio ha superato i 160 miliardi di euro nel 2025. Mattarella ha \
sottolineato che l'Europa deve parlare con una sola voce. Steinmeier ha invitato Mattarella \
a Berlino in primavera.
"""


def _analyze(*texts: tuple[str, str | None]) -> Analysis:
    results = []
    for n, (body, published) in enumerate(texts):
        sha = hashlib.sha256(body.encode()).hexdigest()
        prepared = PreparedText(origin=f"it-{n}.txt", sha256=sha, body=body)
        results.append(analyze_document(prepared, published))
    return link_results(results)


def _held(analysis: Analysis, *people: str) -> Event:
    found = [e for e in analysis.events if e.status == "held" and e.reported_by
             and set(people) <= set(e.participants)]
    assert len(found) == 1, analysis.events
    return found[0]


def test_palazzo_chigi_note() -> None:
    analysis = _analyze((CHIGI, None))
    document = analysis.documents[0]
    assert document.language == "it" and document.published == "2025-03-14"
    call = _held(analysis, "giorgia-meloni", "volodymyr-zelenskyy")
    assert (call.type, call.date, call.part_of_day) == ("phone_call", "2025-03-14", "afternoon")
    assert call.duration_minutes == 40
    readout = document.readouts[0]
    assert {"cordial", "constructive"} <= set(readout.characterization)
    speakers = {s.speaker for s in readout.sentences if s.speaker}
    assert {"giorgia-meloni", "volodymyr-zelenskyy"} <= speakers
    assert "ukraine" in {t for s in readout.sentences for t in s.topics}
    drones = [f for f in readout.figures if f.unit == "drone"]
    assert drones and drones[0].value == 1000 and drones[0].qualifier == "more_than"
    assert drones[0].speaker == "volodymyr-zelenskyy"
    planned = [e for e in analysis.events if e.status == "planned"]
    assert planned and planned[0].date == "2025-04"


def test_agency_item_relative_date_and_trade_figure() -> None:
    analysis = _analyze((AGENCY, None))
    document = analysis.documents[0]
    assert document.published == "2026-02-03"
    readout = document.readouts[0]
    assert readout.kind == "news" and readout.side is None
    call = _held(analysis, "sergio-mattarella", "frank-walter-steinmeier")
    assert call.type == "phone_call"
    assert (call.date, call.part_of_day) == ("2026-02-02", "evening")
    assert call.duration_minutes is not None and call.duration_minutes >= 60
    trade = [f for f in readout.figures if f.unit == "EUR"]
    assert trade and trade[0].value == 160e9 and trade[0].qualifier == "more_than"
    assert trade[0].about == "trade"
    assert "middle-east" in {t for s in readout.sentences for t in s.topics}


def test_the_same_call_in_two_italian_documents_is_one_event() -> None:
    analysis = _analyze((CHIGI, None), (CHIGI.replace("ha avuto oggi pomeriggio",
                                                      "ha avuto nel pomeriggio"), None))
    call = _held(analysis, "giorgia-meloni", "volodymyr-zelenskyy")
    assert len(call.reported_by) == 2


def test_every_account_of_a_compilation_reports_its_story() -> None:
    from pathlib import Path

    example = (Path(__file__).resolve().parents[1] / "src" / "readouts" / "examples"
               / "it-compilation-putin-xi-five-accounts.md")
    analysis = _analyze((example.read_text(encoding="utf-8"), None))
    call = _held(analysis, "vladimir-putin", "xi-jinping")
    accounts = {r.id: r for r in analysis.documents[0].readouts}
    told = {accounts[r].kind for r in call.reported_by}
    # The compiler's lead (news), Xinhua and the MFA readouts, the Kremlin transcript and
    # the aide's briefing, which names no contact of its own but gives its length; the
    # missing post has no text.
    assert len(call.reported_by) == 5 and told == {"news", "readout", "transcript", "briefing"}
    assert call.type == "video_call" and call.duration_minutes == 120
    visits = [e for e in analysis.events if e.type == "visit"]
    assert [(e.status, e.date) for e in visits] == [("planned", "2027")]
