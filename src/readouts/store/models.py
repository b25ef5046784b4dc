"""The database tables, as SQLAlchemy 2 ORM classes.

Portable column types only (JSON is TEXT on SQLite, json on PostgreSQL), so one
schema serves both; the SQLite full-text table lives in the migration, not here.
Lists of actors are also kept as rows (event_actors) so filters stay plain SQL.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    origin: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(8))
    published: Mapped[str | None] = mapped_column(String(10), index=True)
    published_precision: Mapped[str | None] = mapped_column(String(8))
    published_evidence: Mapped[str | None] = mapped_column(Text)
    added_at: Mapped[datetime] = mapped_column(DateTime)
    # sha256 of the accounts' text with whitespace runs as one space: a copy that differs
    # only by a trailing newline or line endings is the same document
    content_key: Mapped[str | None] = mapped_column(String(64), index=True)


class ReadoutRow(Base):
    __tablename__ = "readouts"

    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    document_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(64), index=True)
    side: Mapped[str | None] = mapped_column(String(3))
    kind: Mapped[str] = mapped_column(String(16))
    language: Mapped[str] = mapped_column(String(8))
    title: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    event_id: Mapped[str | None] = mapped_column(String(200), index=True)
    characterization: Mapped[list] = mapped_column(JSON, default=list)
    source_evidence: Mapped[str | None] = mapped_column(Text)
    dateline: Mapped[str | None] = mapped_column(String(20))
    published: Mapped[str | None] = mapped_column(String(10))
    facts: Mapped[dict] = mapped_column(JSON, default=dict)


class SentenceRow(Base):
    __tablename__ = "sentences"
    __table_args__ = (UniqueConstraint("readout_id", "i"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    readout_id: Mapped[str] = mapped_column(ForeignKey("readouts.id", ondelete="CASCADE"))
    i: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    speaker: Mapped[str | None] = mapped_column(String(120), index=True)
    topics: Mapped[list] = mapped_column(JSON, default=list)


class MentionRow(Base):
    __tablename__ = "mentions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    readout_id: Mapped[str] = mapped_column(
        ForeignKey("readouts.id", ondelete="CASCADE"), index=True)
    actor: Mapped[str] = mapped_column(String(120), index=True)
    text: Mapped[str] = mapped_column(Text)
    sentence: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)


class FigureRowModel(Base):
    __tablename__ = "figures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    readout_id: Mapped[str] = mapped_column(
        ForeignKey("readouts.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    value: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(40), index=True)
    qualifier: Mapped[str] = mapped_column(String(16))
    period_start: Mapped[str | None] = mapped_column(String(10))
    period_end: Mapped[str | None] = mapped_column(String(10))
    target: Mapped[bool] = mapped_column(Boolean, default=False)
    about: Mapped[str | None] = mapped_column(String(80), index=True)
    sentence: Mapped[int] = mapped_column(Integer)
    speaker: Mapped[str | None] = mapped_column(String(120))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)


class EventRow(Base):
    __tablename__ = "events"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    type: Mapped[str] = mapped_column(String(20), index=True)
    status: Mapped[str] = mapped_column(String(10))
    participants: Mapped[list] = mapped_column(JSON, default=list)
    participants_key: Mapped[str] = mapped_column(Text, index=True)  # sorted ids, for matching
    attendees: Mapped[list] = mapped_column(JSON, default=list)
    date: Mapped[str | None] = mapped_column(String(10), index=True)
    date_precision: Mapped[str | None] = mapped_column(String(8))
    part_of_day: Mapped[str | None] = mapped_column(String(10))
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    location: Mapped[str | None] = mapped_column(Text)
    initiated_by: Mapped[str | None] = mapped_column(String(120))
    evidence: Mapped[dict] = mapped_column(JSON, default=dict)


class EventActorRow(Base):
    """One participant or attendee of an event, with the country the actor serves."""

    __tablename__ = "event_actors"

    event_id: Mapped[str] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    actor: Mapped[str] = mapped_column(String(120), primary_key=True, index=True)
    role: Mapped[str] = mapped_column(String(12))  # participant | attendee
    country: Mapped[str | None] = mapped_column(String(3), index=True)


class EventReadoutRow(Base):
    """Which accounts report an event and which mention it; id keeps insertion order."""

    __tablename__ = "event_readouts"
    __table_args__ = (UniqueConstraint("event_id", "readout_id"),
                      Index("ix_event_readouts_readout", "readout_id"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    readout_id: Mapped[str] = mapped_column(ForeignKey("readouts.id", ondelete="CASCADE"))
    relation: Mapped[str] = mapped_column(String(10))  # reported | mentioned


class ComparisonRow(Base):
    __tablename__ = "comparisons"

    event_id: Mapped[str] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    data: Mapped[dict] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class ClaimRow(Base):
    """One account's own view of one contact (reported or mentioned), as extracted: the
    events are linked again from these whenever a write touches them, so what is stored
    does not depend on the order in which accounts arrived."""

    __tablename__ = "claims"
    __table_args__ = (UniqueConstraint("readout_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    readout_id: Mapped[str] = mapped_column(ForeignKey("readouts.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    reported: Mapped[bool] = mapped_column(Boolean)
    participants_key: Mapped[str] = mapped_column(Text, index=True)
    facts: Mapped[dict] = mapped_column(JSON)
    event_id: Mapped[str | None] = mapped_column(String(200), index=True)
