"""Many documents at once: a process pool gives the same output as one process, and a
Dask cluster stores every document once, resuming where a run stopped."""

from __future__ import annotations

import pickle
import sqlite3
from pathlib import Path

import pytest
from cli_console import run_cli
from conftest import EXAMPLES

from readouts import batch
from readouts.batch import analyze_raws, available_cores
from readouts.ingest import collect

FEW = sorted(str(p) for p in EXAMPLES.iterdir())[:4]  # enough for a pool of two


def test_workers_give_byte_identical_json() -> None:
    one = run_cli("analyze", *FEW, "--json", "--workers", "1")
    two = run_cli("analyze", *FEW, "--json", "--workers", "2")
    assert one.code == two.code == 0, two.err
    assert one.out == two.out


def test_results_come_back_in_input_order_and_report_progress() -> None:
    raws = collect(FEW)
    seen: list[int] = []
    results = analyze_raws(raws, workers=2, progress=seen.append)
    assert sum(seen) == len(raws)
    assert [r.document.origin for r in results] == [raw.origin for raw in raws]


def test_a_bad_worker_count_is_refused() -> None:
    ran = run_cli("analyze", str(EXAMPLES), "--workers", "0")
    assert ran.code == 2
    assert "Traceback" not in ran.err
    assert available_cores() >= 1


def test_a_worker_is_warmed_up_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each Dask run asks every worker to warm up; one already warm analyses nothing again.
    The function goes to the workers by name, as a plain function would."""
    analysed: list[str] = []
    monkeypatch.setattr(batch, "analyze_raw", lambda raw, *_: analysed.append(raw.origin))
    batch.warm_up.cache_clear()
    try:
        batch.warm_up()
        batch.warm_up()
    finally:
        batch.warm_up.cache_clear()
    assert sorted(analysed) == sorted(p.name for p in EXAMPLES.iterdir())
    assert pickle.loads(pickle.dumps(batch.warm_up)) is batch.warm_up


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
    assert run_cli("ingest", *files, "--db", f"sqlite:///{local}", "--workers", "1").code == 0
    # a run stopped half-way: only some inputs stored ...
    half = run_cli("ingest", *files[:3], "--db", f"sqlite:///{remote}", "--dask", cluster_address)
    assert half.code == 0, half.err
    # ... the re-run sends only the others and ends with the same documents
    rest = run_cli("ingest", *files, "--db", f"sqlite:///{remote}", "--dask", cluster_address)
    assert rest.code == 0, rest.err
    assert "stored 1 new document(s)" in rest.out
    assert "3 input(s) were already stored" in rest.out
    assert _documents(remote) == _documents(local)
    assert _texts(remote) == _texts(local) != []  # kept for 'readouts reanalyze'


def test_an_unreachable_cluster_is_a_one_line_error(tmp_path: Path) -> None:
    dask = pytest.importorskip("dask")
    pytest.importorskip("distributed")
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        code, _, err = run_cli("ingest", str(EXAMPLES / "zh-xinhua-xi-trump-call.txt"), "--db",
                               f"sqlite:///{tmp_path / 'x.db'}", "--dask", "tcp://127.0.0.1:9")
    assert code == 2
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
