"""Reading back: rows to the model's dataclasses, event filters, full-text search, figures."""

from __future__ import annotations

import html
import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    Text,
    and_,
    cast,
    column,
    func,
    literal_column,
    select,
    table,
    text,
)

from readouts.model import Document, Event, Figure, Mention, Period, Readout, Sentence
from readouts.store.corrections import apply_to_events, apply_to_readouts
from readouts.store.lookup import expand_query
from readouts.store.models import (
    DocumentRow,
    EventReadoutRow,
    EventRow,
    FigureRowModel,
    MentionRow,
    ReadoutRow,
    SentenceRow,
)

_CHUNK = 500  # ids per IN (...) list, under every database's parameter limit
_OPEN, _CLOSE = "\x02", "\x03"  # highlight markers, control characters no text contains
_CONTROL = re.compile(r"[\x02\x03]")
_ADJACENT = re.compile(f"{_CLOSE}(\\s+){_OPEN}")
_TERMS = re.compile(r'"([^"]+)"|(\S+)')
_MIN_TRIGRAM = 3  # FTS5's trigram tokenizer cannot match shorter terms
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")  # CJK
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


@dataclass
class SearchHit:
    """One sentence that matches a search; ``highlighted`` is escaped HTML with <mark>s."""

    readout_id: str
    sentence: int
    text: str
    highlighted: str
    document_id: str
    source: str
    side: str | None
    language: str
    event_id: str | None
    published: str | None
    title: str | None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def chunks(ids: list[str]) -> Iterable[list[str]]:
    """The ids in chunks of at most _CHUNK: a database bounds the parameters of one query."""
    for n in range(0, len(ids), _CHUNK):
        yield ids[n:n + _CHUNK]


def events_from_rows(conn: Connection, rows: list, corrected: bool = True) -> list[Event]:
    """Events of these rows, with the analyst's corrections on top unless ``corrected`` is
    False (the machine's own events, as linking compares them)."""
    links: dict[str, list[tuple[str, str]]] = defaultdict(list)
    ids = [r.id for r in rows]
    for part in chunks(ids):
        for link in conn.execute(select(EventReadoutRow).where(
                EventReadoutRow.event_id.in_(part)).order_by(EventReadoutRow.id)):
            links[link.event_id].append((link.readout_id, link.relation))
    events = []
    for r in rows:
        pairs = links.get(r.id, [])
        events.append(Event(
            id=r.id, type=r.type, status=r.status, participants=list(r.participants),
            attendees=list(r.attendees), date=r.date, date_precision=r.date_precision,
            part_of_day=r.part_of_day, duration_minutes=r.duration_minutes,
            location=r.location, initiated_by=r.initiated_by,
            reported_by=[rid for rid, rel in pairs if rel == "reported"],
            mentioned_in=[rid for rid, rel in pairs if rel == "mentioned"],
            evidence=dict(r.evidence or {})))
    if corrected:
        apply_to_events(conn, events)
    return events


def load_readouts(conn: Connection, ids: list[str]) -> dict[str, Readout]:
    """Full readouts (sentences, mentions, figures) by id, in four queries per chunk."""
    out: dict[str, Readout] = {}
    for part in chunks(list(dict.fromkeys(ids))):
        for r in conn.execute(select(ReadoutRow).where(ReadoutRow.id.in_(part))):
            out[r.id] = Readout(
                id=r.id, source=r.source, side=r.side, kind=r.kind, language=r.language,
                title=r.title, text=r.text, event=r.event_id,
                characterization=list(r.characterization or []),
                source_evidence=r.source_evidence, dateline=r.dateline, published=r.published,
                facts=dict(r.facts or {}))
        for s in conn.execute(select(SentenceRow).where(SentenceRow.readout_id.in_(part))
                              .order_by(SentenceRow.readout_id, SentenceRow.i)):
            out[s.readout_id].sentences.append(Sentence(
                i=s.i, text=s.text, start=s.start, end=s.end, speaker=s.speaker,
                topics=list(s.topics or [])))
        for m in conn.execute(select(MentionRow).where(MentionRow.readout_id.in_(part))
                              .order_by(MentionRow.id)):
            out[m.readout_id].mentions.append(Mention(
                actor=m.actor, text=m.text, sentence=m.sentence, start=m.start, end=m.end))
        for f in conn.execute(select(FigureRowModel).where(FigureRowModel.readout_id.in_(part))
                              .order_by(FigureRowModel.id)):
            out[f.readout_id].figures.append(_figure(f))
    apply_to_readouts(conn, out)
    return out


