"""The command line as a user runs it: exit codes, one-line errors, valid JSON.

The commands run in this process (``run_cli``), where the analysis stays loaded; a few run
as `python -m readouts` in a new process, as a user starts it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from cli_console import Ran, run_cli
from conftest import EXAMPLES, copy_db

from readouts.schema import validate


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """`python -m readouts ARGS` in a new process."""
    return subprocess.run([sys.executable, "-m", "readouts", *args], capture_output=True,
                          text=True, timeout=300)


def _one_line_error(ran: Ran | subprocess.CompletedProcess[str], needle: str) -> None:
    err = ran.err if isinstance(ran, Ran) else ran.stderr
    code = ran.code if isinstance(ran, Ran) else ran.returncode
    assert code == 2, err
    assert needle in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err


@pytest.fixture(scope="module")
def examples_json() -> dict:
    ran = run_cli("analyze", str(EXAMPLES), "--json", "--workers", "1")
    assert ran.code == 0, ran.err
    return json.loads(ran.out)


def test_examples_json_matches_schema(examples_json: dict) -> None:
    assert validate(examples_json) == []
    assert examples_json["schema"] == "readouts/1"
    assert len(examples_json["documents"]) == len(list(EXAMPLES.glob("*.*")))


def test_examples_contacts_merge_across_languages(examples_json: dict) -> None:
    events = examples_json["events"]
    # Xinhua also mentions the earlier Busan meeting: a held event no account reports.
    call = [e for e in events if set(e["participants"]) == {"donald-trump", "xi-jinping"}
            and e["status"] == "held" and e["reported_by"]]
    assert len(call) == 1, call
    # English, Chinese and both halves of the Italian compilation report the same call.
    assert len(call[0]["reported_by"]) >= 4
    assert call[0]["type"] == "phone_call"
    assert call[0]["date"] == "2026-09-17"
    video = [e for e in events if set(e["participants"]) == {"vladimir-putin", "xi-jinping"}
             and e["status"] == "held" and e["date"] == "2026-10-20"]
    assert len(video) == 1 and video[0]["type"] == "video_call"
    assert {c["event"] for c in examples_json["comparisons"]} >= {call[0]["id"], video[0]["id"]}


def test_same_bytes_twice_count_once(tmp_path: Path) -> None:
    doc = EXAMPLES / "en-whitehouse-trump-xi-call.md"
    ran = run_cli("analyze", str(doc), str(doc), "--json")
    assert ran.code == 0, ran.err
    assert len(json.loads(ran.out)["documents"]) == 1


def test_stdin_with_published_date() -> None:
    text = b"Il presidente Sergio Mattarella ha avuto ieri sera un colloquio telefonico " \
           b"con il presidente francese Emmanuel Macron."
    ran = run_cli("analyze", "-", "--json", "--published", "2026-03-05", stdin=text)
    assert ran.code == 0, ran.err
    out = json.loads(ran.out)
    assert validate(out) == []
    assert out["documents"][0]["published"] == "2026-03-05"
    event = out["events"][0]
    assert event["type"] == "phone_call" and event["date"] == "2026-03-04"
    assert event["part_of_day"] == "evening"


def test_empty_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    _one_line_error(run_cli("analyze", str(empty)), "empty")


def test_binary_file(tmp_path: Path) -> None:
    blob = tmp_path / "photo.jpg"
    blob.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 50)
    _one_line_error(run_cli("analyze", str(blob)), "binary")


def test_missing_path() -> None:  # as a user starts it: a new process, `python -m readouts`
    _one_line_error(run("analyze", "/no/such/readout.txt"), "no such file")


def test_unsupported_language(tmp_path: Path) -> None:
    doc = tmp_path / "fr.txt"
    doc.write_text("Le président de la République s'est entretenu ce matin par téléphone avec "
                   "le président chinois. Les deux dirigeants ont évoqué le commerce.")
    _one_line_error(run_cli("analyze", str(doc)), "not supported")


def test_unreachable_url() -> None:
    _one_line_error(run_cli("analyze", "http://127.0.0.1:9/x"), "private or loopback")
    _one_line_error(run_cli("analyze", "--allow-private", "http://127.0.0.1:9/x"),
                    "cannot be read")


@pytest.mark.parametrize("value", ["2024-13-45", "yesterday", "12/03/2025"])
def test_bad_published_date_is_refused_before_reading(value: str) -> None:
    _one_line_error(run_cli("analyze", str(EXAMPLES), "--published", value), "--published")


def test_too_short_to_tell_the_language(tmp_path: Path) -> None:
    page = tmp_path / "broken.html"
    page.write_text("<html><body><p>Broken <b>html")
    _one_line_error(run_cli("analyze", str(page)), "too little text")


def test_huge_file(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(200_000_000)  # sparse: 200 MB without writing them
    _one_line_error(run_cli("analyze", str(big)), "larger than")


def test_bad_input_stores_nothing(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'r.db'}"
    good = EXAMPLES / "en-whitehouse-trump-xi-call.md"
    assert run_cli("ingest", str(good), "--db", db).code == 0
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    _one_line_error(run_cli("ingest", str(good), str(EXAMPLES / "ru-kremlin-putin-xi-video.txt"),
                            str(empty), "--db", db), "empty")
    listed = run_cli("events", "--db", db, "--json")
    assert listed.code == 0, listed.err
    stored = json.loads(listed.out)
    # Still exactly what the first ingest stored: the failed batch left nothing behind.
    assert all("vladimir-putin" not in e["participants"] for e in stored)
    assert any("donald-trump" in e["participants"] for e in stored)


def test_ingest_is_idempotent_and_show(examples_db: Path, tmp_path: Path) -> None:
    db = copy_db(examples_db, tmp_path / "r.db")  # the examples, ingested once already
    again = run_cli("ingest", str(EXAMPLES), "--db", db, "--workers", "1")
    assert again.code == 0, again.err
    assert "stored 0 new document(s)" in again.out
    events = json.loads(run_cli("events", "--db", db, "--json", "--actor", "xi-jinping").out)
    assert events and all("xi-jinping" in e["participants"] for e in events)
    shown = run_cli("show", events[0]["id"], "--db", db)
    assert shown.code == 0, shown.err
    _one_line_error(run_cli("show", "no-such-event", "--db", db), "no contact")


def test_corpus_json_matches_schema(corpus: Path) -> None:
    ran = run_cli("analyze", *[str(p) for p in sorted(corpus.glob("*.txt"))], "--json",
                  "--workers", "1")
    assert ran.code == 0, ran.err[-2000:]
    out = json.loads(ran.out)
    assert validate(out) == []
    assert len(out["documents"]) == 60


def _compared_event(db: str) -> str:
    """The id of a stored contact that two sides report (the Putin-Xi video call)."""
    events = json.loads(run_cli("events", "--db", db, "--json", "--actor", "vladimir-putin").out)
    both = [e for e in events if len(e["reported_by"]) >= 2 and e["status"] == "held"]
    assert both, events
    return both[0]["id"]


def test_demo_ingests_the_examples_and_shows_a_comparison(demo_run: tuple[Path, str],
                                                           tmp_path: Path) -> None:
    path, out = demo_run
    assert "8 documents" in out
    assert "Russian" in out and "Chinese" in out  # a side-by-side comparison was printed
    assert f"readouts serve --db sqlite:///{path}" in out
    db = copy_db(path, tmp_path / "demo.db")
    event = _compared_event(db)
    shown = run_cli("show", event, "--db", db)
    assert shown.code == 0, shown.err
    assert "only Russian" in shown.out or "only Chinese" in shown.out
    stored = run_cli("compare", "--event", event, "--db", db, "--format", "markdown")
    assert stored.code == 0, stored.err
    assert stored.out.lstrip().startswith("#")


def test_compare_writes_each_format(tmp_path: Path) -> None:
    docs = [str(EXAMPLES / n) for n in ("ru-kremlin-putin-xi-video.txt",
                                        "it-compilation-putin-xi-five-accounts.md")]
    for fmt, marker in (("html", "<html"), ("markdown", "# "),
                        ("json", '"schema": "readouts/1"')):
        out = tmp_path / f"comparison.{fmt}"
        ran = run_cli("compare", *docs, "--format", fmt, "-o", str(out))
        assert ran.code == 0, ran.err
        assert marker in out.read_text(encoding="utf-8"), fmt


def test_compare_needs_two_sides(tmp_path: Path) -> None:
    _one_line_error(run_cli("compare", str(EXAMPLES / "en-whitehouse-trump-xi-call.md")),
                    "two or more sides")
    _one_line_error(run_cli("compare"), "give documents")


def test_readable_report_lists_speakers_figures_and_missing_text() -> None:
    ran = run_cli("analyze", str(EXAMPLES / "it-compilation-putin-xi-five-accounts.md"),
                  width=160)
    assert ran.code == 0, ran.err
    assert "speakers: Vladimir Putin" in ran.out
    assert "figure: 180 miliardi di dollari = more than 180,000,000,000 USD" in ran.out
    assert "the text of this account is missing" in ran.out  # the announced post with no text


HOSTILE_TITLE = "Call [/red] [link=file:///etc/passwd]details[/link] \\"


def _hostile_documents(folder: Path) -> list[str]:
    """The Trump-Xi call told by both sides, with markup in titles, sentences, file names."""
    en = (EXAMPLES / "en-whitehouse-trump-xi-call.md").read_text(encoding="utf-8")
    en = en.replace("title: Readout of", f"title: {HOSTILE_TITLE} Readout of", 1)
    en += "\nThe White House said the notes [/bold] were [link=file:///etc/passwd]final[/link].\n"
    zh_page = ("<html><head><title>习近平同特朗普通电话 &#27;]8;;file:///etc/passwd&#27;\\"
               "[/red]</title></head><body>"
               + "".join(f"<p>{p}</p>" for p in (EXAMPLES / "zh-xinhua-xi-trump-call.txt")
                         .read_text(encoding="utf-8").split("\n\n")[1:])
               + "</body></html>")
    paths = [folder / "[bold red]white house.md", folder / "[red]xinhua.html"]
    paths[0].write_text(en, encoding="utf-8")
    paths[1].write_text(zh_page, encoding="utf-8")
    return [str(p) for p in paths]


def test_outside_text_is_never_markup_or_escape_codes(tmp_path: Path) -> None:
    docs = _hostile_documents(tmp_path)
    db = f"sqlite:///{tmp_path / 'r.db'}"
    outputs = []
    for args in (("analyze", *docs), ("compare", *docs), ("ingest", *docs, "--db", db),
                 ("events", "--db", db)):
        code, out, err = run_cli(*args, terminal=True)
        assert code == 0, (args, err)
        outputs.append(out)
    code, out, err = run_cli("events", "--db", db, "--json")
    event = next(e["id"] for e in json.loads(out) if len(e["reported_by"]) >= 2)
    for args in (("show", event, "--db", db), ("compare", "--event", event, "--db", db)):
        code, out, err = run_cli(*args, terminal=True)
        assert code == 0, (args, err)
        outputs.append(out)
    screen = "\n".join(outputs)
    assert "[/bold] were [link=file:///etc/passwd]final[/link]" in screen
    assert "[bold red]white house.md" in screen
    assert "Call [/red] [link=file:///etc/passwd]details" in screen
    assert "\x1b]8;" not in screen  # no terminal hyperlink, from markup or from the page
    assert "\x1b\\" not in screen


def test_error_line_drops_escape_codes_of_a_file_name() -> None:
    code, _, err = run_cli("analyze", "\x1b]8;;file:///etc/passwd\x1b\\x")
    assert code == 2
    assert err == "readouts: ]8;;file:///etc/passwd\\x: no such file or folder\n"


def test_unknown_compare_format_is_refused_before_reading() -> None:
    code, _, err = run_cli("compare", "--format", "pdf", "/no/such/readout.txt")
    assert code == 2 and "unknown format 'pdf'" in err


def test_document_past_the_analysis_cap_is_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import readouts.ingest as ingest

    monkeypatch.setattr(ingest, "MAX_CHARS", 1000, raising=False)
    doc = tmp_path / "long.txt"
    doc.write_text("Il presidente Mattarella ha sentito il presidente Macron. " * 20)
    code, _, err = run_cli("analyze", str(doc))
    assert code == 2 and "characters of text, more than the 1,000" in err


def test_default_caps_fit_thirty_seconds_of_analysis() -> None:
    from readouts.ingest import MAX_CHARS
    from readouts.web.app import MAX_UPLOAD_BYTES

    # benchmarks/bench_size.py: about 11 CPU seconds per million characters
    assert MAX_CHARS * 11e-6 <= 30 and MAX_UPLOAD_BYTES <= MAX_CHARS


@pytest.mark.parametrize("args", [("bogus",), ("analyze", "--bogus", "x"),
                                  ("events", "--since")])
def test_usage_errors_exit_2_with_the_usage(args: tuple[str, ...]) -> None:
    code, _, err = run_cli(*args)
    assert code == 2 and "Error: " in err and "unexpected error" not in err


@pytest.mark.parametrize(("url", "needle"), [
    ("2026-09-17", "not a database URL"), ("nosuchdb://x", "not a database URL"),
    ("sqlite:////proc/none/x.db", "cannot open the database"),
    ("postgresql://reader:s3cret@127.0.0.1:1/readouts", "cannot open the database"),
])
def test_bad_database_url_is_one_line_without_the_password(
        url: str, needle: str) -> None:
    code, _, err = run_cli("events", "--db", url)
    assert code == 2 and needle in err and "s3cret" not in err, err
    assert len(err.strip().splitlines()) == 1


def test_compare_leads_with_the_summary_in_italian_too_and_shows_sentences_on_request() -> None:
    docs = [str(EXAMPLES / n) for n in ("ru-kremlin-putin-xi-video.txt",
                                        "it-compilation-putin-xi-five-accounts.md")]
    code, out, err = run_cli("compare", *docs, "--lang", "it")
    assert code == 0, err
    assert "Il resoconto" in out and "Facts, as each source states them" in out
    assert "add --sentences" in out and "p(same)" not in out
    code, out, err = run_cli("compare", *docs, "--sentences")
    assert code == 0, err
    assert "p(same)" in out and "Il resoconto" not in out


def test_compare_output_file_needs_a_file_format(
        tmp_path: Path) -> None:
    code, _, err = run_cli("compare", "/no/such/readout.txt",
                            "-o", str(tmp_path / "o.md"))
    assert code == 2 and "--output needs --format" in err
