"""Shared fixtures: where ../shared/ is, and what several modules read made once a session
(the examples ingested, the demo's database, one call's accounts analysed).

The sentence-vector cache of the whole test session is one temporary folder: tests never
write into the user's cache directory, and a sentence encoded by one test (or by a CLI run
in a subprocess) is read back by the next.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from unittest import mock

import pytest
from cli_console import run_cli
from store_writers import CALL, Analysed

from readouts.compare import embed
from readouts.store import rows

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus"
os.environ.setdefault("READOUTS_CACHE_DIR", tempfile.mkdtemp(prefix="readouts-test-vectors-"))


@pytest.fixture
def corpus() -> Path:
    """The real corpus; skipped in a user's clone, required in CI."""
    if not CORPUS.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"{CORPUS} is missing in CI")
        pytest.skip("../shared/corpus is not present")
    return CORPUS


EXAMPLES = Path(__file__).resolve().parents[1] / "src" / "readouts" / "examples"


def copy_db(source: Path, target: Path) -> str:
    """A copy of a SQLite database (with its write-ahead log) that a test may write into."""
    for suffix in ("", "-wal"):
        if Path(f"{source}{suffix}").exists():
            shutil.copyfile(f"{source}{suffix}", f"{target}{suffix}")
    return f"sqlite:///{target}"


@pytest.fixture(scope="session")
def examples_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What `readouts ingest` of every bundled example stores, ingested once a session:
    tests that only read it share it, tests that write copy it (``copy_db``)."""
    path = tmp_path_factory.mktemp("examples") / "examples.db"
    ran = run_cli("ingest", str(EXAMPLES), "--db", f"sqlite:///{path}", "--workers", "1")
    assert ran.code == 0, ran.err
    stored = f"stored {len(list(EXAMPLES.glob('*.*')))} new document(s)"
    assert stored in " ".join(ran.out.split()), ran.out
    return path


@pytest.fixture(scope="session")
def demo_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """`readouts demo` run once a session: its database and what it printed. It analyses
    here, not in a pool forked from the test process (tests/test_batch.py tests the pool),
    with the real countries even where a module's fixture stands in its own."""

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    with mock.patch("readouts.batch.available_cores", return_value=1), \
            mock.patch("readouts.store.relink.country_of", rows.country_of):
        ran = run_cli("demo", "--db", f"sqlite:///{path}")
    assert ran.code == 0, ran.err
    return path, ran.out


@pytest.fixture(scope="session")
def call_analysed() -> Analysed:
    """The three accounts of one call (``store_writers.CALL``) analysed once a session, for
    the store's reliability tests: the analysis is not what they test, the store is."""
    return Analysed.of(CALL)


@pytest.fixture
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A persistent cache of this test's own, forgotten afterwards."""
    monkeypatch.setenv("READOUTS_CACHE_DIR", str(tmp_path / "cache"))
    embed.reset_persistent_cache()
    yield tmp_path / "cache"
    embed.reset_persistent_cache()