def _figure(f) -> Figure:  # noqa: ANN001 - a row of the figures table
    period = Period(f.period_start, f.period_end) if f.period_start or f.period_end else None
    return Figure(text=f.text, value=f.value, unit=f.unit, qualifier=f.qualifier, period=period,
                  about=f.about, sentence=f.sentence, speaker=f.speaker, start=f.start,
                  end=f.end, target=bool(f.target))


def document_from_row(d) -> Document:  # noqa: ANN001 - a row of the documents table
    """A stored document's row as a Document, without its accounts."""
    return Document(id=d.id, origin=d.origin, title=d.title, language=d.language,
                    published=d.published, published_precision=d.published_precision,
                    published_evidence=d.published_evidence, sha256=d.sha256)


def highlight_html(marked: str) -> str:
    """Escape text that carries highlight markers, then turn the markers into <mark>s.

    Marks only whitespace apart become one, so a phrase PostgreSQL marks word by word
    reads as the one match it is.
    """
    joined = _ADJACENT.sub(lambda m: m.group(1), marked)
    return html.escape(joined).replace(_OPEN, "<mark>").replace(_CLOSE, "</mark>")


def _terms(query: str) -> list[str]:
    return [(a or b).strip() for a, b in _TERMS.findall(_CONTROL.sub(" ", query))
            if (a or b).strip()]


def _mark_terms(sentence: str, terms: list[str]) -> str:
    pattern = re.compile("|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)),
                         re.IGNORECASE)
    return pattern.sub(lambda m: _OPEN + m.group(0) + _CLOSE, _CONTROL.sub(" ", sentence))


_HIT_COLUMNS = (SentenceRow.readout_id, SentenceRow.i, SentenceRow.text, ReadoutRow.document_id,
                ReadoutRow.source, ReadoutRow.side, ReadoutRow.language, ReadoutRow.event_id,
                DocumentRow.published, ReadoutRow.title)


def _hit(row, marked: str) -> SearchHit:  # noqa: ANN001 - a row of _HIT_COLUMNS (+ marked)
    return SearchHit(readout_id=row.readout_id, sentence=row.i, text=row.text,
                     highlighted=highlight_html(marked), document_id=row.document_id,
                     source=row.source, side=row.side, language=row.language,
                     event_id=row.event_id, published=row.published, title=row.title)


_FTS = table("sentences_fts", column("rowid"), column("rank"))
_FTS_MATCH = text("sentences_fts MATCH :match")
_FTS_MARKED = func.highlight(literal_column("sentences_fts"), 0, _OPEN, _CLOSE)


@dataclass
class SearchFilter:
    """Narrowing a search: the account's language, side or source, a sentence's topic."""

    language: str | None = None
    side: str | None = None
    source: str | None = None
    topic: str | None = None

    def conditions(self) -> list[ColumnElement[bool]]:
        out: list[ColumnElement[bool]] = []
        if self.language:
            out.append(ReadoutRow.language == self.language)
        if self.side:
            out.append(ReadoutRow.side == self.side)
        if self.source:
            out.append(ReadoutRow.source == self.source)
        if self.topic:  # topics are a JSON list of ids: match the quoted id in its text
            out.append(cast(SentenceRow.topics, Text).contains(json.dumps(self.topic),
                                                                 autoescape=True))
        return out


def _hits_base() -> Select:
    return (select(*_HIT_COLUMNS)
            .join(ReadoutRow, ReadoutRow.id == SentenceRow.readout_id)
            .join(DocumentRow, DocumentRow.id == ReadoutRow.document_id))


def search(conn: Connection, query: str, limit: int, where: SearchFilter | None = None,
           offset: int = 0) -> list[SearchHit]:
    """Sentences matching the query, or, when it names a person, topic or country, any of
    that thing's names in any language ("Taiwan" finds "Тайвань" and "台湾" too)."""
    alternatives = expand_query(query) if query.strip() else [query]
    if len(alternatives) == 1:
        return _search_terms(conn, query, limit, where, offset)
    hits: dict[tuple[str, int], SearchHit] = {}
    for term in alternatives:
        phrase = '"' + term.replace('"', " ") + '"'
        for hit in _search_terms(conn, phrase, limit + offset, where):
            hits.setdefault((hit.readout_id, hit.sentence), hit)
    return list(hits.values())[offset:offset + limit]


