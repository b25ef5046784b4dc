"""Linking stored claims into events again, for every contact a write touches.

Events are a function of the claims (each account's own view of each contact), never of the
order in which accounts arrived: a write that adds or removes claims links again, with the
pure ``link_clusters``, every stored claim that could share an event with them (those whose
principals are the same people, or one group inside the other, and so on transitively),
taken in a fixed order (account id, then position). Events that come out the same are left
alone; the others are replaced, and their comparison computed again from the stored
accounts, so a comparison appears as soon as a second side's account is stored, whichever
came first.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, bindparam, delete, func, insert, select, update

from readouts.link.events import ContactClaim, claim_from_json, link_clusters, same_people
from readouts.model import Comparison, Event, Readout
from readouts.store import queries
from readouts.store.models import (
    ClaimRow,
    ComparisonRow,
    EventActorRow,
    EventReadoutRow,
    EventRow,
    ReadoutRow,
    SentenceRow,
)
from readouts.store.rows import country_of, participants_key, put_comparison


@dataclass
class Relinked:
    """What a relink changed: events new to the store, events that took in new claims, and
    the stored event each claim now belongs to."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    event_of_readout: dict[str, list[str]] = field(default_factory=dict)


def _people(key: str) -> frozenset[str]:
    return frozenset(a for a in key.split(",") if a)


def _related(a: frozenset[str], b: frozenset[str]) -> bool:
    return a == b or same_people(a, b)


def component(conn: Connection, keys: set[str]) -> set[str]:
    """The participant keys of every stored claim that could end up in one event with a
    claim of these keys, directly or through others."""
    stored = {k: _people(k) for (k,) in conn.execute(
        select(ClaimRow.participants_key).distinct())}
    seen = set(keys)
    frontier = list(keys)
    while frontier:
        people = _people(frontier.pop())
        for key, others in stored.items():
            if key not in seen and _related(people, others):
                seen.add(key)
                frontier.append(key)
    return seen


def _load_claims(conn: Connection, keys: set[str]) -> list[tuple[int, ContactClaim, str | None]]:
    """(claim row id, claim, its stored event) in a fixed order: the account's date, its id,
    the claim's position in it (the earliest account heads an event, and leads its list)."""
    rows = []
    for part in queries.chunks(sorted(keys)):
        rows += conn.execute(
            select(ClaimRow.id, ClaimRow.readout_id, ClaimRow.position, ClaimRow.reported,
                   ClaimRow.facts, ClaimRow.event_id, ReadoutRow.side, ReadoutRow.kind,
                   ReadoutRow.published)
            .join(ReadoutRow, ReadoutRow.id == ClaimRow.readout_id)
            .where(ClaimRow.participants_key.in_(part))).all()
    rows.sort(key=lambda r: (r.published or "", r.readout_id, r.position))
    return [(r.id, claim_from_json({"reported": r.reported, "facts": r.facts}, r.readout_id,
                                   r.side, r.kind), r.event_id) for r in rows]


def _link(conn: Connection, claims: list[ContactClaim], own: set[str]
          ) -> list[tuple[Event, list[ContactClaim]]]:
    """link_clusters, with ids that stay clear of other stored events' (rare: ids name only
    three people, so two groups of four with three in common can meet)."""
    taken: set[str] = set()
    while True:
        linked = link_clusters(claims, taken)
        ids = [e.id for e, _ in linked]
        clash = {r for part in queries.chunks(ids) for (r,) in conn.execute(
            select(EventRow.id).where(EventRow.id.in_(part)))} - own
        if not clash:
            return linked
        taken |= clash


def _event_json(event: Event) -> dict:
    data = event.to_json()
    data.pop("id")
    return data


def _delete_events(conn: Connection, ids: list[str]) -> None:
    for part in queries.chunks(ids):
        for table in (ComparisonRow, EventActorRow, EventReadoutRow):
            conn.execute(delete(table).where(table.event_id.in_(part)))
        conn.execute(delete(EventRow).where(EventRow.id.in_(part)))


def _insert_event(conn: Connection, event: Event) -> None:
    conn.execute(insert(EventRow), [{
        "id": event.id, "type": event.type, "status": event.status,
        "participants": list(event.participants),
        "participants_key": participants_key(event.participants),
        "attendees": list(event.attendees), "date": event.date,
        "date_precision": event.date_precision, "part_of_day": event.part_of_day,
        "duration_minutes": event.duration_minutes, "location": event.location,
        "initiated_by": event.initiated_by, "evidence": dict(event.evidence),
    }])
    roles = {a: "participant" for a in event.participants}
    for a in event.attendees:
        roles.setdefault(a, "attendee")
    if roles:
        conn.execute(insert(EventActorRow), [
            {"event_id": event.id, "actor": a, "role": role, "country": country_of(a)}
            for a, role in roles.items()])
    links = [{"event_id": event.id, "readout_id": r, "relation": "reported"}
             for r in event.reported_by]
    links += [{"event_id": event.id, "readout_id": r, "relation": "mentioned"}
              for r in event.mentioned_in]
    if links:
        conn.execute(insert(EventReadoutRow), links)


def _first_reported(conn: Connection, readouts: list[str]) -> dict[str, int]:
    """Per account, the position of its first reported claim: its event is the account's."""
    out: dict[str, int] = {}
    for part in queries.chunks(readouts):
        out.update(conn.execute(
            select(ClaimRow.readout_id, func.min(ClaimRow.position))
            .where(ClaimRow.readout_id.in_(part), ClaimRow.reported)
            .group_by(ClaimRow.readout_id)).all())
    return out


