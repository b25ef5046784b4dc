"""Corrections (an analyst's overrides, kept apart from the machine's output) and each
document's text as analysed (so a document can be analysed again).

Corrections carry no foreign key: deleting or re-analysing a document must not take the
analyst's work with it; they apply again when the accounts or the contact come back.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("target", sa.String(10), nullable=False),
        sa.Column("event_id", sa.String(200), index=True),
        sa.Column("readout_id", sa.String(80), index=True),
        sa.Column("position", sa.Integer),
        sa.Column("field", sa.String(32), nullable=False),
        sa.Column("value", sa.JSON),
        sa.Column("anchors", sa.JSON, nullable=False),
        sa.Column("by", sa.Text, nullable=False),
        sa.Column("why", sa.Text, nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "document_texts",
        sa.Column("document_id", sa.String(64),
                  sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("meta", sa.JSON, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("document_texts")
    op.drop_table("corrections")
