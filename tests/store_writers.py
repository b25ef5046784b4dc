"""Writers for the store's reliability tests: databases to write into, and processes that
write the way `readouts ingest` does.

A long profile runs hundreds of writers. Analysing the same files in every one of them
would spend hours on what is not under test, so ``Analysed`` analyses each file once, and
``fork_writer`` starts a process (forked: its own connections, its own locks) that does
what the ingest command does after the analysis: open the store (migrating a new database
under its lock), link and compare the files' documents, store them with their texts.
"""

from __future__ import annotations

import copy
import multiprocessing
import os
import traceback
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url
from sqlalchemy import text as sql

from readouts.batch import analyze_raw
from readouts.compare import compare_all
from readouts.ingest import RawInput, collect
from readouts.pipeline import DocumentResult, link_results

_FORK = multiprocessing.get_context("fork")
ALL_EXAMPLES = sorted(str(p) for p in resources.files("readouts").joinpath("examples").iterdir()
                      if p.name.endswith((".md", ".txt")))
# one Trump-Xi call told by Washington, by Beijing and by an Italian compilation of both
CALL = [f for f in ALL_EXAMPLES if "trump" in f]


def fresh_postgres() -> str:
    """The PostgreSQL test server's database (READOUTS_TEST_POSTGRES: .ci/run starts a
    server and sets it; users may not, and the test is skipped), emptied: every test or
    round starts from no schema. Under pytest-xdist each worker has a schema of its own
    (its search path, set in the URL), so one worker's test never empties the tables
    another's is writing."""
    url = os.environ.get("READOUTS_TEST_POSTGRES")
    if not url:
        pytest.skip("READOUTS_TEST_POSTGRES is not set (no PostgreSQL server to test on)")
    schema = os.environ.get("PYTEST_XDIST_WORKER", "public")
    if schema != "public":
        url = make_url(url).update_query_dict({"options": f"-csearch_path={schema}"}) \
            .render_as_string(hide_password=False)
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        conn.execute(sql(f'CREATE SCHEMA "{schema}"'))
    engine.dispose()
    return url


def database(kind: str, tmp_path: Path, name: str) -> str:
    """A new, empty database of this kind: a SQLite file, or the PostgreSQL test server's
    (skipped when READOUTS_TEST_POSTGRES is not set)."""
    return f"sqlite:///{tmp_path / name}" if kind == "sqlite" else fresh_postgres()


@dataclass
class Analysed:
    """Each file's inputs and per-document results, analysed once in this process."""

    raws: dict[str, list[RawInput]]
    results: dict[str, list[DocumentResult]]

    @classmethod
    def of(cls, files: list[str]) -> Analysed:
        raws = {f: collect([f]) for f in files}
        return cls(raws, {f: [r for raw in raws[f] for r in analyze_raw(raw, None, None)]
                          for f in files})


def ingest_analysed(db: str, files: list[str], analysed: Analysed) -> None:
    """What `readouts ingest FILES` does once the files are analysed (in this process)."""
    from readouts.store import Store
    from readouts.store.reanalysis import save_with_texts

    store = Store(db)
    try:  # the pipeline marks what it links: every writer links its own copy
        results = copy.deepcopy([r for f in files for r in analysed.results[f]])
        save_with_texts(store, link_results(results, compare_all),
                        [raw for f in files for raw in analysed.raws[f]])
    finally:
        store.close()


def reanalyze_all(db: str) -> None:
    """What `readouts reanalyze` does: every stored document analysed again from its text."""
    from readouts.store import Store
    from readouts.store.reanalysis import reanalyze

    store = Store(db)
    try:
        reanalyze(store)
    finally:
        store.close()


def _write(db: str, files: list[str], analysed: Analysed, errors: Path) -> None:
    try:
        if files:
            ingest_analysed(db, files, analysed)
        else:
            reanalyze_all(db)
    except BaseException:  # noqa: BLE001 - told to the test through the file, then exit 1
        errors.write_text(traceback.format_exc(), encoding="utf-8")
        os._exit(1)
    os._exit(0)


def fork_writer(db: str, files: list[str], analysed: Analysed,
                errors: Path) -> multiprocessing.process.BaseProcess:
    """Start a writer process (storing these files, or with none reanalysing every stored
    document); it exits 0, or 1 with its traceback in ``errors``."""
    proc = _FORK.Process(target=_write, args=(db, files, analysed, errors))
    proc.start()
    return proc
