"""An analyst's corrections: a layer on top of the machine's output, applied when reading.

A correction overrides one fact of a contact, a sentence's speaker or a figure's measure,
with who made it, when and why. Corrections live in their own table and never touch the
machine's rows, so re-analysis, relinking and recomparison cannot lose them: whatever the
machine writes, reading applies the latest correction of each field on top. A contact's
correction also remembers the accounts that reported it, so it follows the contact when
re-analysis or relinking gives it another id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import JSON, Connection, DateTime, Integer, String, Text, insert, select
from sqlalchemy.orm import Mapped, mapped_column

from readouts.errors import InputError
from readouts.model import EVENT_TYPES, PARTS_OF_DAY, Event, Readout
from readouts.store.models import Base, EventRow

EVENT_FIELDS = ("type", "status", "date", "part_of_day", "duration_minutes", "location",
                "initiated_by", "participants", "attendees")
SENTENCE_FIELDS = ("speaker",)
FIGURE_FIELDS = ("about",)
_NOUN = {"event": "contact", "sentence": "sentence", "figure": "figure"}
FIELDS = {"event": EVENT_FIELDS, "sentence": SENTENCE_FIELDS, "figure": FIGURE_FIELDS}
_NONE = ("", "none", "null", "-")
_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_PRECISION = {4: "year", 7: "month", 10: "day"}


class CorrectionRow(Base):
    __tablename__ = "corrections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    target: Mapped[str] = mapped_column(String(10))  # event | sentence | figure
    event_id: Mapped[str | None] = mapped_column(String(200), index=True)
    readout_id: Mapped[str | None] = mapped_column(String(80), index=True)
    position: Mapped[int | None] = mapped_column(Integer)  # sentence i, figure index
    field: Mapped[str] = mapped_column(String(32))
    value: Mapped[Any] = mapped_column(JSON)
    anchors: Mapped[list] = mapped_column(JSON, default=list)  # accounts reporting the contact
    by: Mapped[str] = mapped_column(Text)
    why: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime)


@dataclass
class Correction:
    target: str
    field: str
    value: Any
    by: str
    why: str
    at: str
    event_id: str | None = None
    readout_id: str | None = None
    position: int | None = None
    was: Any = None  # the machine's value, filled in when applied

    def to_json(self) -> dict[str, Any]:
        return {"field": self.field, "value": self.value, "was": self.was, "by": self.by,
                "why": self.why, "at": self.at}


@lru_cache(maxsize=1)
def measure_ids() -> tuple[str, ...]:
    """Every measure a figure's ``about`` can name, from the languages' measure files."""
    from readouts.lang import SUPPORTED, load

    found: set[str] = set()
    for lang in SUPPORTED:
        try:
            found.update(load(lang, "measures"))
        except FileNotFoundError:
            continue
    return tuple(sorted(found))


def _actor(typed: str, name: str) -> str:
    from readouts.store.lookup import resolve_actor

    if _SLUG.match(typed):
        return typed
    try:
        return resolve_actor(typed)
    except InputError as exc:
        raise InputError(str(exc).replace("--actor", name, 1)) from None


def check_value(target: str, name: str, typed: str) -> Any:
    """The value a typed correction means, or an error listing what is accepted."""
    if name not in FIELDS[target]:
        raise InputError(f"cannot correct {name!r} of a {_NOUN[target]}: use one of "
                         f"{', '.join(FIELDS[target])}")
    value = typed.strip()
    if value.lower() in _NONE:
        if name in ("type", "status"):
            raise InputError(f"{name} cannot be empty: use one of "
                             f"{', '.join(EVENT_TYPES if name == 'type' else ('held', 'planned'))}")
        return [] if name in ("participants", "attendees") else None
    if name == "type":
        from readouts.store.lookup import check_type

        try:
            return check_type(value)
        except InputError:
            raise InputError(f"type {typed!r}: use one of {', '.join(EVENT_TYPES)}") from None
    if name == "status":
        if value not in ("held", "planned"):
            raise InputError(f"status {typed!r}: use held or planned")
        return value
    if name == "date":
        from readouts.store.lookup import check_date

        return check_date(value, "date")
    if name == "part_of_day":
        if value not in PARTS_OF_DAY:
            raise InputError(f"part_of_day {typed!r}: use one of {', '.join(PARTS_OF_DAY)}")
        return value
    if name == "duration_minutes":
        if not value.isdigit() or not 0 < int(value) < 100_000:
            raise InputError(f"duration_minutes {typed!r}: give a whole number of minutes")
        return int(value)
    if name in ("initiated_by", "speaker"):
        return _actor(value, name)
    if name in ("participants", "attendees"):
        return list(dict.fromkeys(_actor(p.strip(), name) for p in value.split(",")
                                  if p.strip()))
    if name == "about":
        if value not in measure_ids():
            raise InputError(f"about {typed!r}: use one of {', '.join(measure_ids())}")
        return value
    return value  # location: free text


def add(conn: Connection, correction: Correction, anchors: list[str]) -> None:
    """Record one correction (the caller holds the transaction)."""
    if not correction.by.strip():
        raise InputError("say who makes the correction")
    if not correction.why.strip():
        raise InputError("say why: the source or reason for the correction")
    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    correction.at = now.isoformat() + "Z"
    conn.execute(insert(CorrectionRow), [{
        "target": correction.target, "event_id": correction.event_id,
        "readout_id": correction.readout_id, "position": correction.position,
        "field": correction.field, "value": correction.value, "anchors": anchors,
        "by": correction.by.strip(), "why": correction.why.strip(), "at": now}])


def _from_row(r) -> Correction:  # noqa: ANN001 - a row of the corrections table
    return Correction(r.target, r.field, r.value, r.by, r.why,
                      r.at.replace(microsecond=0).isoformat() + "Z", r.event_id, r.readout_id,
                      r.position)


def history(conn: Connection, event: Event) -> list[Correction]:
    """Every correction of this contact, its sentences and figures, oldest first."""
    rows = conn.execute(select(CorrectionRow).order_by(CorrectionRow.id)).all()
    accounts = set(event.reported_by)
    return [_from_row(r) for r in rows if r.event_id == event.id
            or (r.target == "event" and accounts & set(r.anchors or []))
            or (r.target != "event" and r.readout_id in accounts)]


def apply_to_events(conn: Connection, events: list[Event]) -> None:
    """Put the latest correction of each field on these events, in place."""
    if not events:
        return
    rows = conn.execute(select(CorrectionRow).where(CorrectionRow.target == "event")
                        .order_by(CorrectionRow.id)).all()
    if not rows:
        return
    ids = {e.id for e in events}
    elsewhere = {r.event_id for r in rows if r.event_id not in ids}
    alive = {r.id for r in conn.execute(select(EventRow.id).where(EventRow.id.in_(elsewhere)))} \
        if elsewhere else set()
    for event in events:
        accounts = set(event.reported_by)
        latest: dict[str, Any] = {}
        for r in rows:
            if r.event_id == event.id or (r.event_id not in ids and r.event_id not in alive
                                          and accounts & set(r.anchors or [])):
                latest[r.field] = r
        for name, r in latest.items():
            correction = _from_row(r)
            correction.was = getattr(event, name)
            setattr(event, name, r.value)
            if name == "date":
                event.date_precision = _PRECISION.get(len(r.value or ""))
            event.corrected.append(name)
            event.corrections.append(correction.to_json())


def apply_to_readouts(conn: Connection, readouts: dict[str, Readout]) -> None:
    """Put the latest speaker and measure corrections on these accounts, in place."""
    if not readouts:
        return
    rows = []
    ids = list(readouts)
    for n in range(0, len(ids), 500):
        rows += conn.execute(select(CorrectionRow).where(
            CorrectionRow.readout_id.in_(ids[n:n + 500]), CorrectionRow.target != "event")
            .order_by(CorrectionRow.id)).all()
    for r in rows:
        readout = readouts[r.readout_id]
        items = readout.sentences if r.target == "sentence" else readout.figures
        item = next((s for s in items if s.i == r.position), None) \
            if r.target == "sentence" else (items[r.position] if r.position < len(items) else None)
        if item is None:
            continue
        setattr(item, r.field, r.value)
        if r.field not in item.corrected:
            item.corrected.append(r.field)
        if r.target == "sentence" and r.field == "speaker":
            for f in readout.figures:  # a figure's speaker is its sentence's
                if f.sentence == r.position:
                    f.speaker = r.value


def _split_key(key: str) -> tuple[str, int]:
    readout, _, index = key.rpartition(":")
    if not readout or not index.isdigit():
        raise InputError(f"{key!r}: give the account's id and the index, ACCOUNT_ID:N")
    return readout, int(index)


def fix(conn: Connection, target: str, key: str, name: str, typed: str, by: str,
        why: str) -> Correction:
    """Check and record one correction of a stored contact (key: its id), sentence or
    figure (key: ``ACCOUNT_ID:N``, N the index as the JSON gives it); the caller holds the
    transaction."""
    from readouts.store.models import EventReadoutRow, FigureRowModel, SentenceRow

    value = check_value(target, name, typed)
    correction = Correction(target, name, value, by, why, "")
    anchors: list[str] = []
    if target == "event":
        if conn.execute(select(EventRow.id).where(EventRow.id == key)).first() is None:
            raise InputError(f"no contact with id {key!r}")
        correction.event_id = key
        anchors = [r.readout_id for r in conn.execute(
            select(EventReadoutRow.readout_id).where(EventReadoutRow.event_id == key,
                                                     EventReadoutRow.relation == "reported")
            .order_by(EventReadoutRow.id))]
    else:
        readout, index = _split_key(key)
        if target == "sentence":
            found = conn.execute(select(SentenceRow.id).where(
                SentenceRow.readout_id == readout, SentenceRow.i == index)).first()
        else:
            found = conn.execute(select(FigureRowModel.id).where(
                FigureRowModel.readout_id == readout).order_by(FigureRowModel.id)
                .offset(index).limit(1)).first()
        if found is None:
            raise InputError(f"no {target} {key!r}")
        correction.readout_id, correction.position = readout, index
    add(conn, correction, anchors)
    return correction
