"""Accounts stored one run at a time, in any order, give what one run of all of them gives.

The corpus's multi-side contacts (events.csv rows with two or more files): each file is
analysed alone, as a user adding accounts as they are published would, and stored one at a
time in a random order into a new database; the stored contacts, comparisons and everything
else must equal (by a dump) one ingest of all the files together. The normal suite takes
two contacts and two orders; READOUTS_LONG_TESTS=1 takes every contact and ten orders. On
SQLite, and on PostgreSQL when READOUTS_TEST_POSTGRES is set.
"""

from __future__ import annotations

import copy
import csv
import functools
import os
import random
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from store_dump import dump
from store_writers import database

from readouts.compare import compare_all
from readouts.ingest import collect, prepare
from readouts.pipeline import DocumentResult, analyze_document, link_results
from readouts.store import Store

LONG = os.environ.get("READOUTS_LONG_TESTS") == "1"


def _multi_side_files(corpus: Path) -> list[str]:
    with open(corpus / "events.csv", encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if len(r["files"].split(";")) >= 2]
    if not LONG:  # the first contact of each pair of leaders, at most two
        seen: dict[str, dict] = {}
        for row in rows:
            seen.setdefault(row["participants"], row)
        rows = list(seen.values())[:2]
    return [str(corpus / name) for row in rows for name in row["files"].split(";")]


@functools.cache
def _analysed(files: tuple[str, ...]) -> dict[str, list[DocumentResult]]:
    """Each file analysed alone, once for both databases (each run stores a copy)."""
    return {f: [analyze_document(p) for raw in collect([f]) for p in prepare(raw)]
            for f in files}


def _content(db: str, batches: list[list[DocumentResult]], comparer: Callable | None
             ) -> dict[str, list[tuple]]:
    store = Store(db)
    try:
        for batch in batches:  # the pipeline marks what it links: each run gets a copy
            store.save(link_results(copy.deepcopy(batch), comparer))
        return dump(store.engine)
    finally:
        store.close()


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_any_order_of_arrival_stores_what_one_ingest_stores(kind: str, corpus: Path,
                                                            tmp_path: Path) -> None:
    """One ingest of all runs the pipeline's comparison (as `readouts ingest` did); the runs
    one file at a time skip it, as the store computes comparisons from what it holds."""
    database(kind, tmp_path, "probe.db")  # skips at once without a PostgreSQL server
    started = time.monotonic()
    files = _multi_side_files(corpus)
    analysed = _analysed(tuple(files))
    together = _content(database(kind, tmp_path, "together.db"),
                        [[r for f in files for r in analysed[f]]], compare_all)
    assert len(together["comparisons"]) >= 2
    shuffler = random.Random(15)
    orders = 10 if LONG else 2
    for n in range(orders):
        order = files[:]
        shuffler.shuffle(order)
        one_by_one = _content(database(kind, tmp_path, f"order{n}.db"),
                              [analysed[f] for f in order], None)
        for table, rows in together.items():
            assert one_by_one[table] == rows, f"order {n} ({order}): {table} differ"
    print(f"{kind}: {len(files)} accounts of {len(together['events'])} contacts in {orders} "
          f"orders, {len(together['comparisons'])} comparisons, all equal "
          f"({time.monotonic() - started:.0f} s)")
