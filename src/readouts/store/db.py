"""Opening the database: the URL, the engine, and the schema brought to Alembic's head."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import StaticPool


def default_db_url() -> str:
    """READOUTS_DB if set, else a SQLite file in the user's data directory."""
    url = os.environ.get("READOUTS_DB")
    if url:
        return url
    from platformdirs import user_data_dir

    folder = Path(user_data_dir("readouts"))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'readouts.db'}"


def _enable_sqlite_foreign_keys(dbapi_connection, _record) -> None:  # noqa: ANN001
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine; SQLite gets foreign keys on (for cascades) and one shared in-memory db."""
    if url.startswith("sqlite"):
        memory = url in ("sqlite://", "sqlite:///:memory:")
        if not memory:
            path = url.split(":///", 1)[-1]
            if path:
                Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": 30},
            poolclass=StaticPool if memory else None,
        )
        event.listen(engine, "connect", _enable_sqlite_foreign_keys)
        return engine
    return create_engine(url, pool_pre_ping=True)


def alembic_config() -> Config:
    """The packaged alembic.ini, with its migrations folder resolved inside the package."""
    folder = resources.files("readouts.store")
    config = Config(str(folder.joinpath("alembic.ini")))
    config.set_main_option("script_location", str(folder.joinpath("migrations")))
    return config


def upgrade_to_head(engine: Engine) -> None:
    """Run pending migrations on this engine (a no-op when the schema is current)."""
    config = alembic_config()
    head = ScriptDirectory.from_config(config).get_current_head()
    with engine.begin() as connection:
        if MigrationContext.configure(connection).get_current_revision() == head:
            return
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
