"""The watch's memory in the database (tables of migration 0004): what each source
answered last (validators, failures, when to poll next), which items were handled, which
contacts are followed, which alerts were raised and delivered. Every write goes through
the store's ``run_write``: one transaction holding the database's write lock, rerun when
another writer was in the way, so a crash or a second process leaves each record either
before or after a step, never half-way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Connection,
    DateTime,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    func,
    insert,
    select,
    update,
)

from readouts.store.db import run_write
from readouts.store.queries import chunks

_meta = MetaData()
sources_t = Table(
    "watch_sources", _meta,
    Column("url", String(2000), primary_key=True), Column("etag", Text),
    Column("last_modified", Text), Column("failures", Integer, nullable=False, default=0),
    Column("next_poll_at", DateTime), Column("last_polled_at", DateTime),
    Column("last_error", Text))
items_t = Table(
    "watch_items", _meta,
    Column("url", String(2000), primary_key=True),
    Column("source_url", String(2000), nullable=False),
    Column("status", String(16), nullable=False),
    Column("attempts", Integer, nullable=False, default=0),
    Column("seen_at", DateTime, nullable=False), Column("note", Text))
contacts_t = Table(
    "watch_contacts", _meta,
    Column("event_id", String(200), primary_key=True), Column("pair", String(16), nullable=False),
    Column("sides", JSON, nullable=False), Column("first_side_at", DateTime))
alerts_t = Table(
    "watch_alerts", _meta,
    Column("key", String(300), primary_key=True), Column("kind", String(16), nullable=False),
    Column("event_id", String(200), nullable=False), Column("created_at", DateTime, nullable=False),
    Column("payload", JSON, nullable=False), Column("delivered", JSON, nullable=False),
    Column("done", Boolean, nullable=False, default=False))

ITEM_DONE = ("stored", "skipped")  # never fetched again; "failed" items are retried
MAX_ATTEMPTS = 5


@dataclass
class SourceState:
    etag: str | None = None
    last_modified: str | None = None
    failures: int = 0
    next_poll_at: datetime | None = None


@dataclass
class Followed:
    event_id: str
    pair: tuple[str, str]
    sides: list[str]
    first_side_at: datetime | None


@dataclass
class PendingAlert:
    key: str
    payload: dict
    delivered: list[str]


class WatchState:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    # sources

    def source(self, url: str) -> SourceState:
        with self.engine.connect() as conn:
            row = conn.execute(select(sources_t).where(sources_t.c.url == url)).first()
        if row is None:
            return SourceState()
        return SourceState(row.etag, row.last_modified, row.failures, row.next_poll_at)

    def put_source(self, url: str, state: SourceState, polled_at: datetime,
                   error: str | None) -> None:
        values = {"etag": state.etag, "last_modified": state.last_modified,
                  "failures": state.failures, "next_poll_at": state.next_poll_at,
                  "last_polled_at": polled_at, "last_error": error}

        def work(conn: Connection) -> None:
            done = conn.execute(update(sources_t).where(sources_t.c.url == url).values(**values))
            if not done.rowcount:
                conn.execute(insert(sources_t).values(url=url, **values))

        run_write(self.engine, work)

    # items

    def items_to_skip(self, urls: list[str]) -> set[str]:
        """Of these item URLs, those handled for good or tried too often (asked in chunks:
        a sitemap may list tens of thousands)."""
        rows = []
        with self.engine.connect() as conn:
            for part in chunks(urls):
                rows += conn.execute(select(items_t.c.url, items_t.c.status, items_t.c.attempts)
                                     .where(items_t.c.url.in_(part))).all()
        return {r.url for r in rows if r.status in ITEM_DONE or r.attempts >= MAX_ATTEMPTS}

    def put_item(self, url: str, source_url: str, status: str, at: datetime,
                 note: str | None = None) -> None:
        def work(conn: Connection) -> None:
            row = conn.execute(select(items_t.c.attempts).where(items_t.c.url == url)).first()
            if row is None:
                conn.execute(insert(items_t).values(url=url, source_url=source_url, status=status,
                                                    attempts=1, seen_at=at, note=note))
            else:
                conn.execute(update(items_t).where(items_t.c.url == url).values(
                    status=status, attempts=row.attempts + 1, note=note))

        run_write(self.engine, work)

    def count_items(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(items_t)).scalar_one()

    # contacts and alerts

    def followed(self, event_ids: list[str] | None = None) -> list[Followed]:
        query = select(contacts_t)
        if event_ids is not None:
            query = query.where(contacts_t.c.event_id.in_(event_ids))
        with self.engine.connect() as conn:
            return [Followed(r.event_id, tuple(r.pair.split(",")), list(r.sides), r.first_side_at)
                    for r in conn.execute(query)]

    def follow(self, item: Followed, alerts: list[tuple[str, str, dict]], at: datetime) -> None:
        """Record a contact's sides and the alerts they raise (key, kind, payload) together;
        an alert whose key is known is not raised again."""
        values = {"pair": ",".join(item.pair), "sides": sorted(item.sides),
                  "first_side_at": item.first_side_at}

        def work(conn: Connection) -> None:
            done = conn.execute(update(contacts_t).where(
                contacts_t.c.event_id == item.event_id).values(**values))
            if not done.rowcount:
                conn.execute(insert(contacts_t).values(event_id=item.event_id, **values))
            _raise(conn, item.event_id, alerts, at)

        run_write(self.engine, work)

    def raise_alerts(self, event_id: str, alerts: list[tuple[str, str, dict]],
                     at: datetime) -> None:
        run_write(self.engine, lambda conn: _raise(conn, event_id, alerts, at))

    def alert_keys(self) -> set[str]:
        with self.engine.connect() as conn:
            return {r.key for r in conn.execute(select(alerts_t.c.key))}

    def pending_alerts(self) -> list[PendingAlert]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(alerts_t).where(alerts_t.c.done.is_(False))
                                .order_by(alerts_t.c.created_at, alerts_t.c.key)).all()
        return [PendingAlert(r.key, dict(r.payload), list(r.delivered)) for r in rows]

    def mark_delivered(self, key: str, channels: list[str], done: bool) -> None:
        run_write(self.engine, lambda conn: conn.execute(
            update(alerts_t).where(alerts_t.c.key == key).values(
                delivered=sorted(channels), done=done)))


def _raise(conn: Connection, event_id: str, alerts: list[tuple[str, str, dict]],
           at: datetime) -> None:
    """Insert the alerts whose key is new: an alert is raised once, whoever raises it."""
    for key, kind, payload in alerts:
        if conn.execute(select(alerts_t.c.key).where(alerts_t.c.key == key)).first() is None:
            conn.execute(insert(alerts_t).values(key=key, kind=kind, event_id=event_id,
                                                 created_at=at, payload=payload,
                                                 delivered=[], done=False))
