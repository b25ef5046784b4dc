"""A database's content as plain sorted rows, to tell two stores apart (or not).

Left out: what says when or in which order a row was written, not what it holds (row ids
from autoincrement, added_at, updated_at); the order of an event's accounts is kept as
their rank within the event.
"""

from __future__ import annotations

from sqlalchemy import Engine, inspect
from sqlalchemy import text as sql

_SKIP_TABLES = ("alembic_version", "sentences_fts")
_VOLATILE = {"added_at", "updated_at"}
_ROW_ID_TABLES = {"sentences", "mentions", "figures", "event_readouts", "claims"}


def dumped_columns(engine: Engine, name: str) -> list[str]:
    """The columns of a table that ``dump`` gives, in its order."""
    columns = [c["name"] for c in inspect(engine).get_columns(name)]
    return [c for c in columns if c not in _VOLATILE
            and not (c == "id" and name in _ROW_ID_TABLES)]


def dump(engine: Engine) -> dict[str, list[tuple]]:
    out: dict[str, list[tuple]] = {}
    names = [n for n in inspect(engine).get_table_names() if not n.startswith(_SKIP_TABLES)]
    with engine.connect() as conn:
        for name in sorted(names):
            keep = dumped_columns(engine, name)
            order = " ORDER BY id" if name in _ROW_ID_TABLES else ""
            columns_sql = ", ".join(f'"{c}"' for c in keep)
            rows = conn.execute(sql(f"SELECT {columns_sql} FROM {name}{order}"))
            values = [tuple(str(v) for v in row) for row in rows]
            if name == "event_readouts":  # stored order within an event, not row ids
                rank: dict[str, int] = {}
                ranked = []
                for row in values:
                    rank[row[0]] = rank.get(row[0], -1) + 1
                    ranked.append((*row, rank[row[0]]))
                values = ranked
            out[name] = sorted(values)
    return out
