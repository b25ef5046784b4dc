"""kill -9 during a write: the database stays whole and a re-run finishes the job.

Two kinds of writer are killed (SIGKILL) at random points:

- `readouts ingest` of some of the files into one SQLite database (the command run from
  its arguments in a process forked from this one, where the analysis is loaded: a new
  interpreter would spend its seconds loading it before each kill): half the time at a
  random moment of the run, half the time just after the database file starts to change
  (inside the write);
- on SQLite and on PostgreSQL, writers forked with the files analysed once (see
  ``store_writers``) that store a random subset of the files, or analyse every stored
  document again (`readouts reanalyze`), killed at a random moment of their run, which is
  mostly the write.

After each kill: every document stored before is still there with all its accounts,
sentences and claims, each stored account is whole, and on SQLite the integrity and
foreign-key checks pass. At the end one ingest of every file completes and the database
holds exactly what one clean ingest holds (no duplicates). The normal suite kills 3 times
each way; READOUTS_LONG_TESTS=1 kills 50 times each way.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import sqlite3
import time
from pathlib import Path

import pytest
from cli_console import run_cli
from store_dump import dump, dumped_columns
from store_writers import ALL_EXAMPLES, CALL, Analysed, database, fork_writer, ingest_analysed

from readouts.store import Store

LONG = os.environ.get("READOUTS_LONG_TESTS") == "1"
KILLS = 50 if LONG else 3
FILES = ALL_EXAMPLES if LONG else CALL
_KEPT = ("documents", "readouts", "sentences", "mentions", "figures", "claims")


_FORK = multiprocessing.get_context("fork")


def _run_ingest(db: Path, files: list[str]) -> None:
    os._exit(run_cli("ingest", "--db", f"sqlite:///{db}", "--workers", "1", *files).code)


def _ingest(db: Path, files: list[str]) -> multiprocessing.process.BaseProcess:
    """`readouts ingest` in a process of its own, to be killed: forked from this one, it
    runs the command from its arguments to its exit code."""
    proc = _FORK.Process(target=_run_ingest, args=(db, files))
    proc.start()
    return proc


def _stamp(path: Path) -> tuple[int, int]:
    try:
        stat = path.stat()
    except FileNotFoundError:
        return -1, -1
    return stat.st_size, stat.st_mtime_ns


def _timed_ingest(db: Path, files: list[str]) -> float:
    """How long an ingest takes from start to end, unkilled."""
    started = time.monotonic()
    proc = _ingest(db, files)
    proc.join(600)
    assert proc.exitcode == 0, proc.exitcode
    return time.monotonic() - started


def _kill_at_random(db: Path, files: list[str], rng: random.Random, took: float) -> bool:
    """Start an ingest and SIGKILL it: at a random moment of the time an unkilled one
    ``took``, or just as it begins writing. True when it was still running (killed), False
    when it had finished."""
    wal = Path(f"{db}-wal")
    start = _stamp(wal)
    proc = _ingest(db, files)
    deadline = time.monotonic() + (rng.uniform(0.2, 1.2) * took if rng.random() < 0.5 else 120)
    while proc.exitcode is None and time.monotonic() < deadline:
        if deadline - time.monotonic() > 60 and _stamp(wal) != start:
            time.sleep(rng.uniform(0, 0.05))  # somewhere inside the write transaction
            break
        time.sleep(0.002)
    if proc.exitcode is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.join()
    return proc.exitcode == -signal.SIGKILL


def _content(url: str) -> dict[str, list[tuple]]:
    """The dump, where the link from an account or a claim to its contact is left out:
    an account stored later may rightly move an earlier one's contact (its date, its id)."""
    store = Store(url)
    try:
        out = dump(store.engine)
        for table in ("readouts", "claims"):
            link = dumped_columns(store.engine, table).index("event_id")
            out[table] = [row[:link] + row[link + 1:] for row in out[table]]
        return out
    finally:
        store.close()


def _check_whole(url: str) -> None:
    if url.startswith("sqlite:///"):
        with sqlite3.connect(url.removeprefix("sqlite:///")) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


