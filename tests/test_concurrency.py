"""Several `readouts ingest` processes writing one database at once.

Each round starts N processes on overlapping sets of the bundled examples (every file is
given to more than one of them) against a new database, and checks: every process exits 0
with no traceback, and the database holds exactly what one sequential ingest of all the
files holds (compared by a dump: no duplicate, nothing lost, the same contacts and
comparisons whichever process stored what first).

The normal suite runs one round of 4 processes on the three accounts of one call, on
SQLite (and on PostgreSQL when READOUTS_TEST_POSTGRES is set); READOUTS_LONG_TESTS=1 runs
50 rounds each of 4 and 8 processes on every bundled example.
"""

from __future__ import annotations

import os
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy import text as sql
from store_dump import dump

from readouts.store import Store

LONG = os.environ.get("READOUTS_LONG_TESTS") == "1"
ALL_EXAMPLES = sorted(str(p) for p in resources.files("readouts").joinpath("examples").iterdir()
                      if p.name.endswith((".md", ".txt")))
# one Trump-Xi call told by Washington, by Beijing and by an Italian compilation of both
EXAMPLES = ALL_EXAMPLES if LONG else [f for f in ALL_EXAMPLES if "trump" in f]


def _ingest(db: str, files: list[str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "readouts", "ingest", "--db", db, "--workers", "1", *files],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "READOUTS_DEBUG": "0"})


def _shares(writers: int) -> list[list[str]]:
    """Overlapping file sets: writer k leaves out every third file from offset k, so each
    file goes to about two writers in three and together they cover every file."""
    return [[f for i, f in enumerate(EXAMPLES) if (i + k) % 3 != 0] or EXAMPLES
            for k in range(writers)]


def _fresh_postgres(url: str) -> str:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(sql("DROP SCHEMA public CASCADE"))
        conn.execute(sql("CREATE SCHEMA public"))
    engine.dispose()
    return url


def _database(kind: str, tmp_path: Path, name: str) -> str:
    if kind == "sqlite":
        return f"sqlite:///{tmp_path / name}"
    url = os.environ.get("READOUTS_TEST_POSTGRES")
    if not url:
        pytest.skip("READOUTS_TEST_POSTGRES is not set (no PostgreSQL server to test on)")
    return _fresh_postgres(url)


def _content(db: str) -> dict[str, list[tuple]]:
    store = Store(db)
    try:
        return dump(store.engine)
    finally:
        store.close()


def _run_round(db: str, writers: int) -> None:
    procs = [_ingest(db, files) for files in _shares(writers)]
    for proc in procs:
        out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err
        assert "Traceback" not in err and "readouts:" not in err, err
        assert out.startswith("stored"), out


CASES = [(kind, writers) for kind in ("sqlite", "postgresql")
         for writers in ((4, 8) if LONG else (4,))]


@pytest.mark.parametrize(("kind", "writers"), CASES)
def test_concurrent_ingests_store_what_one_ingest_stores(kind: str, writers: int,
                                                         tmp_path: Path) -> None:
    reference = _database(kind, tmp_path, "reference.db")
    proc = _ingest(reference, EXAMPLES)
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err
    expected = _content(reference)
    assert expected["events"] and expected["comparisons"]
    assert len(expected["documents"]) == len(EXAMPLES)
    for n in range(50 if LONG else 1):
        db = _database(kind, tmp_path, f"round{n}.db")
        _run_round(db, writers)
        assert _content(db) == expected, f"round {n}: the content differs"
