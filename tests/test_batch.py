"""Many documents at once: a process pool gives the same output as one process, and a
Dask cluster stores every document once, resuming where a run stopped."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from readouts.batch import analyze_raws, available_cores
from readouts.ingest import collect

EXAMPLES = Path(__file__).resolve().parents[1] / "src" / "readouts" / "examples"


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "readouts", *args], capture_output=True,
                          timeout=300, env=env)


FEW = sorted(str(p) for p in EXAMPLES.iterdir())[:4]  # enough for a pool of two


def test_workers_give_byte_identical_json() -> None:
    one = run("analyze", *FEW, "--json", "--workers", "1")
    two = run("analyze", *FEW, "--json", "--workers", "2")
    assert one.returncode == two.returncode == 0, two.stderr.decode()
    assert one.stdout == two.stdout


def test_results_come_back_in_input_order_and_report_progress() -> None:
    raws = collect(FEW)
    seen: list[int] = []
    results = analyze_raws(raws, workers=2, progress=seen.append)
    assert sum(seen) == len(raws)
    assert [r.document.origin for r in results] == [raw.origin for raw in raws]


def test_a_bad_worker_count_is_refused() -> None:
    proc = run("analyze", str(EXAMPLES), "--workers", "0")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr.decode()
    assert available_cores() >= 1


def _documents(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return sorted(conn.execute("SELECT id, sha256 FROM documents").fetchall())


def _texts(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return sorted(conn.execute("SELECT document_id, body FROM document_texts").fetchall())


@pytest.fixture(scope="module")
def cluster_address():  # noqa: ANN201
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def test_dask_ingest_stores_what_a_local_ingest_stores_and_resumes(
        cluster_address: str, tmp_path: Path) -> None:
    local, remote = tmp_path / "local.db", tmp_path / "remote.db"
    files = sorted(str(p) for p in EXAMPLES.iterdir())[:4]
    assert run("ingest", *files, "--db", f"sqlite:///{local}").returncode == 0
    # a run stopped half-way: only some inputs stored ...
    half = run("ingest", *files[:3], "--db", f"sqlite:///{remote}", "--dask", cluster_address)
    assert half.returncode == 0, half.stderr.decode()
    # ... the re-run sends only the others and ends with the same documents
    rest = run("ingest", *files, "--db", f"sqlite:///{remote}", "--dask", cluster_address)
    assert rest.returncode == 0, rest.stderr.decode()
    assert "stored 1 new document(s)" in rest.stdout.decode()
    assert "3 input(s) were already stored" in rest.stdout.decode()
    assert _documents(remote) == _documents(local)
    assert _texts(remote) == _texts(local) != []  # kept for 'readouts reanalyze'


def test_an_unreachable_cluster_is_a_one_line_error(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    env = {**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"}
    proc = run("ingest", str(EXAMPLES / "zh-xinhua-xi-trump-call.txt"),
               "--db", f"sqlite:///{tmp_path / 'x.db'}", "--dask", "tcp://127.0.0.1:9", env=env)
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