class _Checker:
    """What a clean ingest of every file stores, and the checks after each kill."""

    def __init__(self, expected: dict[str, list[tuple]]) -> None:
        self.expected = expected
        self.sentences_of: dict[str, int] = {}
        for row in expected["sentences"]:
            self.sentences_of[row[0]] = self.sentences_of.get(row[0], 0) + 1

    def after_kill(self, n: int, url: str, before: dict[str, list[tuple]]) -> None:
        _check_whole(url)
        after = _content(url)
        for table in _KEPT:
            assert set(before[table]) <= set(after[table]), f"kill {n}: {table} lost rows"
        assert set(after["documents"]) <= set(self.expected["documents"])
        for rid, count in self.sentences_of.items():  # an account is whole or not there
            stored = sum(1 for row in after["sentences"] if row[0] == rid)
            assert stored in (0, count), f"kill {n}: account {rid} is partly stored"


def _ingested(db: str, files: list[str]) -> None:
    """`readouts ingest` run to its end (in this process, where the analysis is loaded)."""
    ran = run_cli("ingest", "--db", db, "--workers", "1", *files)
    assert ran.code == 0, ran.err


def test_kill_9_of_the_ingest_command_loses_nothing_and_a_rerun_completes(
        tmp_path: Path) -> None:
    _ingested(f"sqlite:///{tmp_path / 'clean.db'}", FILES)
    checker = _Checker(_content(f"sqlite:///{tmp_path / 'clean.db'}"))
    db = tmp_path / "killed.db"
    url = f"sqlite:///{db}"
    took = _timed_ingest(tmp_path / "timed.db", FILES)
    rng = random.Random(9)
    started = time.monotonic()
    killed = 0
    for n in range(KILLS):
        before = _content(url)
        killed += _kill_at_random(db, rng.sample(FILES, rng.randint(1, len(FILES))), rng, took)
        checker.after_kill(n, url, before)
    _ingested(url, FILES)
    _check_whole(url)
    assert _content(url) == checker.expected
    print(f"ingest command, sqlite: {KILLS} runs, {killed} killed running, nothing lost, "
          f"re-run complete ({time.monotonic() - started:.0f} s)")


def _run_writer(url: str, files: list[str], analysed: Analysed, errors: Path) -> float:
    """How long a writer takes from start to end, unkilled."""
    started = time.monotonic()
    proc = fork_writer(url, files, analysed, errors)
    proc.join(600)
    assert proc.exitcode == 0, errors.read_text() if errors.exists() else proc.exitcode
    return time.monotonic() - started


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_kill_9_of_writers_and_reanalysis_loses_nothing(kind: str, tmp_path: Path,
                                                        call_analysed: Analysed) -> None:
    analysed = Analysed.of(FILES) if LONG else call_analysed
    clean = database(kind, tmp_path, "clean.db")
    ingest_analysed(clean, FILES, analysed)
    checker = _Checker(_content(clean))
    url = database(kind, tmp_path, "killed.db")
    errors = tmp_path / "writer.err"
    took = {"ingest": _run_writer(url, FILES[:1], analysed, errors),
            "reanalyze": _run_writer(url, [], analysed, errors)}
    rng = random.Random(15)
    started = time.monotonic()
    killed = 0
    for n in range(KILLS):
        before = _content(url)
        files = [] if before["documents"] and rng.random() < 0.3 else \
            rng.sample(FILES, rng.randint(1, len(FILES)))
        proc = fork_writer(url, files, analysed, errors)
        proc.join(rng.uniform(0.2, 1.2) * took["ingest" if files else "reanalyze"])
        if proc.exitcode is None:
            os.kill(proc.pid, signal.SIGKILL)
            killed += 1
        proc.join()
        assert proc.exitcode in (0, -signal.SIGKILL), errors.read_text()
        checker.after_kill(n, url, before)
    ingest_analysed(url, FILES, analysed)
    _check_whole(url)
    assert _content(url) == checker.expected
    print(f"forked writers, {kind}: {KILLS} runs, {killed} killed running, nothing lost, "
          f"re-run complete ({time.monotonic() - started:.0f} s)")
