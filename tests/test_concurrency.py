"""Several writers storing into one database at once.

Each round starts N writers on overlapping sets of the files (every file is given to more
than one of them) against a new database, and checks: every writer exits 0, and the
database holds exactly what one sequential `readouts ingest` of all the files holds
(compared by a dump: no duplicate, nothing lost, the same contacts and comparisons whichever
writer stored what first). The writers are processes forked with the files analysed once
(``store_writers``), as the analysis is not what is under test, the store is; each does
what the command does after the analysis: migrate a new database, link, compare, store with
texts.

The normal suite runs one round of 4 writers on the three accounts of one call, on SQLite
(and on PostgreSQL when READOUTS_TEST_POSTGRES is set). READOUTS_LONG_TESTS=1 runs 50
rounds each of 4 and 8 writers on every bundled example.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from cli_console import run_cli
from store_dump import dump
from store_writers import ALL_EXAMPLES, CALL, Analysed, database, fork_writer

from readouts.store import Store

LONG = os.environ.get("READOUTS_LONG_TESTS") == "1"


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
    ran = run_cli("ingest", "--db", reference, "--workers", "1", *files)
    assert ran.code == 0, ran.err
    expected = _content(reference)
    assert expected["events"] and expected["comparisons"]
    assert len(expected["documents"]) == len(files)
    return expected


def _round(kind: str, tmp_path: Path, name: str, files: list[str], writers: int,
           analysed: Analysed) -> dict[str, list[tuple]]:
    """The content of a new database after ``writers`` forked writers stored into it at
    once; each must exit 0."""
    db = database(kind, tmp_path, f"{name}.db")
    errors = [tmp_path / f"{name}-writer{k}.err" for k in range(writers)]
    procs = [fork_writer(db, share, analysed, errors[k])
             for k, share in enumerate(_shares(files, writers))]
    for proc in procs:
        proc.join(600)
    failed = [e.read_text() if e.exists() else f"exit {p.exitcode}"
              for p, e in zip(procs, errors, strict=True) if p.exitcode != 0]
    assert not failed, f"{name}: {failed[0]}"
    return _content(db)


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_concurrent_writers_store_what_one_ingest_stores(kind: str, tmp_path: Path,
                                                         call_analysed: Analysed) -> None:
    expected = _reference(kind, tmp_path, CALL)
    assert _round(kind, tmp_path, "round", CALL, 4, call_analysed) == expected


@pytest.mark.skipif(not LONG, reason="long profile: READOUTS_LONG_TESTS=1")
@pytest.mark.parametrize(("kind", "writers"), [(k, w) for k in ("sqlite", "postgresql")
                                                for w in (4, 8)])
def test_50_rounds_of_concurrent_writers_store_what_one_ingest_stores(
        kind: str, writers: int, tmp_path: Path) -> None:
    expected = _reference(kind, tmp_path, ALL_EXAMPLES)
    analysed = Analysed.of(ALL_EXAMPLES)
    started = time.monotonic()
    for n in range(50):
        assert _round(kind, tmp_path, f"round{n}", ALL_EXAMPLES, writers, analysed) == expected, \
            f"round {n}: the content differs"
    print(f"{kind}, {writers} writers: 50 rounds passed in {time.monotonic() - started:.0f} s")
