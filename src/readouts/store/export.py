"""Exports: the stored contacts, accounts, sentences, figures and comparisons as flat tables
(CSV, JSON Lines, Parquet), with stable column names (README, "Export").

Analysts take the data elsewhere: a spreadsheet, pandas, an event dataset. Each table is
one file; lists are joined with ";" in CSV and kept as lists in JSON Lines and Parquet;
contacts carry their CAMEO and PLOVER codes (knowledge/event_codes.yaml) so they join
event data. A filter on contacts narrows every table to those contacts' accounts.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from readouts import knowledge
from readouts.store.filters import EventFilter, select_events
from readouts.store.models import (
    ComparisonRow,
    DocumentRow,
    EventReadoutRow,
    FigureRowModel,
    ReadoutRow,
    SentenceRow,
)
from readouts.store.queries import chunks, events_from_rows

FORMATS = ("csv", "jsonl", "parquet")
TABLES: dict[str, tuple[str, ...]] = {
    "contacts": ("id", "type", "status", "date", "date_precision", "part_of_day",
                 "duration_minutes", "location", "initiated_by", "participants", "attendees",
                 "reported_by", "mentioned_in", "cameo_code", "cameo_label", "plover_event",
                 "plover_mode"),
    "accounts": ("id", "document_id", "origin", "published", "source", "side", "kind",
                 "language", "title", "event_id", "characterization", "text"),
    "sentences": ("account_id", "i", "text", "speaker", "topics"),
    "figures": ("account_id", "sentence", "text", "value", "unit", "qualifier",
                "target", "period_start", "period_end", "about", "speaker"),
    "comparisons": ("event_id", "sides", "summary", "topics_shared", "data"),
}
_LIST_COLUMNS = {"participants", "attendees", "reported_by", "mentioned_in",
                 "characterization", "topics", "sides", "topics_shared"}


def _codes(event_type: str) -> dict[str, Any]:
    spec = knowledge.load("event_codes")["types"].get(event_type) or {}
    return {"cameo_code": spec.get("cameo"), "cameo_label": spec.get("cameo_label"),
            "plover_event": spec.get("plover"), "plover_mode": spec.get("plover_mode")}


def export_rows(conn: Connection, where: EventFilter | None = None
                ) -> dict[str, list[dict[str, Any]]]:
    """Every table's rows; with a filter, only its contacts and the accounts linked to them."""
    events = events_from_rows(conn, list(conn.execute(select_events(conn, where or EventFilter()))))
    tables: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for e in events:
        tables["contacts"].append({
            "id": e.id, "type": e.type, "status": e.status, "date": e.date,
            "date_precision": e.date_precision, "part_of_day": e.part_of_day,
            "duration_minutes": e.duration_minutes, "location": e.location,
            "initiated_by": e.initiated_by, "participants": e.participants,
            "attendees": e.attendees, "reported_by": e.reported_by,
            "mentioned_in": e.mentioned_in, **_codes(e.type)})
    if where is None or where == EventFilter():
        account_ids = [r.id for r in conn.execute(select(ReadoutRow.id).order_by(ReadoutRow.id))]
    else:
        linked = {link.readout_id for part in chunks([e.id for e in events])
                  for link in conn.execute(select(EventReadoutRow.readout_id)
                                           .where(EventReadoutRow.event_id.in_(part)))}
        account_ids = sorted(linked)
    for part in chunks(account_ids):
        query = (select(ReadoutRow, DocumentRow.origin.label("doc_origin"),
                        DocumentRow.published.label("doc_published"))
                 .join(DocumentRow, DocumentRow.id == ReadoutRow.document_id)
                 .where(ReadoutRow.id.in_(part)).order_by(ReadoutRow.id))
        for r in conn.execute(query):
            origin, doc_published = r.doc_origin, r.doc_published
            tables["accounts"].append({
                "id": r.id, "document_id": r.document_id, "origin": origin,
                "published": r.published or doc_published, "source": r.source,
                "side": r.side, "kind": r.kind, "language": r.language, "title": r.title,
                "event_id": r.event_id, "characterization": list(r.characterization or []),
                "text": r.text})
        for s in conn.execute(select(SentenceRow).where(SentenceRow.readout_id.in_(part))
                              .order_by(SentenceRow.readout_id, SentenceRow.i)):
            tables["sentences"].append({"account_id": s.readout_id, "i": s.i, "text": s.text,
                                        "speaker": s.speaker, "topics": list(s.topics or [])})
        for f in conn.execute(select(FigureRowModel).where(FigureRowModel.readout_id.in_(part))
                              .order_by(FigureRowModel.readout_id, FigureRowModel.id)):
            tables["figures"].append({
                "account_id": f.readout_id, "sentence": f.sentence, "text": f.text,
                "value": f.value, "unit": f.unit, "qualifier": f.qualifier,
                "target": bool(f.target), "period_start": f.period_start,
                "period_end": f.period_end,
                "about": f.about, "speaker": f.speaker})
    for part in chunks([e.id for e in events]):
        for c in conn.execute(select(ComparisonRow).where(ComparisonRow.event_id.in_(part))
                              .order_by(ComparisonRow.event_id)):
            data = c.data or {}
            tables["comparisons"].append({
                "event_id": c.event_id, "sides": sorted(data.get("sides") or {}),
                "summary": data.get("summary"),
                "topics_shared": list((data.get("topics") or {}).get("shared") or []),
                "data": json.dumps(data, ensure_ascii=False, sort_keys=True)})
    return tables


def _csv_value(column: str, value: Any) -> Any:
    if column in _LIST_COLUMNS:
        return ";".join(str(v) for v in value or [])
    return "" if value is None else value


def write_table(rows: Iterable[dict[str, Any]], columns: tuple[str, ...], path: Path,
                fmt: str) -> None:
    """One table in one file; the columns are always written, even with no rows."""
    rows = list(rows)
    if fmt == "csv":
        with path.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(columns)
            for row in rows:
                writer.writerow([_csv_value(c, row.get(c)) for c in columns])
    elif fmt == "jsonl":
        with path.open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps({c: row.get(c) for c in columns}, ensure_ascii=False) + "\n")
    elif fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.table({c: _arrow_column(c, [row.get(c) for row in rows])
                                 for c in columns}), path)
    else:
        raise ValueError(f"unknown export format {fmt!r}")


def _arrow_column(column: str, values: list[Any]) -> Any:
    import pyarrow as pa

    if column in _LIST_COLUMNS:
        return pa.array([list(v or []) for v in values], type=pa.list_(pa.string()))
    if column == "value":
        return pa.array(values, type=pa.float64())
    if column == "target":
        return pa.array(values, type=pa.bool_())
    if column in {"duration_minutes", "i", "sentence"}:
        return pa.array(values, type=pa.int64())
    return pa.array([None if v is None else str(v) for v in values], type=pa.string())


def export(conn: Connection, folder: Path, fmt: str, where: EventFilter | None = None
           ) -> dict[str, int]:
    """Write every table into ``folder`` as ``<table>.<fmt>``; return the row counts."""
    folder.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name, rows in export_rows(conn, where).items():
        write_table(rows, TABLES[name], folder / f"{name}.{fmt}", fmt)
        counts[name] = len(rows)
    return counts