def recompare(conn: Connection, event_ids: list[str]) -> None:
    """The comparison of each of these stored events computed again from the stored
    accounts, on the facts as read: an analyst's correction of the principals changes which
    accounts are sides, of a speaker or a measure what the sides are said to have said.
    An event no longer reported by two sides loses its comparison."""
    rows = [row for part in queries.chunks(sorted(set(event_ids)))
            for row in conn.execute(select(EventRow).where(EventRow.id.in_(part)))]
    events = queries.events_from_rows(conn, rows)  # corrections applied
    for part in queries.chunks([e.id for e in events]):
        conn.execute(delete(ComparisonRow).where(ComparisonRow.event_id.in_(part)))
    _compare(conn, events)


def _compare(conn: Connection, events: list[Event]) -> None:
    """The comparison of each event two or more sides report, from the stored accounts.

    The accounts of such events get the embedding topic signal first (as the pipeline gives
    them in one analysis), written back, so the topics do not depend on arrival order.
    """
    from readouts.compare import compare_event

    ids = list(dict.fromkeys(r for e in events for r in e.reported_by))
    found = queries.load_readouts(conn, ids)
    compared: list[tuple[Event, list[Readout]]] = []
    for event in events:  # as the pipeline picks them: two sides or more among its accounts
        accounts = [found[r] for r in event.reported_by if r in found]
        if len({r.side for r in accounts if r.side}) >= 2:
            compared.append((event, accounts))
    if not compared:
        return
    _embed_topics(conn, list({r.id: r for _, rs in compared for r in rs}.values()))
    for event, accounts in compared:
        comparison: Comparison | None = compare_event(event, accounts)
        if comparison is not None:
            put_comparison(conn, comparison, event.id)


def _embed_topics(conn: Connection, readouts: list[Readout]) -> None:
    from readouts.compare.embed import embed
    from readouts.extract.tags.topics import TopicEmbedder

    before = {(r.id, s.i): list(s.topics) for r in readouts for s in r.sentences}
    TopicEmbedder(encode=embed).tag_readouts(readouts)
    changed = [{"rid": r.id, "si": s.i, "new_topics": list(s.topics)} for r in readouts
               for s in r.sentences if s.topics != before[(r.id, s.i)]]
    if changed:
        conn.execute(update(SentenceRow).where(
            SentenceRow.readout_id == bindparam("rid"), SentenceRow.i == bindparam("si"))
            .values(topics=bindparam("new_topics")), changed)


def relink(conn: Connection, keys: set[str], stale: set[str] | None = None) -> Relinked:
    """Link again every stored claim related to these participant keys; ``stale``: events
    that lost claims (a deleted document's), written again (or dropped) whatever comes out."""
    keys = component(conn, keys)
    loaded = _load_claims(conn, keys)
    own = {e for _, _, e in loaded if e} | set(stale or ())
    current = {e.id: e for e in queries.events_from_rows(conn, [
        row for part in queries.chunks(sorted(own))
        for row in conn.execute(select(EventRow).where(EventRow.id.in_(part)))],
        corrected=False)}
    linked = _link(conn, [c for _, c, _ in loaded], own)
    out = Relinked()
    fresh = [e for e, _ in linked if e.id not in current or e.id in (stale or ())
             or _event_json(current[e.id]) != _event_json(e)]
    keep = {e.id for e, _ in linked} - {e.id for e in fresh}
    _delete_events(conn, sorted(set(current) - keep))
    event_of_claim: dict[int, str] = {}
    for event, cluster in linked:
        for claim in cluster:
            event_of_claim[id(claim)] = event.id
    previous = {id(c): e for _, c, e in loaded}
    for event in fresh:
        _insert_event(conn, event)
    for event, cluster in linked:
        if event.id in keep:
            continue
        known = any(previous[id(c)] for c in cluster)
        (out.updated if known else out.added).append(event.id)
    moved = [{"cid": cid, "eid": event_of_claim[id(c)]} for cid, c, e in loaded
             if event_of_claim[id(c)] != e]
    if moved:
        conn.execute(update(ClaimRow).where(ClaimRow.id == bindparam("cid"))
                     .values(event_id=bindparam("eid")), moved)
    first = _first_reported(conn, sorted({c.readout for _, c, _ in loaded}))
    positions = {(r.readout_id, r.position): r.id for part in queries.chunks(sorted(first))
                 for r in conn.execute(select(ClaimRow.readout_id, ClaimRow.position,
                                              ClaimRow.id).where(ClaimRow.readout_id.in_(part)))}
    by_row = {cid: event_of_claim[id(c)] for cid, c, _ in loaded}
    owned = [{"rid": rid, "eid": by_row[positions[(rid, pos)]]} for rid, pos in first.items()
             if positions.get((rid, pos)) in by_row]
    if owned:
        conn.execute(update(ReadoutRow).where(ReadoutRow.id == bindparam("rid"))
                     .values(event_id=bindparam("eid")), owned)
    for _, c, _ in loaded:
        out.event_of_readout.setdefault(c.readout, []).append(event_of_claim[id(c)])
    recompare(conn, [e.id for e in fresh])  # with the analyst's corrections, if any
    return out
