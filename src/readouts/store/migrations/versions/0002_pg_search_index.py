"""PostgreSQL search index over the text as searched: '<' and '>' read as spaces.

PostgreSQL's text parser drops tag-like runs ("<script>alert</script>"), so search reads
``translate(text, '<>', '  ')``; the index must be on that same expression to be used.
SQLite's FTS5 table is unchanged.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_sentences_fts")
    op.execute("CREATE INDEX ix_sentences_fts ON sentences "
               "USING GIN (to_tsvector('simple', translate(text, '<>', '  ')))")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_sentences_fts")
    op.execute("CREATE INDEX ix_sentences_fts ON sentences "
               "USING GIN (to_tsvector('simple', text))")
