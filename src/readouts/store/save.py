"""Writing an Analysis: new documents in, known ones skipped, events linked again.

The analysis's own events are not copied: each new account's claims (its view of every
contact it reports or mentions) are stored, and the store links its claims again for every
contact they touch (``relink``), so what is stored does not depend on which account came
first. Everything happens on the one connection the caller holds inside a transaction, so a
failure anywhere leaves the database as it was.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import Connection, insert, or_, select

from readouts.model import Analysis, Document, Event, Readout
from readouts.store import queries
from readouts.store.models import (
    ClaimRow,
    DocumentRow,
    EventReadoutRow,
    FigureRowModel,
    MentionRow,
    ReadoutRow,
    SentenceRow,
)
from readouts.store.relink import relink
from readouts.store.rows import content_key, participants_key

_FACTS = ("type", "status", "participants", "attendees", "date", "date_precision",
          "part_of_day", "duration_minutes", "location", "initiated_by")


@dataclass
class SaveSummary:
    documents_added: int = 0
    documents_skipped: int = 0
    readouts_added: int = 0
    events_added: int = 0
    events_updated: int = 0
    event_ids: dict[str, str] = field(default_factory=dict)  # analysed id -> stored id


def _readout_row(document: Document, readout: Readout, position: int, linked: bool) -> dict:
    """The account's row; its event is set by relinking when it brings claims, else it
    keeps the one the analysis named (an analysis built by hand, with no events)."""
    return {
        "id": readout.id, "document_id": document.id, "position": position,
        "source": readout.source, "side": readout.side, "kind": readout.kind,
        "language": readout.language, "title": readout.title, "text": readout.text,
        "event_id": None if linked else readout.event,
        "characterization": list(readout.characterization),
        "source_evidence": readout.source_evidence, "dateline": readout.dateline,
        "published": readout.published, "facts": dict(readout.facts),
    }


def _event_claims(events: list[Event]) -> dict[str, list[dict]]:
    """Claims for accounts that carry none (an analysis built by hand or read from JSON):
    each event it reports or mentions, as the analysis merged it."""
    out: dict[str, list[dict]] = {}
    for event in events:
        facts = {name: getattr(event, name) for name in _FACTS}
        facts.update(sentence=0, partial=None, evidence=dict(event.evidence))
        for rid in event.reported_by:
            out.setdefault(rid, []).append({"reported": True, "facts": facts})
        for rid in event.mentioned_in:
            out.setdefault(rid, []).append({"reported": False, "facts": facts})
    return out


class _Saver:
    """One save call: which documents are new, and the claims their accounts bring."""

    def __init__(self, conn: Connection, analysis: Analysis) -> None:
        self.conn = conn
        self.analysis = analysis
        self.summary = SaveSummary()
        self.keys: set[str] = set()  # participant keys of the claims this save adds
        self.alias: dict[str, str] = {}  # analysed readout id -> stored one (skipped copies)
        self.fallback = _event_claims(analysis.events)

    def documents(self) -> None:
        docs = self.analysis.documents
        ids = [d.id for d in docs]
        shas = [d.sha256 for d in docs if d.sha256]
        keys = {d.id: content_key(d) for d in docs}
        stored: dict[str, str] = {}  # id, sha256 or content key -> stored document id
        for part in queries.chunks(ids + shas + [k for k in keys.values() if k]):
            for row in self.conn.execute(
                    select(DocumentRow.id, DocumentRow.sha256, DocumentRow.content_key).where(
                        or_(DocumentRow.id.in_(part), DocumentRow.sha256.in_(part),
                            DocumentRow.content_key.in_(part)))):
                for value in (row.id, row.sha256, row.content_key):
                    if value:
                        stored[value] = row.id
        for document in docs:
            found = next((stored[v] for v in (document.id, document.sha256, keys[document.id])
                          if v and v in stored), None)
            if found is not None:
                self.summary.documents_skipped += 1
                self._alias(document, found)
                continue
            self._insert_document(document, keys[document.id])
            for value in (document.id, document.sha256, keys[document.id]):
                if value:
                    stored[value] = document.id

    def _alias(self, document: Document, stored_id: str) -> None:
        rows = self.conn.execute(select(ReadoutRow.id).where(
            ReadoutRow.document_id == stored_id).order_by(ReadoutRow.position)).all()
        for readout, row in zip(document.readouts, rows, strict=False):
            self.alias[readout.id] = row.id

    def _insert_document(self, document: Document, key: str | None) -> None:
        self.conn.execute(insert(DocumentRow), [{
            "id": document.id, "sha256": document.sha256 or document.id,
            "origin": document.origin, "title": document.title, "language": document.language,
            "published": document.published, "published_precision": document.published_precision,
            "published_evidence": document.published_evidence,
            "added_at": datetime.now(UTC).replace(tzinfo=None), "content_key": key,
        }])
        self.summary.documents_added += 1
        if not document.readouts:
            return
        self.conn.execute(insert(ReadoutRow), [
            _readout_row(document, r, n, bool(r.contacts or self.fallback.get(r.id)))
            for n, r in enumerate(document.readouts)])
        sentences, mentions, figures, claims = [], [], [], []
        for r in document.readouts:
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
            for n, claim in enumerate(r.contacts or self.fallback.get(r.id, [])):
                key_ = participants_key(claim["facts"]["participants"])
                self.keys.add(key_)
                claims.append({"readout_id": r.id, "position": n,
                               "reported": bool(claim["reported"]), "participants_key": key_,
                               "facts": claim["facts"], "event_id": None})
        self.summary.readouts_added += len(document.readouts)
        for table, rows in ((SentenceRow, sentences), (MentionRow, mentions),
                            (FigureRowModel, figures), (ClaimRow, claims)):
            if rows:
                self.conn.execute(insert(table), rows)

    def event_ids(self) -> dict[str, str]:
        """Each analysed event -> the stored event most of its accounts are linked to."""
        def stored(rid: str) -> str:
            return self.alias.get(rid, rid)

        readouts = sorted({stored(r) for e in self.analysis.events
                           for r in e.reported_by + e.mentioned_in})
        links: dict[str, list[str]] = {}
        for part in queries.chunks(readouts):
            for row in self.conn.execute(select(EventReadoutRow.readout_id,
                                                EventReadoutRow.event_id)
                                         .where(EventReadoutRow.readout_id.in_(part))
                                         .order_by(EventReadoutRow.id)):
                links.setdefault(row.readout_id, []).append(row.event_id)
        out = {}
        for event in self.analysis.events:
            votes = Counter(e for r in event.reported_by + event.mentioned_in
                            for e in links.get(stored(r), []))
            if event.id in votes:
                out[event.id] = event.id
            elif votes:
                out[event.id] = votes.most_common(1)[0][0]
        return out


def save_analysis(conn: Connection, analysis: Analysis) -> SaveSummary:
    """Store an analysis's documents and accounts, link their contacts to the stored
    events, and say what was added and what was updated."""
    saver = _Saver(conn, analysis)
    saver.documents()
    if saver.keys:
        outcome = relink(conn, saver.keys)
        saver.summary.events_added = len(outcome.added)
        saver.summary.events_updated = len(outcome.updated)
    saver.summary.event_ids = saver.event_ids()
    return saver.summary
