"""Store: the one object the CLI and the web app use to keep and read analyses."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from sqlalchemy import Connection, delete, func, select

from readouts.model import Analysis, Comparison, Document, Event, Readout
from readouts.store import queries
from readouts.store.corrections import Correction, fix
from readouts.store.db import open_engine, run_write
from readouts.store.figures import FigureRow, figures
from readouts.store.filters import EventFilter, count_events, select_events
from readouts.store.models import (
    ClaimRow,
    ComparisonRow,
    DocumentRow,
    EventActorRow,
    EventReadoutRow,
    EventRow,
    FigureRowModel,
    ReadoutRow,
)
from readouts.store.queries import SearchHit
from readouts.store.relink import recompare, relink
from readouts.store.rows import put_comparison
from readouts.store.save import SaveSummary, save_analysis


def comparison_from_json(data: dict) -> Comparison:
    """A stored comparison (its readouts/1 JSON) as a Comparison."""
    return Comparison.from_json(data)


def remove_document(conn: Connection, doc_id: str) -> bool:
    """Remove a document and its accounts inside the caller's transaction; the contacts
    they touched are linked again from the accounts that remain (those left with none go,
    the comparisons of the others are computed again)."""
    if conn.execute(select(DocumentRow.id).where(DocumentRow.id == doc_id)).first() is None:
        return False
    readouts = select(ReadoutRow.id).where(ReadoutRow.document_id == doc_id)
    gone = conn.execute(select(ClaimRow.participants_key, ClaimRow.event_id).where(
        ClaimRow.readout_id.in_(readouts))).all()
    linked = {r.event_id for r in conn.execute(
        select(EventReadoutRow.event_id).where(EventReadoutRow.readout_id.in_(readouts)))}
    conn.execute(delete(EventReadoutRow).where(EventReadoutRow.readout_id.in_(readouts)))
    conn.execute(delete(DocumentRow).where(DocumentRow.id == doc_id))
    relink(conn, {k for k, _ in gone}, {e for _, e in gone if e} | linked)
    return True


class Store:
    """A database of analyses; opening it brings the schema to the latest migration.

    Every write is one transaction that holds the database's write lock (see ``db``), rerun
    when another process was in the way, so concurrent writers neither fail nor duplicate.
    """

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = open_engine(url)

    def close(self) -> None:
        self.engine.dispose()

    # writing

    def save(self, analysis: Analysis) -> SaveSummary:
        """Store an analysis in one transaction: all of it or, on any failure, nothing."""
        return run_write(self.engine, lambda conn: save_analysis(conn, analysis))

    def save_comparisons(self, comparisons: list[Comparison]) -> None:
        def work(conn: Connection) -> None:
            for comparison in comparisons:
                put_comparison(conn, comparison, comparison.event)

        run_write(self.engine, work)

    def correct(self, target: str, key: str, field: str, typed: str, by: str,
                why: str) -> Correction:
        """Record an analyst's correction (see ``corrections.fix``) and compute again, in
        the same transaction, the comparison of every contact it touches."""

        def work(conn: Connection) -> Correction:
            done = fix(conn, target, key, field, typed, by, why)
            if target == "event":
                touched = [key]
            else:
                touched = [r.event_id for r in conn.execute(
                    select(EventReadoutRow.event_id).where(
                        EventReadoutRow.readout_id == done.readout_id,
                        EventReadoutRow.relation == "reported"))]
            recompare(conn, touched)
            return done

        return run_write(self.engine, work)

    def delete_document(self, doc_id: str) -> bool:
        """Remove a document and its accounts; the contacts they touched are linked again
        from the accounts that remain (those left with none go, comparisons are redone)."""
        return run_write(self.engine, lambda conn: remove_document(conn, doc_id))

    # reading

    def export(self, folder: Path, fmt: str, where: EventFilter | None = None) -> dict[str, int]:
        """Write the tables (filtered by contacts) as files; return their row counts."""
        from readouts.store.export import export

        with self.engine.connect() as conn:
            return export(conn, folder, fmt, where)

    def has_document(self, sha256: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(DocumentRow.id).where(DocumentRow.sha256 == sha256)) \
                .first() is not None

    def known_documents(self, ids: list[str]) -> set[str]:
        """Of these document ids, those stored."""
        with self.engine.connect() as conn:
            return {r.id for part in queries.chunks(ids) for r in conn.execute(
                select(DocumentRow.id).where(DocumentRow.id.in_(part)))}

    def documents(self) -> list[Document]:
        """Every stored document with its readouts (without sentences), newest first."""
        with self.engine.connect() as conn:
            docs = [queries.document_from_row(d) for d in conn.execute(
                select(DocumentRow).order_by(DocumentRow.published.desc(), DocumentRow.id))]
            by_id = {d.id: d for d in docs}
            for r in conn.execute(select(ReadoutRow).order_by(ReadoutRow.document_id,
                                                              ReadoutRow.position)):
                by_id[r.document_id].readouts.append(Readout(
                    id=r.id, source=r.source, side=r.side, kind=r.kind, language=r.language,
                    title=r.title, text=r.text, event=r.event_id,
                    characterization=list(r.characterization or []),
                    source_evidence=r.source_evidence, dateline=r.dateline,
                    published=r.published, facts=dict(r.facts or {})))
        return docs

    def events(self, actor: str | None = None, since: str | None = None,
               until: str | None = None, type: str | None = None,  # noqa: A002 - the field
               source: str | None = None, country_pair: tuple[str, str] | None = None,
               limit: int = 100, offset: int = 0) -> list[Event]:
        """Events that pass every given filter, newest first."""
        f = EventFilter(actor, since, until, type, source, country_pair)
        with self.engine.connect() as conn:
            rows = conn.execute(select_events(conn, f).limit(limit).offset(offset)).all()
            return queries.events_from_rows(conn, rows)

    def count_events(self, actor: str | None = None, since: str | None = None,
                     until: str | None = None, type: str | None = None,  # noqa: A002
                     source: str | None = None,
                     country_pair: tuple[str, str] | None = None) -> int:
        f = EventFilter(actor, since, until, type, source, country_pair)
        with self.engine.connect() as conn:
            return count_events(conn, f)

    def event(self, event_id: str) -> Event | None:
        with self.engine.connect() as conn:
            rows = conn.execute(select(EventRow).where(EventRow.id == event_id)).all()
            events = queries.events_from_rows(conn, rows)
        return events[0] if events else None

    def readouts_for_event(self, event_id: str) -> list[Readout]:
        """The accounts whose subject is this event, full, in the order they were stored."""
        with self.engine.connect() as conn:
            ids = [r.readout_id for r in conn.execute(
                select(EventReadoutRow.readout_id).where(
                    EventReadoutRow.event_id == event_id,
                    EventReadoutRow.relation == "reported").order_by(EventReadoutRow.id))]
            found = queries.load_readouts(conn, ids)
        return [found[i] for i in ids if i in found]

    def analysis_for_events(self, event_ids: list[str]) -> Analysis:
        """The events, the accounts that report or mention them, their documents, comparisons.

        Each document holds only the accounts linked to these events.
        """
        with self.engine.connect() as conn:
            rows = []
            for part in queries.chunks(list(dict.fromkeys(event_ids))):
                rows += conn.execute(select(EventRow).where(EventRow.id.in_(part))).all()
            order = {e: n for n, e in enumerate(event_ids)}
            rows.sort(key=lambda r: order[r.id])
            events = queries.events_from_rows(conn, rows)
            readout_ids = [r for e in events for r in e.reported_by + e.mentioned_in]
            readouts = queries.load_readouts(conn, readout_ids)
            parent = {r.id: r.document_id for part in queries.chunks(list(readouts))
                      for r in conn.execute(select(ReadoutRow.id, ReadoutRow.document_id,
                                                   ReadoutRow.position)
                                            .where(ReadoutRow.id.in_(part))
                                            .order_by(ReadoutRow.position))}
            grouped: dict[str, list[Readout]] = defaultdict(list)
            for rid, did in parent.items():
                grouped[did].append(readouts[rid])
            documents = []
            for part in queries.chunks(list(grouped)):
                for d in conn.execute(select(DocumentRow).where(DocumentRow.id.in_(part))):
                    doc = queries.document_from_row(d)
                    doc.readouts = grouped[d.id]
                    documents.append(doc)
            documents.sort(key=lambda d: (d.published or "", d.id))
            comparisons = []
            for part in queries.chunks([e.id for e in events]):
                comparisons += [comparison_from_json(c.data) for c in conn.execute(
                    select(ComparisonRow).where(ComparisonRow.event_id.in_(part)))]
        return Analysis(documents=documents, events=events, comparisons=comparisons)

    def comparison(self, event_id: str) -> Comparison | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(ComparisonRow.data).where(
                ComparisonRow.event_id == event_id)).first()
        return comparison_from_json(row.data) if row else None

    def search(self, query: str, limit: int = 50,
               where: queries.SearchFilter | None = None) -> list[SearchHit]:
        with self.engine.connect() as conn:
            return queries.search(conn, query, limit, where)

    def figures(self, about: str | None = None, unit: str | None = None) -> list[FigureRow]:
        """Figures with their sentence and source, oldest document first."""
        with self.engine.connect() as conn:
            return figures(conn, about, unit)

    def facets(self) -> dict[str, list]:
        """Values the filters can take: actors, sources, types, countries, measures."""
        with self.engine.connect() as conn:
            def values(column, *where) -> list:  # noqa: ANN001
                query = select(column, func.count()).where(*where).group_by(column)
                rows = conn.execute(query.order_by(func.count().desc(), column)).all()
                return [(v, n) for v, n in rows if v is not None]

            return {
                "actors": values(EventActorRow.actor, EventActorRow.role == "participant"),
                "countries": values(EventActorRow.country, EventActorRow.role == "participant"),
                "sources": values(ReadoutRow.source),
                "types": values(EventRow.type),
                "measures": values(FigureRowModel.about),
                "units": values(FigureRowModel.unit),
            }

    def readout(self, readout_id: str) -> tuple[Readout, Document] | None:
        """One full account and its document (the document without its readouts)."""
        with self.engine.connect() as conn:
            found = queries.load_readouts(conn, [readout_id]).get(readout_id)
            if found is None:
                return None
            doc = conn.execute(select(DocumentRow).join(
                ReadoutRow, ReadoutRow.document_id == DocumentRow.id).where(
                ReadoutRow.id == readout_id)).first()
        return found, queries.document_from_row(doc)

    def event_sources(self, event_ids: list[str]) -> dict[str, list[tuple[str, str | None, str]]]:
        """Per event, (source, side, relation) of every account linked to it, in stored order."""
        out: dict[str, list[tuple[str, str | None, str]]] = {e: [] for e in event_ids}
        with self.engine.connect() as conn:
            for part in queries.chunks(event_ids):
                for row in conn.execute(
                        select(EventReadoutRow.event_id, ReadoutRow.source, ReadoutRow.side,
                               EventReadoutRow.relation)
                        .join(ReadoutRow, ReadoutRow.id == EventReadoutRow.readout_id)
                        .where(EventReadoutRow.event_id.in_(part)).order_by(EventReadoutRow.id)):
                    out[row.event_id].append((row.source, row.side, row.relation))
        return out
