"""An analyst's corrections: recorded with who, when and why, shown as corrected in the
JSON, kept apart from the machine's output so re-analysis and relinking never lose them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_console import run_cli
from test_store import CALL, COUNTRIES, KAZAN, TRUMP_CALL, sample_analysis

from readouts.errors import InputError
from readouts.schema import validate
from readouts.store import Store, filters, relink
from readouts.store import store as store_module

EXAMPLES = Path(__file__).resolve().parents[1] / "src" / "readouts" / "examples"


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    monkeypatch.setattr(relink, "country_of", COUNTRIES.get)
    monkeypatch.setattr(filters, "country_of", COUNTRIES.get)
    s = Store(f"sqlite:///{tmp_path / 'c.db'}")
    s.save(sample_analysis())
    return s


def _fix(store: Store, target: str, key: str, name: str, value: str,
         by: str = "A. Rossi", why: str = "the Kremlin's transcript") -> None:
    store.correct(target, key, name, value, by, why)


def test_contact_facts_are_overridden_and_marked(store: Store) -> None:
    _fix(store, "event", CALL, "duration_minutes", "85")
    _fix(store, "event", CALL, "type", "phone call")
    _fix(store, "event", CALL, "date", "2025-01")
    _fix(store, "event", CALL, "initiated_by", "Путин")
    _fix(store, "event", CALL, "participants", "Xi Jinping, vladimir-putin, Donald Trump")
    _fix(store, "event", CALL, "duration_minutes", "80", by="B. Bianchi", why="second look")
    event = store.event(CALL)
    assert event.duration_minutes == 80 and event.type == "phone_call"
    assert event.date == "2025-01" and event.date_precision == "month"
    assert event.initiated_by == "vladimir-putin"
    assert event.participants == ["xi-jinping", "vladimir-putin", "donald-trump"]
    assert event.corrected == ["duration_minutes", "type", "date", "initiated_by",
                               "participants"]
    latest = next(c for c in event.corrections if c["field"] == "duration_minutes")
    assert latest["by"] == "B. Bianchi" and latest["why"] == "second look"
    assert latest["was"] is None and latest["at"].endswith("Z")
    other = store.event(TRUMP_CALL)
    assert other.corrected == [] and other.duration_minutes is None
    analysis = store.analysis_for_events([CALL]).to_json()
    assert validate(analysis) == []
    assert analysis["events"][0]["corrected"][0] == "duration_minutes"


def test_sentence_speaker_and_figure_measure(store: Store) -> None:
    _fix(store, "sentence", "dru000000001-r1:3", "speaker", "Си Цзиньпин")
    _fix(store, "sentence", "dzh000000001-r1:2", "speaker", "vladimir-putin")
    _fix(store, "figure", "dzh000000001-r1:0", "about", "agricultural-trade")
    _fix(store, "sentence", "dru000000001-r1:1", "speaker", "none")
    readouts = {r.id: r for r in store.readouts_for_event(CALL)}
    ru, zh = readouts["dru000000001-r1"], readouts["dzh000000001-r1"]
    assert ru.sentences[3].speaker == "xi-jinping"
    assert ru.sentences[1].speaker is None and ru.sentences[1].corrected == ["speaker"]
    assert zh.sentences[2].speaker == "vladimir-putin"
    assert zh.figures[0].about == "agricultural-trade" and zh.figures[0].corrected == ["about"]
    assert zh.figures[0].speaker == "vladimir-putin"  # the figure's sentence's speaker
    assert zh.to_json()["sentences"][0].get("corrected") is None
    assert zh.to_json()["figures"][0]["corrected"] == ["about"]


def test_bad_corrections_say_what_is_accepted(store: Store) -> None:
    cases = [
        ("event", CALL, "colour", "red", "type, status, date"),
        ("event", CALL, "type", "chat", "phone_call, video_call"),
        ("event", CALL, "date", "2025-02-30", "YYYY-MM-DD"),
        ("event", CALL, "part_of_day", "dawn", "morning, afternoon"),
        ("event", CALL, "duration_minutes", "-5", "whole number"),
        ("event", CALL, "initiated_by", "Nobody Atall", "no such person"),
        ("event", "no-such-contact", "type", "meeting", "no contact"),
        ("sentence", "dru000000001-r1:99", "speaker", "xi-jinping", "no sentence"),
        ("sentence", "dru000000001-r1", "speaker", "xi-jinping", "ACCOUNT_ID:N"),
        ("figure", "dru000000001-r1:0", "about", "weather", "agricultural-trade"),
        ("figure", "dru000000001-r1:1", "about", "trade", "no figure"),
    ]
    for target, key, name, value, needle in cases:
        with pytest.raises(InputError, match=needle):
            _fix(store, target, key, name, value)
    with pytest.raises(InputError, match="why"):
        _fix(store, "event", CALL, "type", "meeting", why=" ")
    assert store.event(CALL).corrected == []


def test_correction_follows_its_contact_to_a_new_id(store: Store) -> None:
    """Relinking or re-analysis may give the contact another id: the correction follows the
    accounts that reported it."""
    _fix(store, "event", CALL, "location", "Moscow")
    analysis = sample_analysis()
    for doc in analysis.documents:
        store.delete_document(doc.id)
    assert store.event(CALL) is None
    analysis.events[0].date = "2025-01-22"  # the store names a contact by its date
    store.save(analysis)
    moved = store.event("2025-01-22_vladimir-putin_xi-jinping")
    assert moved.location == "Moscow" and moved.corrected == ["location"]


def _ids(store: Store, **where: object) -> list[str]:
    found = [e.id for e in store.events(**where)]
    assert store.count_events(**where) == len(found)
    return found


def test_filters_and_order_read_the_corrected_facts(store: Store) -> None:
    """A contact corrected from a video call to a meeting is listed under meetings and no
    longer under video calls; a corrected date moves it in and out of date ranges and in
    the order; corrected principals change who and which countries it is listed under."""
    assert _ids(store) == [CALL, TRUMP_CALL, KAZAN]
    _fix(store, "event", CALL, "type", "meeting")
    assert CALL not in _ids(store, type="video_call")
    assert CALL in _ids(store, type="meeting")
    _fix(store, "event", TRUMP_CALL, "date", "2024-09")
    assert _ids(store) == [CALL, KAZAN, TRUMP_CALL]
    assert TRUMP_CALL not in _ids(store, since="2025")
    assert TRUMP_CALL in _ids(store, until="2024-09", since="2024-09")
    _fix(store, "event", TRUMP_CALL, "participants", "Xi Jinping, Путин")
    assert TRUMP_CALL not in _ids(store, actor="donald-trump")
    assert TRUMP_CALL not in _ids(store, country_pair=("CHN", "USA"))
    assert TRUMP_CALL in _ids(store, actor="vladimir-putin", country_pair=("RUS", "CHN"))
    uncorrected = _ids(store, source="xinhua")  # a filter no correction touches still works
    assert CALL in uncorrected


def test_figures_are_found_under_their_corrected_measure(store: Store) -> None:
    before = store.figures(about="trade")
    moved = next(f for f in before if f.readout_id == "dzh000000001-r1")
    _fix(store, "figure", "dzh000000001-r1:0", "about", "agricultural-trade")
    _fix(store, "sentence", f"dzh000000001-r1:{moved.sentence}", "speaker", "wang-yi")
    assert moved.text not in [f.text for f in store.figures(about="trade")]
    found = store.figures(about="agricultural-trade")
    assert [(f.text, f.about, f.speaker) for f in found] == \
        [(moved.text, "agricultural-trade", "wang-yi")]


def test_correcting_the_principals_recomputes_the_comparison(store: Store) -> None:
    """Sides are the principals' governments: with Putin missing from the contact, the
    Kremlin's account is no side and nothing is compared; with him back, it is again."""
    assert sorted(store.comparison(CALL).sides) == ["CHN", "RUS"]
    _fix(store, "event", CALL, "participants", "xi-jinping")
    assert store.comparison(CALL) is None
    store.delete_document("dit000000001")  # the contact is linked and compared again ...
    assert store.comparison(CALL) is None  # ... on the corrected principals
    _fix(store, "event", CALL, "participants", "Си Цзиньпин, Владимир Путин")
    comparison = store.comparison(CALL)
    assert sorted(comparison.sides) == ["CHN", "RUS"]
    assert comparison.sides["RUS"] == ["dru000000001-r1"]


