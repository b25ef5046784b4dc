"""What every command shares: the Typer app and its consoles, the options, opening the
database (a bad URL is one line, not a traceback), checking what the user typed."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from readouts.errors import InputError

if TYPE_CHECKING:  # imported lazily where used: the CLI starts without the store or rich.text
    from rich.text import Text

    from readouts.store import Store
    from readouts.store.filters import EventFilter


def _plain_help_types() -> None:
    """Typer 0.29 labels options with Python types (``<bool>``, ``<list[str]>``); a user
    wants to know what to type: flags get no label, values TEXT, INTEGER, PATH..."""
    import typer.core

    words = {"str": "TEXT", "int": "INTEGER", "float": "NUMBER", "Path": "PATH"}

    def label(self, ctx) -> str | None:  # noqa: ANN001 - click's parameter and context
        if self.metavar is not None:
            return self.metavar
        if getattr(self, "is_flag", False):
            return None
        shown = self.display_type(ctx).strip("<>")
        many = shown.startswith("list[") or self.nargs != 1
        shown = shown.removeprefix("list[").removesuffix("]")
        return words.get(shown, shown.upper()) + ("..." if many else "")

    typer.core.TyperOption.display_type_rich = label
    typer.core.TyperArgument.display_type_rich = label


_plain_help_types()
app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Compare governments' official accounts of leaders' calls and meetings.")
console = Console()
err = Console(stderr=True)

DbOption = Annotated[str | None, typer.Option("--db", envvar="READOUTS_DB",
                                              help="Database URL (default: SQLite in the "
                                                   "user data directory).")]
PublishedOption = Annotated[str | None, typer.Option(
    "--published", help="Publication date of the inputs: YYYY-MM-DD, YYYY-MM or YYYY.")]
LangOption = Annotated[str | None, typer.Option(
    "--lang", help="Force the language: it, en, ru, zh.")]
FORMATS = ("terminal", "html", "markdown", "json")
PrivateOption = Annotated[bool, typer.Option("--allow-private",
                                             help="Allow URLs on private or loopback addresses.")]
WorkersOption = Annotated[int | None, typer.Option(
    "--workers", help="Processes analysing documents at once (default: every core).")]


def shown(url: str) -> str:
    """The database URL as it may be printed: without its password."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return url


@contextmanager
def opening_database(url: str) -> Iterator[None]:
    """A bad URL, a missing driver or a database that cannot be opened is the user's
    input, told in one line, not a SQLAlchemy traceback."""
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

    try:
        yield
    except (ArgumentError, NoSuchModuleError) as exc:
        raise InputError(f"--db {shown(url)}: not a database URL; use sqlite:///PATH or "
                         "postgresql://USER@HOST/NAME") from exc
    except ImportError as exc:
        hint = "; pip install 'readouts[postgres]'" if url.startswith("postgres") else ""
        raise InputError(f"--db {shown(url)}: its database driver ({exc.name}) is not "
                         f"installed{hint}") from exc
    except (SQLAlchemyError, OSError) as exc:
        reason = getattr(exc, "orig", None) or exc
        raise InputError(f"--db {shown(url)}: cannot open the database ({reason})") from exc


def open_store(db: str | None) -> Store:
    """The store at ``db`` (else the default database); a bad URL is an InputError."""
    from readouts.store import Store, default_db_url

    url = db or default_db_url()
    with opening_database(url):
        return Store(url)


def check_published(published: str | None) -> None:
    """Refuse a --published value that is no date, in one line, before any work."""
    from readouts.pipeline import parse_published

    if published and parse_published(published)[0] is None:
        raise InputError(f"--published {published!r}: use YYYY-MM-DD, YYYY-MM or YYYY")


ActorFilter = Annotated[str | None, typer.Option(
    "--actor", help="A person, by id or any name in any script: xi-jinping, \"Xi Jinping\", xi.")]
SinceFilter = Annotated[str | None, typer.Option(
    help="From this date: YYYY-MM-DD, YYYY-MM or YYYY.")]
UntilFilter = Annotated[str | None, typer.Option(
    help="Up to this date: YYYY-MM-DD, YYYY-MM or YYYY.")]
TypeFilter = Annotated[str | None, typer.Option(
    "--type", help="phone_call, video_call, meeting, visit, message, consultation, ceremony.")]


def event_filter(actor: str | None, since: str | None, until: str | None,
                  type_: str | None) -> EventFilter:
    """The contacts filter the user typed, every value checked (an unknown one is an error
    listing what is accepted, never an empty table)."""
    from readouts.store.filters import EventFilter
    from readouts.store.lookup import check_date, check_type, resolve_actor

    return EventFilter(actor=resolve_actor(actor) if actor else None,
                       since=check_date(since, "--since") if since else None,
                       until=check_date(until, "--until") if until else None,
                       type=check_type(type_) if type_ else None)


def plain_line(text: str) -> Text:
    """A line of outside text to print as is (no Rich markup read in it)."""
    from readouts.terminal import plain

    return plain(text)

