"""Initial schema: documents, accounts, sentences, events, figures, comparisons.

Full-text search is dialect-specific: an FTS5 table (trigram tokenizer, so Chinese
and inflected Russian match inside words) kept in sync by triggers on SQLite, and a
GIN index on to_tsvector('simple', text) on PostgreSQL.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_SQLITE_FTS = (
    "CREATE VIRTUAL TABLE sentences_fts USING fts5("
    "text, content='sentences', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER sentences_fts_insert AFTER INSERT ON sentences BEGIN "
    "INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN "
    "INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text); "
    "END",
    "CREATE TRIGGER sentences_fts_update AFTER UPDATE OF text ON sentences BEGIN "
    "INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text); "
    "INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text); END",
)


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("origin", sa.Text, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("published", sa.String(10), index=True),
        sa.Column("published_precision", sa.String(8)),
        sa.Column("published_evidence", sa.Text),
        sa.Column("added_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "readouts",
        sa.Column("id", sa.String(80), primary_key=True),
        sa.Column("document_id", sa.String(64),
                  sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("source", sa.String(64), nullable=False, index=True),
        sa.Column("side", sa.String(3)),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("event_id", sa.String(200), index=True),
        sa.Column("characterization", sa.JSON, nullable=False),
        sa.Column("source_evidence", sa.Text),
        sa.Column("dateline", sa.String(20)),
        sa.Column("published", sa.String(10)),
        sa.Column("facts", sa.JSON, nullable=False),
    )
    op.create_table(
        "sentences",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("readout_id", sa.String(80),
                  sa.ForeignKey("readouts.id", ondelete="CASCADE"), nullable=False),
        sa.Column("i", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("speaker", sa.String(120), index=True),
        sa.Column("topics", sa.JSON, nullable=False),
        sa.UniqueConstraint("readout_id", "i"),
    )
    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("readout_id", sa.String(80),
                  sa.ForeignKey("readouts.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("actor", sa.String(120), nullable=False, index=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("sentence", sa.Integer, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
    )
    op.create_table(
        "figures",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("readout_id", sa.String(80),
                  sa.ForeignKey("readouts.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("value", sa.Float, nullable=False),
        sa.Column("unit", sa.String(40), nullable=False, index=True),
        sa.Column("qualifier", sa.String(16), nullable=False),
        sa.Column("period_start", sa.String(10)),
        sa.Column("period_end", sa.String(10)),
        sa.Column("about", sa.String(80), index=True),
        sa.Column("sentence", sa.Integer, nullable=False),
        sa.Column("speaker", sa.String(120)),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.String(200), primary_key=True),
        sa.Column("type", sa.String(20), nullable=False, index=True),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("participants", sa.JSON, nullable=False),
        sa.Column("participants_key", sa.Text, nullable=False, index=True),
        sa.Column("attendees", sa.JSON, nullable=False),
        sa.Column("date", sa.String(10), index=True),
        sa.Column("date_precision", sa.String(8)),
        sa.Column("part_of_day", sa.String(10)),
        sa.Column("duration_minutes", sa.Integer),
        sa.Column("location", sa.Text),
        sa.Column("initiated_by", sa.String(120)),
        sa.Column("evidence", sa.JSON, nullable=False),
    )
    op.create_table(
        "event_actors",
        sa.Column("event_id", sa.String(200),
                  sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("actor", sa.String(120), primary_key=True, index=True),
        sa.Column("role", sa.String(12), nullable=False),
        sa.Column("country", sa.String(3), index=True),
    )
    op.create_table(
        "event_readouts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.String(200),
                  sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
        sa.Column("readout_id", sa.String(80),
                  sa.ForeignKey("readouts.id", ondelete="CASCADE"), nullable=False),
        sa.Column("relation", sa.String(10), nullable=False),
        sa.UniqueConstraint("event_id", "readout_id"),
    )
    op.create_index("ix_event_readouts_readout", "event_readouts", ["readout_id"])
    op.create_table(
        "comparisons",
        sa.Column("event_id", sa.String(200),
                  sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in _SQLITE_FTS:
            op.execute(statement)
    elif dialect == "postgresql":
        op.execute("CREATE INDEX ix_sentences_fts ON sentences "
                   "USING GIN (to_tsvector('simple', text))")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TABLE IF EXISTS sentences_fts")
    for table in ("comparisons", "event_readouts", "event_actors", "events", "figures",
                  "mentions", "sentences", "readouts", "documents"):
        op.drop_table(table)
