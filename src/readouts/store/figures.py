"""Figures across accounts, for the figures page and API: one measure over time, with the
sentence that states it and who published it. What a figure is ``about`` and who said it
are read as corrected when an analyst corrected them, in the filter as in the rows.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import Connection, and_, or_, select

from readouts.store.corrections import CorrectionRow
from readouts.store.filters import EventFilter, event_conditions
from readouts.store.models import DocumentRow, EventRow, FigureRowModel, ReadoutRow, SentenceRow
from readouts.store.queries import chunks


@dataclass
class FigureRow:
    """A figure with the sentence that states it and who published it."""

    readout_id: str
    text: str
    value: float
    unit: str
    qualifier: str
    period_start: str | None
    period_end: str | None
    about: str | None
    sentence: int
    sentence_text: str
    speaker: str | None
    source: str
    side: str | None
    language: str
    document_id: str
    published: str | None
    event_id: str | None
    target: bool = False  # a goal or forecast, shown apart from figures that happened

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class _Corrected:
    """The figures' corrected measures (by figure row id) and the corrected speakers of
    sentences (by account and sentence index)."""

    about: dict[int, str | None]
    speaker: dict[tuple[str, int], str | None]


def _corrected(conn: Connection) -> _Corrected:
    rows = conn.execute(select(CorrectionRow).where(
        CorrectionRow.target.in_(("figure", "sentence")),
        CorrectionRow.field.in_(("about", "speaker"))).order_by(CorrectionRow.id)).all()
    out = _Corrected({}, {})
    by_position: dict[tuple[str, int], str | None] = {}
    for r in rows:  # the latest correction of each item wins
        if r.target == "figure":
            by_position[(r.readout_id, r.position)] = r.value
        else:
            out.speaker[(r.readout_id, r.position)] = r.value
    readouts = sorted({rid for rid, _ in by_position})
    for part in chunks(readouts):  # a figure's position is its rank in its account
        ranks: dict[str, int] = {}
        for fid, rid in conn.execute(select(FigureRowModel.id, FigureRowModel.readout_id)
                                     .where(FigureRowModel.readout_id.in_(part))
                                     .order_by(FigureRowModel.id)):
            rank = ranks[rid] = ranks.get(rid, -1) + 1
            if (rid, rank) in by_position:
                out.about[fid] = by_position[(rid, rank)]
    return out


def figures(conn: Connection, about: str | None, unit: str | None,
            contacts: EventFilter | None = None) -> list[FigureRow]:
    """Figures of one measure and unit; with ``contacts``, only those stated in accounts of
    the contacts passing that filter (trade cited in China-Russia talks, not China-US)."""
    corrected = _corrected(conn)
    query = (select(FigureRowModel, SentenceRow.text.label("sentence_text"), ReadoutRow.source,
                    ReadoutRow.side, ReadoutRow.language, ReadoutRow.document_id,
                    ReadoutRow.event_id, DocumentRow.published)
             .join(ReadoutRow, ReadoutRow.id == FigureRowModel.readout_id)
             .join(DocumentRow, DocumentRow.id == ReadoutRow.document_id)
             .outerjoin(SentenceRow, and_(SentenceRow.readout_id == FigureRowModel.readout_id,
                                          SentenceRow.i == FigureRowModel.sentence)))
    if about and corrected.about:
        query = query.where(or_(
            and_(FigureRowModel.id.not_in(list(corrected.about)), FigureRowModel.about == about),
            FigureRowModel.id.in_([i for i, v in corrected.about.items() if v == about])))
    elif about:
        query = query.where(FigureRowModel.about == about)
    if unit:
        query = query.where(FigureRowModel.unit == unit)
    if contacts is not None:
        query = query.where(ReadoutRow.event_id.in_(
            select(EventRow.id).where(and_(True, *event_conditions(conn, contacts)))))
    query = query.order_by(DocumentRow.published, FigureRowModel.id)
    return [FigureRow(
        readout_id=r.readout_id, text=r.text, value=r.value, unit=r.unit,
        qualifier=r.qualifier, period_start=r.period_start, period_end=r.period_end,
        about=corrected.about.get(r.id, r.about), sentence=r.sentence,
        sentence_text=r.sentence_text or "",
        speaker=corrected.speaker.get((r.readout_id, r.sentence), r.speaker),
        source=r.source, side=r.side, language=r.language, document_id=r.document_id,
        published=r.published, event_id=r.event_id, target=bool(r.target))
        for r in conn.execute(query)]