def test_a_correction_failing_half_way_leaves_nothing(store: Store,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The correction and the comparisons it recomputes are one transaction."""
    def broken(conn, event_ids):  # noqa: ANN001, ANN202 - fails after the correction's insert
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(store_module, "recompare", broken)
    with pytest.raises(RuntimeError):
        _fix(store, "event", CALL, "participants", "xi-jinping")
    event = store.event(CALL)
    assert event.corrected == [] and event.participants == ["xi-jinping", "vladimir-putin"]
    assert store.comparison(CALL) is not None


def test_correction_survives_reanalysis_from_the_command_line(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'r.db'}"
    page = tmp_path / "readout.md"
    page.write_bytes((EXAMPLES / "en-whitehouse-trump-xi-call.md").read_bytes())
    code, _, err = run_cli("ingest", str(page), "--db", db, "--workers", "1")
    assert code == 0, err
    code, out, err = run_cli("events", "--db", db, "--json", "--reported")
    assert code == 0, err
    events = json.loads(out)
    call = events[0]
    assert call["duration_minutes"] == 90
    code, out, err = run_cli("fix", call["id"], "duration_minutes", "85",
                             "--by", "A. Rossi", "--why", "Xinhua says 85", "--db", db)
    assert code == 0 and "duration_minutes = 85" in out, err
    code, _, err = run_cli("fix", call["id"], "duration_minutes", "long",
                           "--by", "A. Rossi", "--why", "x", "--db", db)
    assert code == 2 and "whole number of minutes" in err and "Traceback" not in err
    page.unlink()  # re-analysis reads the text kept in the database, not the file
    code, out, err = run_cli("reanalyze", "--db", db, "--published", "2026-09-18")
    assert code == 0 and "analysed 1 document(s) again" in out, err
    # "today" in the readout is now the 18th: the contact gets another id, and the
    # correction follows the account that reports it
    again = json.loads(run_cli("events", "--db", db, "--json", "--reported").out)
    assert [e["date"] for e in again] == ["2026-09-18"]
    call = again[0]
    code, out, _ = run_cli("show", call["id"], "--db", db, "--json")
    shown = json.loads(out)
    assert validate(shown) == []
    assert shown["documents"][0]["published"] == "2026-09-18"
    event = shown["events"][0]
    assert event["duration_minutes"] == 85 and event["corrected"] == ["duration_minutes"]
    assert event["corrections"][0]["was"] == 90
    code, out, _ = run_cli("show", call["id"], "--db", db)
    assert "corrected duration_minutes: 85 (was 90) by A. Rossi" in out
    code, _, err = run_cli("reanalyze", "dnope", "--db", db)
    assert code == 2 and "no stored document dnope" in err
    doc = shown["documents"][0]["id"]
    code, out, err = run_cli("delete", doc, "--db", db)
    assert code == 0, err
    assert json.loads(run_cli("events", "--db", db, "--json").out) == []
