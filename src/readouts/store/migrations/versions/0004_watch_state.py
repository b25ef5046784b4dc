"""Watch state: polled sources (validators, backoff), items seen, contacts followed, alerts.

Kept in the database, next to what it describes, so that a restarted or cron-run watch
neither fetches an item twice nor sends an alert twice.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "watch_sources",
        sa.Column("url", sa.String(2000), primary_key=True),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("failures", sa.Integer, nullable=False, server_default="0"),
        sa.Column("next_poll_at", sa.DateTime),
        sa.Column("last_polled_at", sa.DateTime),
        sa.Column("last_error", sa.Text),
    )
    op.create_table(
        "watch_items",
        sa.Column("url", sa.String(2000), primary_key=True),
        sa.Column("source_url", sa.String(2000), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("seen_at", sa.DateTime, nullable=False),
        sa.Column("note", sa.Text),
    )
    op.create_table(
        "watch_contacts",
        sa.Column("event_id", sa.String(200), primary_key=True),
        sa.Column("pair", sa.String(16), nullable=False),
        sa.Column("sides", sa.JSON, nullable=False),
        sa.Column("first_side_at", sa.DateTime),
    )
    op.create_table(
        "watch_alerts",
        sa.Column("key", sa.String(300), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("event_id", sa.String(200), nullable=False, index=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("payload", sa.JSON, nullable=False),
        sa.Column("delivered", sa.JSON, nullable=False),
        sa.Column("done", sa.Boolean, nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    for table in ("watch_alerts", "watch_contacts", "watch_items", "watch_sources"):
        op.drop_table(table)
