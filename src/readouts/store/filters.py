"""Which stored contacts pass a filter, on the values a reader sees.

The machine's facts are columns the database can filter on; an analyst's corrections are a
layer applied when reading (``corrections``). A filter must agree with what is shown: a
contact corrected from a phone call to a meeting is listed under meetings, and under
calls no more. Corrections are few (people make them), so the contacts they touch are read
with the corrections applied and tested here, and the database filters the others on its
columns: ``(not corrected and the columns pass) or one of the corrected that pass``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    case,
    exists,
    func,
    or_,
    select,
)

from readouts.model import Event
from readouts.store.corrections import CorrectionRow
from readouts.store.models import EventActorRow, EventReadoutRow, EventRow, ReadoutRow
from readouts.store.queries import chunks, events_from_rows
from readouts.store.rows import country_of

FILTERED_FACTS = ("type", "date", "participants", "attendees")  # what the filters read


@dataclass
class EventFilter:
    actor: str | None = None
    since: str | None = None
    until: str | None = None
    type: str | None = None
    source: str | None = None
    country_pair: tuple[str, str] | None = None
    compared: bool = False  # only contacts two or more governments' own accounts report

    def passes(self, event: Event) -> bool:
        """The facts' part of the filter, on an event as read (corrections applied)."""
        if self.actor and self.actor not in {*event.participants, *event.attendees}:
            return False
        if self.since and not (event.date and event.date >= self.since):
            return False
        if self.until and not (event.date and event.date <= until_bound(self.until)):
            return False
        if self.type and event.type != self.type:
            return False
        if self.country_pair:
            countries = {country_of(p) for p in event.participants}
            if not {c.upper() for c in self.country_pair} <= countries:
                return False
        return True


def until_bound(value: str) -> str:
    """An upper bound that keeps every date inside a YYYY or YYYY-MM period."""
    if len(value) == 4:
        return value + "-12-31"
    if len(value) == 7:
        return value + "-31"
    return value


def _fact_conditions(f: EventFilter) -> list[ColumnElement[bool]]:
    """The filter on the machine's facts (what a correction can change)."""
    conditions: list[ColumnElement[bool]] = []
    if f.actor:
        conditions.append(exists().where(EventActorRow.event_id == EventRow.id,
                                         EventActorRow.actor == f.actor))
    if f.since:
        conditions.append(EventRow.date >= f.since)
    if f.until:
        conditions.append(EventRow.date <= until_bound(f.until))
    if f.type:
        conditions.append(EventRow.type == f.type)
    if f.country_pair:
        for country in {c.upper() for c in f.country_pair}:
            conditions.append(exists().where(
                EventActorRow.event_id == EventRow.id, EventActorRow.role == "participant",
                EventActorRow.country == country))
    return conditions


def _account_conditions(f: EventFilter) -> list[ColumnElement[bool]]:
    """The filter on the contact's accounts (no correction changes those)."""
    conditions: list[ColumnElement[bool]] = []
    if f.source:
        conditions.append(exists().where(
            EventReadoutRow.event_id == EventRow.id,
            EventReadoutRow.readout_id == ReadoutRow.id, ReadoutRow.source == f.source))
    if f.compared:
        sides = (select(func.count(ReadoutRow.side.distinct()))
                 .join(EventReadoutRow, EventReadoutRow.readout_id == ReadoutRow.id)
                 .where(EventReadoutRow.event_id == EventRow.id,
                        EventReadoutRow.relation == "reported")
                 .correlate(EventRow).scalar_subquery())
        conditions.append(sides >= 2)
    return conditions


def corrected_events(conn: Connection) -> dict[str, Event]:
    """The stored contacts with a corrected fact that filters read, as read (corrected)."""
    rows = conn.execute(select(CorrectionRow.event_id, CorrectionRow.anchors).where(
        CorrectionRow.target == "event", CorrectionRow.field.in_(FILTERED_FACTS))).all()
    if not rows:
        return {}
    named = sorted({r.event_id for r in rows if r.event_id})
    alive = {i for part in chunks(named)
             for (i,) in conn.execute(select(EventRow.id).where(EventRow.id.in_(part)))}
    anchors = sorted({a for r in rows if r.event_id not in alive for a in r.anchors or []})
    reporting = {i for part in chunks(anchors) for (i,) in conn.execute(
        select(EventReadoutRow.event_id).where(EventReadoutRow.readout_id.in_(part),
                                               EventReadoutRow.relation == "reported"))}
    ids = sorted(alive | reporting)
    found = [row for part in chunks(ids)
             for row in conn.execute(select(EventRow).where(EventRow.id.in_(part)))]
    return {e.id: e for e in events_from_rows(conn, found)
            if set(e.corrected) & set(FILTERED_FACTS)}


def event_conditions(conn: Connection, f: EventFilter) -> list[ColumnElement[bool]]:
    """The filter as conditions on the events table, corrected facts taken into account."""
    facts = _fact_conditions(f)
    corrected = corrected_events(conn) if facts else {}
    if corrected:
        passing = [i for i, e in corrected.items() if f.passes(e)]
        facts = [or_(and_(EventRow.id.not_in(list(corrected)), *facts),
                     EventRow.id.in_(passing))]
    return facts + _account_conditions(f)


def select_events(conn: Connection, f: EventFilter) -> Select:
    """The contacts passing the filter, newest first (by the date a reader sees)."""
    dates = {i: e.date for i, e in corrected_events(conn).items() if "date" in e.corrected}
    date = case(dates, value=EventRow.id, else_=EventRow.date) if dates else EventRow.date
    return select(EventRow).where(and_(True, *event_conditions(conn, f))).order_by(
        date.is_(None), date.desc(), EventRow.id)


def count_events(conn: Connection, f: EventFilter) -> int:
    """How many events the filter selects, all pages together."""
    query = select(func.count()).select_from(EventRow).where(
        and_(True, *event_conditions(conn, f)))
    return conn.execute(query).scalar_one()
