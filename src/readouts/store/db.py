"""Opening the database: the URL, the engine, the schema brought to Alembic's head, and
write transactions that are safe with other writers (processes) on the same database.

SQLite: writes take the write lock first (BEGIN IMMEDIATE), so two writers queue instead of
one failing halfway; the file is in WAL mode so readers do not wait. PostgreSQL: writes take
a transaction-level advisory lock, so they run one after another there too. Migrations run
under a lock file (SQLite) or a session advisory lock (PostgreSQL), so two processes opening
a new database do not both create its tables.
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import TypeVar

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from filelock import FileLock
from sqlalchemy import Connection, Engine, create_engine, event, make_url, text
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from readouts.errors import InputError

T = TypeVar("T")

_BUSY_TIMEOUT_S = 60  # how long SQLite waits for another writer's lock, per attempt
_WRITE_ATTEMPTS = 6  # a transaction that meets a busy database or a key race is rerun
_WRITE_LOCK = 7_061_842_351  # PostgreSQL advisory lock keys: writes, and migrations
_MIGRATION_LOCK = 7_061_842_352
_RETRY_PG_CODES = frozenset({"40001", "40P01", "23505", "55P03"})
_URL_HELP = "use sqlite:///PATH or postgresql+psycopg://USER@HOST/NAME"


class StoreError(InputError):
    """A database that cannot be opened or written, told in one line without any SQL."""


def default_db_url() -> str:
    """READOUTS_DB if set, else a SQLite file in the user's data directory."""
    url = os.environ.get("READOUTS_DB")
    if url:
        return url
    from platformdirs import user_data_dir

    folder = Path(user_data_dir("readouts"))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'readouts.db'}"


def describe(exc: BaseException) -> str:
    """One line on what a database error means, from the driver's own message: never the
    statement or its parameters, which SQLAlchemy appends to its own."""
    orig = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    lines = [line.strip() for line in str(orig).splitlines() if line.strip()]
    line = lines[0] if lines else type(orig).__name__
    return line.split("[SQL:", 1)[0].strip().rstrip(".:") or type(orig).__name__


def _sqlite_connect(dbapi_connection, _record) -> None:  # noqa: ANN001
    # pysqlite's own BEGIN handling is off, so the "begin" listener decides the lock mode.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    mode = "IMMEDIATE" if conn.get_execution_options().get("write") else "DEFERRED"
    conn.exec_driver_sql(f"BEGIN {mode}")


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL; None for an in-memory database or another dialect."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database).expanduser()


def make_engine(url: str) -> Engine:
    """An engine; SQLite gets foreign keys on (for cascades), explicit BEGINs so writes can
    take the write lock up front, and one shared connection for an in-memory database."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"--db {url!r}: not a database URL; {_URL_HELP}") from exc
    try:
        if parsed.get_backend_name() == "sqlite":
            path = sqlite_path(url)
            if path is not None:
                path.parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(
                url, connect_args={"check_same_thread": False, "timeout": _BUSY_TIMEOUT_S},
                poolclass=StaticPool if path is None else None)
            event.listen(engine, "connect", _sqlite_connect)
            event.listen(engine, "begin", _sqlite_begin)
            return engine
        return create_engine(url, pool_pre_ping=True)
    except (NoSuchModuleError, ArgumentError) as exc:
        raise StoreError(f"--db {_safe(url)}: not a database URL; {_URL_HELP}") from exc
    except ImportError as exc:
        raise StoreError(f"--db {_safe(url)}: its database driver ({exc.name}) is not "
                         "installed; pip install 'readouts[postgres]'") from exc
    except OSError as exc:
        raise StoreError(f"--db {_safe(url)}: cannot open the database "
                         f"({exc.strerror or exc})") from exc


def _safe(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return repr(url)


def alembic_config() -> Config:
    """The packaged alembic.ini, with its migrations folder resolved inside the package."""
    folder = resources.files("readouts.store")
    config = Config(str(folder.joinpath("alembic.ini")))
    config.set_main_option("script_location", str(folder.joinpath("migrations")))
    return config


def _current(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


@contextmanager
def _migration_lock(engine: Engine) -> Iterator[None]:
    """One process at a time brings a database's schema up to date."""
    path = sqlite_path(str(engine.url))
    if path is not None:
        with FileLock(f"{path}.lock", timeout=_BUSY_TIMEOUT_S * 2):
            yield
    elif engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": _MIGRATION_LOCK})
            conn.commit()
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _MIGRATION_LOCK})
                conn.commit()
    else:
        yield


def upgrade_to_head(engine: Engine) -> None:
    """Run pending migrations on this engine (a no-op when the schema is current)."""
    config = alembic_config()
    head = ScriptDirectory.from_config(config).get_current_head()
    if _current(engine) == head:
        return
    with _migration_lock(engine):
        if sqlite_path(str(engine.url)) is not None:  # WAL: readers go on while one writes
            raw = engine.raw_connection()  # outside any transaction, as the pragma needs
            try:
                raw.driver_connection.execute("PRAGMA journal_mode=WAL")
            finally:
                raw.close()
        with engine.connect().execution_options(write=True) as connection, connection.begin():
            if MigrationContext.configure(connection).get_current_revision() == head:
                return
            config.attributes["connection"] = connection
            command.upgrade(config, "head")


def open_engine(url: str) -> Engine:
    """make_engine + upgrade_to_head, with every failure as one StoreError line."""
    engine = make_engine(url)
    try:
        upgrade_to_head(engine)
    except SQLAlchemyError as exc:
        engine.dispose()
        raise StoreError(f"--db {_safe(url)}: cannot open the database ({describe(exc)})") \
            from exc
    except OSError as exc:  # the lock file's folder is not writable, for one
        engine.dispose()
        raise StoreError(f"--db {_safe(url)}: cannot open the database ({exc})") from exc
    return engine


def _retryable(exc: DBAPIError) -> bool:
    """A busy SQLite file, a PostgreSQL serialization failure or a unique-key race."""
    code = getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)
    if code in _RETRY_PG_CODES:
        return True
    message = str(exc.orig).lower()
    return "database is locked" in message or "database is busy" in message or \
        "unique constraint failed" in message


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """One write transaction holding the database's write lock from its first statement."""
    with engine.connect().execution_options(write=True) as conn, conn.begin():
        if engine.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _WRITE_LOCK})
        yield conn


def run_write(engine: Engine, work: Callable[[Connection], T]) -> T:
    """Run ``work`` in a write transaction; rerun it when another writer was in the way
    (the work must read what it needs inside, so a rerun sees the other's result)."""
    attempt = 0
    while True:
        try:
            with write_transaction(engine) as conn:
                return work(conn)
        except DBAPIError as exc:
            attempt += 1
            if not _retryable(exc) or attempt >= _WRITE_ATTEMPTS:
                raise StoreError(f"cannot write to the database: {describe(exc)}") from exc
            time.sleep(random.uniform(0.05, 0.2) * 2 ** attempt)
