"""A final accent typed as an apostrophe, as some Italian wires and sites write every accent
("e' stato ricevuto", "incontrera' il presidente", "Venerdi' 6"), is the accented vowel the
cues know; a truncation that takes the apostrophe ("un po'") and a quotation's closing mark
are left alone, and offsets still point at the original."""

import pytest

from readouts.ingest import RawInput, prepare
from readouts.ingest.normalize import normalize
from readouts.pipeline import analyze_document, link_results


@pytest.mark.parametrize(("raw", "clean"), [
    ("E' stato ricevuto e sara' accolto", "È stato ricevuto e sarà accolto"),
    ("Venerdi\u2019 6 novembre incontrera\u2019 il presidente.",
     "Venerdì 6 novembre incontrerà il presidente."),
    ("perche' no, cosi' li' e poi", "perché no, così lì e poi"),
])
def test_an_apostrophe_for_an_accent_is_the_accent(raw: str, clean: str) -> None:
    folded = normalize(raw)
    assert folded.text == clean
    assert folded.original_span(0, len(folded.text)) == raw


@pytest.mark.parametrize("text", [
    "un po' di tempo, di' la verità, va' via",
    "il cosiddetto 'piano Mattei' e poi",
    "the 'Meloni' effect and Abe's visit",
])
def test_truncations_and_quotations_keep_their_apostrophe(text: str) -> None:
    assert normalize(text).text == text


def test_a_meeting_written_with_apostrophes_is_found() -> None:
    text = ("Il Presidente della Repubblica, Sergio Mattarella, e' in visita di Stato in "
            "Vietnam. Venerdi' il Presidente incontrera' il Presidente della Repubblica "
            "Socialista del Vietnam, Truong Tan Sang.")
    prepared = prepare(RawInput("t.txt", text.encode()))[0]
    prepared.meta["date"] = "2015-11-05"
    analysis = link_results([analyze_document(prepared)])
    assert [(e.type, e.status, e.date, set(e.participants)) for e in analysis.events] == [
        ("meeting", "planned", "2015-11-06", {"sergio-mattarella", "truong-tan-sang"})]