def _search_terms(conn: Connection, query: str, limit: int, where: SearchFilter | None = None,
                  offset: int = 0) -> list[SearchHit]:
    """Every term must occur; quoted phrases stay together. Best matches first.

    With no terms but a filter (a topic), every sentence passing it, newest first: what
    each side said about Taiwan, in whatever language it said it.
    """
    terms = _terms(query)
    conditions = where.conditions() if where else []
    if not terms and not conditions:
        return []
    base = _hits_base().where(and_(True, *conditions)).limit(limit).offset(offset)
    dialect = conn.dialect.name
    if terms and dialect == "postgresql" and not any(_UNSPACED.search(t) for t in terms):
        return _search_postgres(conn, base, query, terms)
    if terms and dialect == "sqlite" and all(len(t) >= _MIN_TRIGRAM for t in terms):
        match = " ".join('"' + t.replace('"', '""') + '"' for t in terms)
        rows = conn.execute(base.add_columns(_FTS_MARKED.label("marked"))
                            .join(_FTS, _FTS.c.rowid == SentenceRow.id)
                            .where(_FTS_MATCH).order_by(_FTS.c.rank), {"match": match})
        return [_hit(r, r.marked) for r in rows]
    # Terms shorter than a trigram (two-character Chinese words), or in a script written
    # without spaces, which PostgreSQL's parser keeps as one token a sentence long: a scan.
    contains = [func.lower(SentenceRow.text).contains(t.lower(), autoescape=True)
                for t in terms]
    rows = conn.execute(base.where(and_(True, *contains))
                        .order_by(DocumentRow.published.desc(), SentenceRow.id))
    return [_hit(r, _mark_terms(r.text, terms) if terms else r.text) for r in rows]


def _search_postgres(conn: Connection, base: Select, query: str, terms: list[str]
                     ) -> list[SearchHit]:
    """PostgreSQL full text. Its parser reads "<script>" as a tag and drops it, so angle
    brackets become spaces on both sides; the terms are marked as on SQLite's scan."""
    tsquery = func.websearch_to_tsquery("simple", func.translate(query, "<>", "  "))
    vector = func.to_tsvector("simple", func.translate(SentenceRow.text, "<>", "  "))
    rows = conn.execute(base.where(vector.op("@@")(tsquery))
                        .order_by(func.ts_rank(vector, tsquery).desc()))
    return [_hit(r, _mark_terms(r.text, terms)) for r in rows]


def mentioned_events(conn: Connection, readout_ids: list[str]) -> list[Event]:
    """Contacts these accounts refer to in passing (earlier or planned), oldest first."""
    ids: list[str] = []
    for part in chunks(readout_ids):
        ids += [r.event_id for r in conn.execute(
            select(EventReadoutRow.event_id).distinct().where(
                EventReadoutRow.readout_id.in_(part), EventReadoutRow.relation == "mentioned"))]
    rows = []
    for part in chunks(list(dict.fromkeys(ids))):
        rows += conn.execute(select(EventRow).where(EventRow.id.in_(part))).all()
    rows.sort(key=lambda r: (r.date is None, r.date or "", r.id))
    return events_from_rows(conn, rows)


@dataclass
class ReadoutLabel:
    """What a link to an account shows: who published it, for which side, about what."""

    id: str
    source: str
    side: str | None
    language: str
    title: str | None
    event_id: str | None
    published: str | None


def readout_labels(conn: Connection, ids: list[str]) -> list[ReadoutLabel]:
    """Labels of these accounts (no text, no sentences), in the order given."""
    found: dict[str, ReadoutLabel] = {}
    for part in chunks(list(dict.fromkeys(ids))):
        for r in conn.execute(select(ReadoutRow.id, ReadoutRow.source, ReadoutRow.side,
                                     ReadoutRow.language, ReadoutRow.title,
                                     ReadoutRow.event_id, DocumentRow.published)
                              .join(DocumentRow, DocumentRow.id == ReadoutRow.document_id)
                              .where(ReadoutRow.id.in_(part))):
            found[r.id] = ReadoutLabel(r.id, r.source, r.side, r.language, r.title,
                                       r.event_id, r.published)
    return [found[i] for i in ids if i in found]


def documents_page(conn: Connection, limit: int, offset: int) -> tuple[int, list[Document]]:
    """One page of documents, newest first, with their accounts' labels but no text."""
    total = conn.execute(select(func.count()).select_from(DocumentRow)).scalar_one()
    docs = [document_from_row(d) for d in conn.execute(
        select(DocumentRow).order_by(DocumentRow.published.is_(None),
                                     DocumentRow.published.desc(), DocumentRow.id)
        .limit(limit).offset(offset))]
    by_id = {d.id: d for d in docs}
    for part in chunks(list(by_id)):
        for r in conn.execute(select(ReadoutRow.id, ReadoutRow.document_id, ReadoutRow.source,
                                     ReadoutRow.side, ReadoutRow.kind, ReadoutRow.language,
                                     ReadoutRow.title, ReadoutRow.event_id)
                              .where(ReadoutRow.document_id.in_(part))
                              .order_by(ReadoutRow.document_id, ReadoutRow.position)):
            by_id[r.document_id].readouts.append(Readout(
                id=r.id, source=r.source, side=r.side, kind=r.kind, language=r.language,
                title=r.title, text="", event=r.event_id))
    return total, docs
