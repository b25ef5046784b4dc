"""Several writers storing into one database at once.

Each round starts N processes on overlapping sets of the bundled examples (every file is
given to more than one of them) against a new database, and checks: every process exits 0
with no traceback, and the database holds exactly what one sequential `readouts ingest` of
all the files holds (compared by a dump: no duplicate, nothing lost, the same contacts and
comparisons whichever process stored what first).

The normal suite runs one round of 4 `readouts ingest` processes on the three accounts of
one call, on SQLite (and on PostgreSQL when READOUTS_TEST_POSTGRES is set).
READOUTS_LONG_TESTS=1 runs 50 rounds each of 4 and 8 writers on every bundled example;
those writers are forked with the files analysed once (``store_writers``), as the
analysis is not what is under test, then do what the command does: migrate a new database,
link, compare, store with texts.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from importlib import resources
from pathlib import Path

import pytest
from store_dump import dump
from store_writers import Analysed, database, fork_writer

from readouts.store import Store

LONG = os.environ.get("READOUTS_LONG_TESTS") == "1"
ALL_EXAMPLES = sorted(str(p) for p in resources.files("readouts").joinpath("examples").iterdir()
                      if p.name.endswith((".md", ".txt")))
# one Trump-Xi call told by Washington, by Beijing and by an Italian compilation of both
CALL = [f for f in ALL_EXAMPLES if "trump" in f]


def _ingest(db: str, files: list[str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "readouts", "ingest", "--db", db, "--workers", "1", *files],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "READOUTS_DEBUG": "0"})


def _shares(files: list[str], writers: int) -> list[list[str]]:
    """Overlapping file sets: writer k leaves out every third file from offset k, so each
    file goes to about two writers in three and together they cover every file."""
    return [[f for i, f in enumerate(files) if (i + k) % 3 != 0] or files
            for k in range(writers)]


def _content(db: str) -> dict[str, list[tuple]]:
    store = Store(db)
    try:
        return dump(store.engine)
    finally:
        store.close()


def _reference(kind: str, tmp_path: Path, files: list[str]) -> dict[str, list[tuple]]:
    """What one sequential `readouts ingest` of every file stores."""
    reference = database(kind, tmp_path, "reference.db")
    proc = _ingest(reference, files)
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err
    expected = _content(reference)
    assert expected["events"] and expected["comparisons"]
    assert len(expected["documents"]) == len(files)
    return expected


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_concurrent_ingest_commands_store_what_one_ingest_stores(kind: str,
                                                                 tmp_path: Path) -> None:
    expected = _reference(kind, tmp_path, CALL)
    db = database(kind, tmp_path, "round.db")
    procs = [_ingest(db, files) for files in _shares(CALL, 4)]
    for proc in procs:
        out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err
        assert "Traceback" not in err and "readouts:" not in err, err
        assert out.startswith("stored"), out
    assert _content(db) == expected


@pytest.mark.skipif(not LONG, reason="long profile: READOUTS_LONG_TESTS=1")
@pytest.mark.parametrize(("kind", "writers"), [(k, w) for k in ("sqlite", "postgresql")
                                                for w in (4, 8)])
def test_50_rounds_of_concurrent_writers_store_what_one_ingest_stores(
        kind: str, writers: int, tmp_path: Path) -> None:
    expected = _reference(kind, tmp_path, ALL_EXAMPLES)
    analysed = Analysed.of(ALL_EXAMPLES)
    started = time.monotonic()
    for n in range(50):
        db = database(kind, tmp_path, f"round{n}.db")
        errors = [tmp_path / f"round{n}-writer{k}.err" for k in range(writers)]
        procs = [fork_writer(db, files, analysed, errors[k])
                 for k, files in enumerate(_shares(ALL_EXAMPLES, writers))]
        for proc in procs:
            proc.join(600)
        failed = [e.read_text() if e.exists() else f"exit {p.exitcode}"
                  for p, e in zip(procs, errors, strict=True) if p.exitcode != 0]
        assert not failed, f"round {n}: {failed[0]}"
        assert _content(db) == expected, f"round {n}: the content differs"
    print(f"{kind}, {writers} writers: 50 rounds passed in {time.monotonic() - started:.0f} s")
