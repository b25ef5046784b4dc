"""Exports round-trip: every table loads in pandas with the documented columns, its row
counts match the database, filters narrow every table, and contacts carry event codes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pandas as pd
import pytest
from cli_console import run_cli

from readouts.store.export import TABLES


@pytest.fixture(scope="module")
def db(examples_db: Path) -> Path:
    """The bundled examples as `readouts ingest` stores them (exports only read it)."""
    return examples_db


def _count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


@pytest.mark.parametrize("fmt", ["csv", "parquet", "jsonl"])
def test_every_table_loads_with_its_columns_and_counts(db: Path, tmp_path: Path,
                                                       fmt: str) -> None:
    ran = run_cli("export", "--db", f"sqlite:///{db}", "--out", str(tmp_path), "--format", fmt)
    assert ran.code == 0, ran.err
    read = {"csv": lambda p: pd.read_csv(p, dtype={"cameo_code": str}),
            "parquet": pd.read_parquet,
            "jsonl": lambda p: pd.read_json(p, lines=True, dtype={"cameo_code": str})}[fmt]
    frames = {name: read(tmp_path / f"{name}.{fmt}") for name in TABLES}
    for name, frame in frames.items():
        if len(frame):
            assert tuple(frame.columns) == TABLES[name]
    assert len(frames["contacts"]) == _count(db, "events")
    assert len(frames["accounts"]) == _count(db, "readouts")
    assert len(frames["sentences"]) == _count(db, "sentences")
    assert len(frames["figures"]) == _count(db, "figures")
    assert len(frames["comparisons"]) == _count(db, "comparisons")
    calls = frames["contacts"][frames["contacts"]["type"] == "phone_call"]
    assert not calls.empty and set(calls["cameo_code"]) == {"041"}
    assert set(calls["plover_event"]) == {"CONSULT"} and set(calls["plover_mode"]) == {"phone"}


def test_lists_stay_lists_in_parquet_and_join_in_csv(db: Path, tmp_path: Path) -> None:
    for fmt in ("csv", "parquet"):
        assert run_cli("export", "--db", f"sqlite:///{db}", "-o", str(tmp_path / fmt),
                       "--format", fmt).code == 0
    parquet = pd.read_parquet(tmp_path / "parquet" / "contacts.parquet")
    csv = pd.read_csv(tmp_path / "csv" / "contacts.csv")
    first = parquet.iloc[0]
    assert list(first["participants"]) == csv.iloc[0]["participants"].split(";")


def test_a_filter_narrows_every_table(db: Path, tmp_path: Path) -> None:
    ran = run_cli("export", "--db", f"sqlite:///{db}", "-o", str(tmp_path), "--actor", "Трамп")
    assert ran.code == 0, ran.err
    contacts = pd.read_csv(tmp_path / "contacts.csv")
    assert len(contacts) and all("donald-trump" in p for p in contacts["participants"])
    accounts = pd.read_csv(tmp_path / "accounts.csv")
    assert len(accounts) < _count(db, "readouts")
    linked = {account for column in ("reported_by", "mentioned_in")
              for cell in contacts[column].dropna() for account in cell.split(";")}
    assert set(accounts["id"]) <= linked


@pytest.mark.parametrize(("args", "needle"), [
    (["--format", "xlsx"], "use one of csv, jsonl, parquet"),
    (["--type", "call"], "use one of phone_call"),
    (["--since", "2024-13-01"], "use YYYY-MM-DD"),
    (["--actor", "Xi Jinpign"], "did you mean xi-jinping"),
])
def test_bad_filter_values_exit_2_listing_what_is_accepted(db: Path, tmp_path: Path,
                                                           args: list[str], needle: str) -> None:
    code, _, err = run_cli("export", "--db", f"sqlite:///{db}", "-o", str(tmp_path), *args)
    assert code == 2 and needle in err and "Traceback" not in err
    assert not any(tmp_path.iterdir())
