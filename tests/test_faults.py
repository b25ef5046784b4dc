"""kill -9 during `readouts ingest`: the database stays whole and a re-run finishes the job.

Each kill starts an ingest of some of the files into one SQLite database and kills it
(SIGKILL) at a random point: half the time at a random moment of the run, half the time
just after the database file starts to change (inside the write). After each kill: SQLite's
integrity and foreign-key checks pass, every document stored before is still there with
all its accounts, sentences and claims, and each stored account is whole. At the end one
ingest of every file completes and the database holds exactly what one clean ingest holds
(no duplicates). The normal suite kills 3 times; READOUTS_LONG_TESTS=1 kills 50 times.
"""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import time
from importlib import resources
from pathlib import Path

from store_dump import dump

from readouts.store import Store

LONG = os.environ.get("READOUTS_LONG_TESTS") == "1"
FILES = sorted(str(p) for p in resources.files("readouts").joinpath("examples").iterdir()
               if p.name.endswith((".md", ".txt")) and (LONG or "trump" in p.name))
_KEPT = ("documents", "readouts", "sentences", "mentions", "figures")


def _ingest(db: Path, files: list[str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "readouts", "ingest", "--db", f"sqlite:///{db}", "--workers",
         "1", *files], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def _stamp(path: Path) -> tuple[int, int]:
    try:
        stat = path.stat()
    except FileNotFoundError:
        return -1, -1
    return stat.st_size, stat.st_mtime_ns


def _kill_at_random(db: Path, files: list[str], rng: random.Random) -> None:
    """Start an ingest and SIGKILL it: at a random moment, or just as it begins writing."""
    wal = Path(f"{db}-wal")
    start = _stamp(wal)
    proc = _ingest(db, files)
    deadline = time.monotonic() + (rng.uniform(0.2, 8.0) if rng.random() < 0.5 else 120)
    while proc.poll() is None and time.monotonic() < deadline:
        if deadline - time.monotonic() > 60 and _stamp(wal) != start:
            time.sleep(rng.uniform(0, 0.05))  # somewhere inside the write transaction
            break
        time.sleep(0.002)
    proc.kill()
    proc.communicate()


def _check_whole(db: Path) -> None:
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_kill_9_loses_nothing_committed_and_a_rerun_completes(tmp_path: Path) -> None:
    clean = Store(f"sqlite:///{tmp_path / 'clean.db'}")
    proc = _ingest(tmp_path / "clean.db", FILES)
    assert proc.wait(timeout=600) == 0, proc.stderr.read() if proc.stderr else ""
    expected = dump(clean.engine)
    clean.close()
    sentences_of = {}
    for row in expected["sentences"]:
        sentences_of[row[0]] = sentences_of.get(row[0], 0) + 1

    db = tmp_path / "killed.db"
    rng = random.Random(9)
    for n in range(50 if LONG else 3):
        store = Store(f"sqlite:///{db}")
        before = dump(store.engine)
        store.close()
        _kill_at_random(db, rng.sample(FILES, rng.randint(1, len(FILES))), rng)
        _check_whole(db)
        store = Store(f"sqlite:///{db}")
        after = dump(store.engine)
        store.close()
        for table in _KEPT:
            assert set(before[table]) <= set(after[table]), f"kill {n}: {table} lost rows"
        assert set(after["documents"]) <= set(expected["documents"])
        for rid, count in sentences_of.items():  # an account is stored whole or not at all
            stored = sum(1 for row in after["sentences"] if row[0] == rid)
            assert stored in (0, count), f"kill {n}: account {rid} is partly stored"
    proc = _ingest(db, FILES)
    assert proc.wait(timeout=600) == 0, proc.stderr.read() if proc.stderr else ""
    _check_whole(db)
    final = Store(f"sqlite:///{db}")
    assert dump(final.engine) == expected
    final.close()
