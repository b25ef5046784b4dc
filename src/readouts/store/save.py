"""Writing an Analysis: new documents in, known ones skipped, events merged with stored ones.

Everything happens on the one connection the caller holds inside a transaction, so a
failure anywhere leaves the database as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import lru_cache

from sqlalchemy import ColumnElement, Connection, Row, delete, insert, or_, select, update

from readouts.extract.contacts import dates_match, day_of, types_compatible
from readouts.model import Analysis, Comparison, Document, Event, Readout
from readouts.store.models import (
    ComparisonRow,
    DocumentRow,
    EventActorRow,
    EventReadoutRow,
    EventRow,
    FigureRowModel,
    MentionRow,
    ReadoutRow,
    SentenceRow,
)

_FILLABLE = ("date", "date_precision", "part_of_day", "duration_minutes", "location",
             "initiated_by")


@dataclass
class SaveSummary:
    documents_added: int = 0
    documents_skipped: int = 0
    readouts_added: int = 0
    events_added: int = 0
    events_updated: int = 0
    event_ids: dict[str, str] = field(default_factory=dict)  # analysed id -> stored id


@lru_cache(maxsize=4096)
def country_of(actor: str) -> str | None:
    """The country an actor serves, from the actor knowledge base (None when unknown)."""
    try:
        from readouts.extract.actors import actor_index
    except ImportError:  # the knowledge base is not installed: no country filter
        return None
    return actor_index().country_of(actor)


def participants_key(participants: list[str]) -> str:
    return ",".join(sorted(set(participants)))


def _near(value: str | None) -> ColumnElement[bool]:
    """Stored dates that dates_match could accept, so the candidates stay few."""
    if value is None:
        return EventRow.date.is_(None)
    day = day_of(value)
    if day is None:
        return EventRow.date.startswith(value, autoescape=True) | \
            EventRow.date.in_([value[:4], value[:7]])
    days = [(day + timedelta(days=k)).isoformat() for k in (-1, 0, 1)]
    return EventRow.date.in_(days + [value[:4], value[:7]])


def _readout_rows(document: Document, readout: Readout, position: int,
                  event_id: str | None) -> dict:
    return {
        "id": readout.id, "document_id": document.id, "position": position,
        "source": readout.source, "side": readout.side, "kind": readout.kind,
        "language": readout.language, "title": readout.title, "text": readout.text,
        "event_id": event_id, "characterization": list(readout.characterization),
        "source_evidence": readout.source_evidence, "dateline": readout.dateline,
        "published": readout.published, "facts": dict(readout.facts),
    }


class _Saver:
    """One save call: maps incoming event ids to stored ones while it writes."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.summary = SaveSummary()
        self.event_ids: dict[str, str] = {}  # incoming id -> stored id
        self.known_readouts: set[str] = set()  # readouts that exist once this save ends

    def documents(self, analysis: Analysis) -> None:
        ids = [d.id for d in analysis.documents]
        shas = [d.sha256 for d in analysis.documents if d.sha256]
        stored = set()
        if ids:
            stored = {(row.id, row.sha256) for row in self.conn.execute(
                select(DocumentRow.id, DocumentRow.sha256).where(
                    or_(DocumentRow.id.in_(ids), DocumentRow.sha256.in_(shas))))}
        stored_ids = {i for i, _ in stored}
        stored_shas = {s for _, s in stored}
        for document in analysis.documents:
            if document.id in stored_ids or (document.sha256 and document.sha256 in stored_shas):
                self.summary.documents_skipped += 1
                rows = self.conn.execute(select(ReadoutRow.id).join(
                    DocumentRow, DocumentRow.id == ReadoutRow.document_id).where(
                    or_(DocumentRow.id == document.id, DocumentRow.sha256 == document.sha256)))
                self.known_readouts.update(r.id for r in rows)
                continue
            self._insert_document(document)
            stored_ids.add(document.id)
            stored_shas.add(document.sha256)

    def _insert_document(self, document: Document) -> None:
        self.conn.execute(insert(DocumentRow), [{
            "id": document.id, "sha256": document.sha256 or document.id,
            "origin": document.origin, "title": document.title, "language": document.language,
            "published": document.published, "published_precision": document.published_precision,
            "published_evidence": document.published_evidence,
            "added_at": datetime.now(UTC).replace(tzinfo=None),
        }])
        self.summary.documents_added += 1
        if not document.readouts:
            return
        self.conn.execute(insert(ReadoutRow), [
            _readout_rows(document, r, n, r.event) for n, r in enumerate(document.readouts)])
        sentences, mentions, figures = [], [], []
        for r in document.readouts:
            self.known_readouts.add(r.id)
            sentences += [{"readout_id": r.id, "i": s.i, "text": s.text, "start": s.start,
                           "end": s.end, "speaker": s.speaker, "topics": list(s.topics)}
                          for s in r.sentences]
            mentions += [{"readout_id": r.id, "actor": m.actor, "text": m.text,
                          "sentence": m.sentence, "start": m.start, "end": m.end}
                         for m in r.mentions]
            figures += [{"readout_id": r.id, "text": f.text, "value": float(f.value),
                         "unit": f.unit, "qualifier": f.qualifier,
                         "period_start": f.period.start if f.period else None,
                         "period_end": f.period.end if f.period else None,
                         "target": bool(f.target),
                         "about": f.about, "sentence": f.sentence, "speaker": f.speaker,
                         "start": f.start, "end": f.end} for f in r.figures]
        self.summary.readouts_added += len(document.readouts)
        for table, rows in ((SentenceRow, sentences), (MentionRow, mentions),
                            (FigureRowModel, figures)):
            if rows:
                self.conn.execute(insert(table), rows)

    def events(self, analysis: Analysis) -> None:
        for event in analysis.events:
            links = [(r, "reported") for r in event.reported_by if r in self.known_readouts]
            links += [(r, "mentioned") for r in event.mentioned_in if r in self.known_readouts]
            if not links:
                continue  # every account of it was stored before, or none was given
            stored = self._find(event)
            if stored is None:
                self._insert_event(event)
                stored_id = event.id
                self.summary.events_added += 1
            else:
                stored_id = stored.id
                changed = self._fill(stored, event)
                if self._link(stored_id, links) or changed:
                    self.summary.events_updated += 1
                self.event_ids[event.id] = stored_id
                continue
            self.event_ids[event.id] = stored_id
            self._link(stored_id, links)
        for old, new in self.event_ids.items():
            if old != new:
                self.conn.execute(update(ReadoutRow).where(ReadoutRow.event_id == old,
                                                           ReadoutRow.id.in_(self.known_readouts))
                                  .values(event_id=new))

    def _find(self, event: Event) -> Row | None:
        row = self.conn.execute(select(EventRow).where(EventRow.id == event.id)).first()
        if row is not None:
            return row
        candidates = self.conn.execute(select(EventRow).where(
            EventRow.participants_key == participants_key(event.participants),
            EventRow.status == event.status, _near(event.date))).all()
        for candidate in candidates:
            if event.participants and types_compatible(candidate.type, event.type) and \
                    dates_match(candidate.date, event.date):
                return candidate
        return None

    def _insert_event(self, event: Event) -> None:
        self.conn.execute(insert(EventRow), [{
            "id": event.id, "type": event.type, "status": event.status,
            "participants": list(event.participants),
            "participants_key": participants_key(event.participants),
            "attendees": list(event.attendees), "date": event.date,
            "date_precision": event.date_precision, "part_of_day": event.part_of_day,
            "duration_minutes": event.duration_minutes, "location": event.location,
            "initiated_by": event.initiated_by, "evidence": dict(event.evidence),
        }])
        self._actors(event.id, event.participants, event.attendees)

    def _actors(self, event_id: str, participants: list[str], attendees: list[str]) -> None:
        rows = {a: "participant" for a in participants}
        for a in attendees:
            rows.setdefault(a, "attendee")
        self.conn.execute(delete(EventActorRow).where(EventActorRow.event_id == event_id))
        if rows:
            self.conn.execute(insert(EventActorRow), [
                {"event_id": event_id, "actor": a, "role": role, "country": country_of(a)}
                for a, role in rows.items()])

    def _fill(self, stored_event: Row, event: Event) -> bool:
        """Give the stored event what it lacked; return True if anything changed."""
        values: dict = {}
        for name in _FILLABLE:
            if getattr(stored_event, name) is None and getattr(event, name) is not None:
                values[name] = getattr(event, name)
        attendees = list(stored_event.attendees)
        new_attendees = [a for a in event.attendees
                         if a not in attendees and a not in stored_event.participants]
        if new_attendees:
            values["attendees"] = attendees + new_attendees
        evidence = dict(stored_event.evidence)
        added = {k: v for k, v in event.evidence.items() if k not in evidence}
        if added:
            values["evidence"] = {**evidence, **added}
        if not values:
            return False
        self.conn.execute(update(EventRow).where(EventRow.id == stored_event.id).values(**values))
        if new_attendees:
            self._actors(stored_event.id, list(stored_event.participants),
                         attendees + new_attendees)
        return True

    def _link(self, event_id: str, links: list[tuple[str, str]]) -> bool:
        present = {r.readout_id for r in self.conn.execute(
            select(EventReadoutRow.readout_id).where(EventReadoutRow.event_id == event_id))}
        rows = [{"event_id": event_id, "readout_id": r, "relation": rel}
                for r, rel in dict(links).items() if r not in present]
        if rows:
            self.conn.execute(insert(EventReadoutRow), rows)
        return bool(rows)

    def comparisons(self, comparisons: list[Comparison]) -> None:
        for comparison in comparisons:
            event_id = self.event_ids.get(comparison.event, comparison.event)
            put_comparison(self.conn, comparison, event_id)


def put_comparison(conn: Connection, comparison: Comparison, event_id: str) -> None:
    """Replace the stored comparison of an event (skipped when the event is not stored)."""
    if conn.execute(select(EventRow.id).where(EventRow.id == event_id)).first() is None:
        return
    data = comparison.to_json()
    data["event"] = event_id
    conn.execute(delete(ComparisonRow).where(ComparisonRow.event_id == event_id))
    conn.execute(insert(ComparisonRow), [{
        "event_id": event_id, "data": data,
        "updated_at": datetime.now(UTC).replace(tzinfo=None)}])


def save_analysis(conn: Connection, analysis: Analysis) -> SaveSummary:
    saver = _Saver(conn)
    saver.documents(analysis)
    saver.events(analysis)
    saver.comparisons(analysis.comparisons)
    saver.summary.event_ids = dict(saver.event_ids)
    return saver.summary
