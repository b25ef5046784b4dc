"""Small helpers that turn model objects into table rows, shared by saving and relinking."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from functools import lru_cache

from sqlalchemy import Connection, delete, insert, select

from readouts.model import Comparison, Document
from readouts.store.models import ComparisonRow, EventRow


@lru_cache(maxsize=4096)
def country_of(actor: str) -> str | None:
    """The country an actor serves, from the actor knowledge base (None when unknown)."""
    try:
        from readouts.extract.people.actors import actor_index
    except ImportError:  # the knowledge base is not installed: no country filter
        return None
    return actor_index().country_of(actor)


def participants_key(participants: list[str]) -> str:
    """The participants as one key, in any order they were listed."""
    return ",".join(sorted(set(participants)))


def content_key(document: Document) -> str | None:
    """sha256 of the accounts' titles and text with every whitespace run as one space: a
    copy that differs only by a trailing newline or its line endings has the same key."""
    if not document.readouts:
        return None
    joined = "\x1e".join(" ".join((r.title or "").split()) + "\n" + " ".join(r.text.split())
                         for r in document.readouts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()


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
