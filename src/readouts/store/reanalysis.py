"""Analysing stored documents again: each document's text is kept as analysed, so a newer
version of the analysis, or a corrected publication date, can be applied to it later.

The document's old accounts and links are replaced in the same transaction as the new
analysis is stored, so a failure leaves the old analysis in place. Corrections are a
separate layer (see ``corrections``) and apply to the new analysis as they did to the old.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import JSON, Connection, ForeignKey, String, Text, insert, select
from sqlalchemy.orm import Mapped, mapped_column

from readouts.ingest import PreparedText, RawInput, prepare
from readouts.model import Analysis
from readouts.store.db import run_write
from readouts.store.models import Base, DocumentRow
from readouts.store.save import SaveSummary, save_analysis
from readouts.store.store import Store, remove_document


class DocumentTextRow(Base):
    __tablename__ = "document_texts"

    document_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    body: Mapped[str] = mapped_column(Text)
    meta: Mapped[dict] = mapped_column(JSON)


def prepared_texts(raws: list[RawInput]) -> dict[str, PreparedText]:
    """The texts these inputs give, by digest (what a stored document's sha256 is)."""
    return {p.sha256: p for raw in raws for p in prepare(raw)}


def keep_texts(conn: Connection, analysis: Analysis, texts: dict[str, PreparedText]) -> None:
    """Keep the text of each stored document of the analysis that has none kept yet."""
    ids = [d.id for d in analysis.documents if d.sha256 in texts]
    if not ids:
        return
    kept = {r.document_id for r in conn.execute(select(DocumentTextRow.document_id).where(
        DocumentTextRow.document_id.in_(ids)))}
    stored = {r.id for r in conn.execute(select(DocumentRow.id).where(DocumentRow.id.in_(ids)))}
    rows = [{"document_id": d.id, "body": texts[d.sha256].body, "meta": texts[d.sha256].meta}
            for d in analysis.documents
            if d.id in stored and d.id not in kept and d.sha256 in texts]
    if rows:
        conn.execute(insert(DocumentTextRow), rows)


def save_with_texts(store: Store, analysis: Analysis, raws: list[RawInput]) -> SaveSummary:
    """Store an analysis and the texts it was made from, in one transaction."""
    return save_prepared(store, analysis, prepared_texts(raws))


def save_prepared(store: Store, analysis: Analysis,
                  texts: dict[str, PreparedText]) -> SaveSummary:
    """Store an analysis and, of ``texts`` (by digest), those of its documents, in one
    transaction: a batch of a larger run is stored with its own texts."""

    def work(conn: Connection) -> SaveSummary:
        summary = save_analysis(conn, analysis)
        keep_texts(conn, analysis, texts)
        return summary

    return run_write(store.engine, work)


@dataclass
class Reanalysis:
    documents: list[str] = field(default_factory=list)  # analysed again
    missing: list[str] = field(default_factory=list)  # no text kept and the file is gone
    summary: SaveSummary | None = None


def _text_of(conn: Connection, doc) -> PreparedText | None:  # noqa: ANN001 - a documents row
    """The document's kept text, else its file's if the file still holds the same bytes."""
    kept = conn.execute(select(DocumentTextRow).where(
        DocumentTextRow.document_id == doc.id)).first()
    if kept is not None:
        return PreparedText(doc.origin, doc.sha256, kept.body, dict(kept.meta or {}))
    path = Path(doc.origin)
    try:
        data = path.read_bytes() if path.is_file() else None
    except OSError:
        data = None
    if data is None or hashlib.sha256(data).hexdigest() != doc.sha256:
        return None
    return next(iter(prepare(RawInput(doc.origin, data))), None)


def reanalyze(store: Store, document_ids: list[str] | None = None,
              published: str | None = None, lang: str | None = None) -> Reanalysis:
    """Analyse the given stored documents (all when None) again and store the result in
    place of their old analysis; ``published`` overrides their publication date (a date
    the user gave at ingest is kept otherwise)."""
    from readouts.compare import compare_all
    from readouts.pipeline import analyze_document, link_results

    out = Reanalysis()
    texts: list[tuple[PreparedText, str | None]] = []  # the text, its date to keep
    with store.engine.connect() as conn:
        query = select(DocumentRow).order_by(DocumentRow.published, DocumentRow.id)
        if document_ids is not None:
            query = query.where(DocumentRow.id.in_(document_ids))
        for doc in conn.execute(query):
            prepared = _text_of(conn, doc)
            if prepared is None:
                out.missing.append(doc.id)
            else:
                kept = doc.published if doc.published_evidence == "user" else None
                texts.append((prepared, published or kept))
                out.documents.append(doc.id)
    if not texts:
        return out
    analysis = link_results([analyze_document(p, on, lang) for p, on in texts], compare_all)
    by_digest = {p.sha256: p for p, _ in texts}

    def work(conn: Connection) -> SaveSummary:
        for doc_id in out.documents:
            remove_document(conn, doc_id)
        summary = save_analysis(conn, analysis)
        keep_texts(conn, analysis, by_digest)
        return summary

    out.summary = run_write(store.engine, work)
    return out
