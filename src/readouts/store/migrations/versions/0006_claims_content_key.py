"""Claims (each account's own view of each contact) and a whitespace-blind document key.

Events are linked again from the claims whenever a write touches them, so the stored
events and comparisons no longer depend on the order in which accounts arrived. Databases
written before keep their events: each stored link becomes a claim with the account's own
facts where it kept them, else the event's. ``documents.content_key`` is the sha256 of the
accounts' text with whitespace runs as one space, so a copy that differs only by a
trailing newline or line endings is stored once.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04
"""

from __future__ import annotations

import hashlib
import json

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_FACTS = ("type", "status", "participants", "attendees", "date", "date_precision",
          "part_of_day", "duration_minutes", "location", "initiated_by")


def _json(value: object) -> object:
    return json.loads(value) if isinstance(value, str) else value


def _content_key(parts: list[tuple[str | None, str]]) -> str | None:
    if not parts:
        return None
    joined = "\x1e".join(" ".join((title or "").split()) + "\n" + " ".join(text.split())
                         for title, text in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()


def _backfill_content_keys(conn: sa.Connection) -> None:
    parts: dict[str, list[tuple[str | None, str]]] = {}
    for row in conn.execute(sa.text(
            "SELECT document_id, title, text FROM readouts ORDER BY document_id, position")):
        parts.setdefault(row.document_id, []).append((row.title, row.text))
    for doc_id, found in parts.items():
        conn.execute(sa.text("UPDATE documents SET content_key = :k WHERE id = :i"),
                     {"k": _content_key(found), "i": doc_id})


def _backfill_claims(conn: sa.Connection) -> None:
    events = {row.id: row for row in conn.execute(sa.text("SELECT * FROM events"))}
    own = {row.id: (row.event_id, _json(row.facts)) for row in conn.execute(
        sa.text("SELECT id, event_id, facts FROM readouts"))}
    positions: dict[str, int] = {}
    rows = []
    for link in conn.execute(sa.text(
            "SELECT event_id, readout_id, relation FROM event_readouts ORDER BY id")):
        event = events.get(link.event_id)
        if event is None:
            continue
        first_event, facts = own.get(link.readout_id, (None, None))
        if not (link.relation == "reported" and first_event == link.event_id and facts):
            facts = {name: _json(getattr(event, name)) if name in ("participants", "attendees")
                     else getattr(event, name) for name in _FACTS}
        facts = {**{name: facts.get(name) for name in _FACTS}, "sentence": 0, "partial": None,
                 "evidence": {}}
        facts["participants"] = list(facts["participants"] or [])
        facts["attendees"] = list(facts["attendees"] or [])
        position = positions.get(link.readout_id, 0)
        positions[link.readout_id] = position + 1
        rows.append({"readout_id": link.readout_id, "position": position,
                     "reported": link.relation == "reported",
                     "participants_key": ",".join(sorted(set(facts["participants"]))),
                     "facts": json.dumps(facts, ensure_ascii=False), "event_id": link.event_id})
    if rows:
        conn.execute(sa.text(
            "INSERT INTO claims (readout_id, position, reported, participants_key, facts, "
            "event_id) VALUES (:readout_id, :position, :reported, :participants_key, "
            + ("CAST(:facts AS json)" if conn.dialect.name == "postgresql" else ":facts")
            + ", :event_id)"), rows)


def upgrade() -> None:
    # plain ALTER TABLE (no batch copy: copying documents would cascade-delete its accounts)
    op.add_column("documents", sa.Column("content_key", sa.String(64), nullable=True))
    op.create_index("ix_documents_content_key", "documents", ["content_key"])
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("readout_id", sa.String(80),
                  sa.ForeignKey("readouts.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("reported", sa.Boolean, nullable=False),
        sa.Column("participants_key", sa.Text, nullable=False),
        sa.Column("facts", sa.JSON, nullable=False),
        sa.Column("event_id", sa.String(200), nullable=True),
        sa.UniqueConstraint("readout_id", "position"),
    )
    op.create_index("ix_claims_participants_key", "claims", ["participants_key"])
    op.create_index("ix_claims_event_id", "claims", ["event_id"])
    conn = op.get_bind()
    _backfill_content_keys(conn)
    _backfill_claims(conn)


def downgrade() -> None:
    op.drop_index("ix_claims_event_id", table_name="claims")
    op.drop_index("ix_claims_participants_key", table_name="claims")
    op.drop_table("claims")
    op.drop_index("ix_documents_content_key", table_name="documents")
    op.drop_column("documents", "content_key")
