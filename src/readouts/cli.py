"""The command line: analyze, ingest, events, show, compare, demo, serve.

Every user-facing failure is one line on stderr and exit code 2; a traceback is shown
only with READOUTS_DEBUG=1.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from readouts.errors import InputError


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


def _shown(url: str) -> str:
    """The database URL as it may be printed: without its password."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return url


@contextmanager
def _opening_database(url: str) -> Iterator[None]:
    """A bad URL, a missing driver or a database that cannot be opened is the user's
    input, told in one line, not a SQLAlchemy traceback."""
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

    try:
        yield
    except (ArgumentError, NoSuchModuleError) as exc:
        raise InputError(f"--db {_shown(url)}: not a database URL; use sqlite:///PATH or "
                         "postgresql://USER@HOST/NAME") from exc
    except ImportError as exc:
        hint = "; pip install 'readouts[postgres]'" if url.startswith("postgres") else ""
        raise InputError(f"--db {_shown(url)}: its database driver ({exc.name}) is not "
                         f"installed{hint}") from exc
    except (SQLAlchemyError, OSError) as exc:
        reason = getattr(exc, "orig", None) or exc
        raise InputError(f"--db {_shown(url)}: cannot open the database ({reason})") from exc


def _store(db: str | None):  # noqa: ANN202 - Store is imported lazily to keep startup fast
    from readouts.store import Store, default_db_url

    url = db or default_db_url()
    with _opening_database(url):
        return Store(url)


def _analyze(inputs: list[str], published: str | None, lang: str | None, allow_private: bool,
             show_progress: bool, workers: int | None = None,
             summary_lang: str = "en"):  # noqa: ANN202
    from readouts.ingest import collect

    _check_published(published)
    return _analyze_raws(collect(inputs, allow_private), published, lang, show_progress, workers,
                         summary_lang)


def _analyze_raws(raws: list, published: str | None, lang: str | None,  # noqa: ANN202
                  show_progress: bool, workers: int | None = None, summary_lang: str = "en"):
    from readouts.batch import analyze_raws, available_cores
    from readouts.compare import compare_all
    from readouts.pipeline import link_results

    if workers is not None and workers < 1:
        raise InputError(f"--workers {workers}: give 1 or more")
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  console=err, transient=True,
                  disable=not (show_progress and err.is_terminal)) as progress:
        task = progress.add_task("analysing", total=len(raws))
        results = analyze_raws(raws, published, lang, workers or available_cores(),
                               lambda n: progress.advance(task, n))
    return link_results(results, lambda analysis: compare_all(analysis, summary_lang))


def _check_published(published: str | None) -> None:
    from readouts.pipeline import parse_published

    if published and parse_published(published)[0] is None:
        raise InputError(f"--published {published!r}: use YYYY-MM-DD, YYYY-MM or YYYY")


def _ingest_on_dask(address: str, inputs: list[str], db: str | None, published: str | None,
                    lang: str | None, allow_private: bool) -> None:
    """Analyse on the cluster, store each batch as it arrives; inputs already stored are
    not sent, so a run stopped half-way resumes where it stopped."""
    from readouts.batch import analyze_on_dask, input_digest
    from readouts.compare import compare_all
    from readouts.ingest import collect
    from readouts.pipeline import link_results

    _check_published(published)
    store = _store(db)
    raws = collect(inputs, allow_private)
    todo = [raw for raw in raws if not store.has_document(input_digest(raw))]
    added = 0
    try:
        for batch in analyze_on_dask(address, todo, published, lang):
            added += store.save(link_results(batch, compare_all)).documents_added
    except OSError as exc:
        raise InputError(f"--dask {address}: cannot reach the cluster ({exc})") from exc
    console.print(f"stored {added} new document(s) from the cluster; "
                  f"{len(raws) - len(todo)} input(s) were already stored")


@app.command()
def analyze(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, URLs or - for stdin.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the readouts/1 JSON.")] = False,
    published: PublishedOption = None,
    lang: LangOption = None,
    allow_private: PrivateOption = False,
    workers: WorkersOption = None,
) -> None:
    """Analyse documents together and print a report (or the readouts/1 JSON)."""
    analysis = _analyze(inputs, published, lang, allow_private, show_progress=not as_json,
                        workers=workers)
    if as_json:
        sys.stdout.write(json.dumps(analysis.to_json(), ensure_ascii=False, indent=2) + "\n")
        return
    from readouts.terminal import print_analysis

    print_analysis(analysis, console)


@app.command()
def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, URLs or - for stdin.")],
    db: DbOption = None,
    published: PublishedOption = None,
    lang: LangOption = None,
    allow_private: PrivateOption = False,
    workers: WorkersOption = None,
    dask: Annotated[str | None, typer.Option(
        "--dask", metavar="ADDRESS",
        help="Analyse on this Dask scheduler (tcp://host:8786) and store batch by batch.")]
    = None,
) -> None:
    """Analyse documents and store them (the same bytes twice are stored once)."""
    if dask:
        _ingest_on_dask(dask, inputs, db, published, lang, allow_private)
        return
    from readouts.ingest import collect
    from readouts.store.reanalysis import save_with_texts

    _check_published(published)
    raws = collect(inputs, allow_private)
    analysis = _analyze_raws(raws, published, lang, show_progress=True, workers=workers)
    summary = save_with_texts(_store(db), analysis, raws)
    console.print(
        f"stored {summary.documents_added} new document(s), skipped "
        f"{summary.documents_skipped} already stored; {summary.readouts_added} account(s), "
        f"{summary.events_added} new contact(s), {summary.events_updated} updated"
    )


ActorFilter = Annotated[str | None, typer.Option(
    "--actor", help="A person, by id or any name in any script: xi-jinping, \"Xi Jinping\", xi.")]
SinceFilter = Annotated[str | None, typer.Option(
    help="From this date: YYYY-MM-DD, YYYY-MM or YYYY.")]
UntilFilter = Annotated[str | None, typer.Option(
    help="Up to this date: YYYY-MM-DD, YYYY-MM or YYYY.")]
TypeFilter = Annotated[str | None, typer.Option(
    "--type", help="phone_call, video_call, meeting, visit, message, consultation, ceremony.")]


def _event_filter(actor: str | None, since: str | None, until: str | None,
                  type_: str | None):  # noqa: ANN202 - EventFilter, imported lazily
    """The contacts filter the user typed, every value checked (an unknown one is an error
    listing what is accepted, never an empty table)."""
    from readouts.store.lookup import check_date, check_type, resolve_actor
    from readouts.store.queries import EventFilter

    return EventFilter(actor=resolve_actor(actor) if actor else None,
                       since=check_date(since, "--since") if since else None,
                       until=check_date(until, "--until") if until else None,
                       type=check_type(type_) if type_ else None)


@app.command()
def events(
    db: DbOption = None,
    actor: ActorFilter = None,
    since: SinceFilter = None,
    until: UntilFilter = None,
    type_: TypeFilter = None,
    reported: Annotated[bool, typer.Option(
        "--reported", help="Only contacts an account reports (not merely mentions).")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the contacts as JSON.")] = False,
) -> None:
    """List stored contacts, newest first."""
    where = _event_filter(actor, since, until, type_)
    store = _store(db)
    found = store.events(actor=where.actor, since=where.since, until=where.until,
                         type=where.type, limit=1000)
    if reported:
        found = [e for e in found if e.reported_by]
    if as_json:
        sys.stdout.write(json.dumps([e.to_json() for e in found], ensure_ascii=False, indent=2)
                         + "\n")
        return
    from readouts.terminal import events_table

    sources = store.event_sources([e.id for e in found])
    console.print(events_table(found, sources=sources))


@app.command()
def export(
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder to write the tables into.")],
    fmt: Annotated[str, typer.Option("--format", help="csv, jsonl or parquet.")] = "csv",
    db: DbOption = None,
    actor: ActorFilter = None,
    since: SinceFilter = None,
    until: UntilFilter = None,
    type_: TypeFilter = None,
) -> None:
    """Write contacts, accounts, sentences, figures and comparisons as tables (one file each)."""
    from readouts.store.export import FORMATS

    if fmt not in FORMATS:
        raise InputError(f"--format {fmt!r}: use one of {', '.join(FORMATS)}")
    where = _event_filter(actor, since, until, type_)
    try:
        counts = _store(db).export(out, fmt, where)
    except OSError as exc:
        raise InputError(f"--out {out}: cannot write there ({exc.strerror or exc})") from exc
    console.print("written " + ", ".join(f"{n} {name}" for name, n in counts.items())
                  + f" to {escape(str(out))}")


@app.command()
def actors(
    name: Annotated[str, typer.Argument(help="The start of a name, in any script.")] = "",
) -> None:
    """List the people the knowledge base knows whose name starts so (ids for --actor)."""
    from readouts.store.lookup import suggest_actors

    found = suggest_actors(name, limit=1000)
    if not found:
        raise InputError(f"no person's name starts with {name!r}")
    for actor_id, usual in found:
        console.print(f"{escape(actor_id):<28} {escape(usual)}")


@app.command()
def search(
    query: Annotated[str, typer.Argument(
        help="Words or a \"phrase\"; a person, topic or country is found under its names "
             "in every language.")],
    db: DbOption = None,
    lang: Annotated[str | None, typer.Option("--lang", help="Only accounts in it, en, ru or zh.")]
    = None,
    limit: Annotated[int, typer.Option(help="Most sentences to show.")] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="Print the hits as JSON.")] = False,
) -> None:
    """Find sentences in stored accounts, across languages."""
    from readouts.lang import SUPPORTED
    from readouts.store.queries import SearchFilter

    if lang and lang not in SUPPORTED:
        raise InputError(f"--lang {lang!r}: use one of {', '.join(SUPPORTED)}")
    hits = _store(db).search(query, limit=max(1, limit), where=SearchFilter(language=lang))
    if as_json:
        sys.stdout.write(json.dumps([h.to_json() for h in hits], ensure_ascii=False, indent=2)
                         + "\n")
        return
    for hit in hits:
        where_from = f"{hit.source} {hit.side or ''} {hit.published or ''}".strip()
        console.print(f"[dim]{escape(where_from)} {escape(hit.readout_id)}#{hit.sentence}[/dim]")
        console.print(f"  {escape(hit.text)}")
    if not hits:
        console.print("no sentence matches")


@app.command()
def show(
    event_id: Annotated[str, typer.Argument(help="A stored contact's id (see 'readouts events').")],
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option(
        "--json", help="Print the contact, its accounts and comparison as readouts/1 JSON.")]
    = False,
) -> None:
    """Show one stored contact and every account of it; corrected values are marked."""
    from readouts.terminal import event_line, plain, readouts_table

    store = _store(db)
    event = store.event(event_id)
    if event is None:
        raise InputError(f"no contact with id {event_id!r}; list them with 'readouts events'")
    if as_json:
        sys.stdout.write(json.dumps(store.analysis_for_events([event_id]).to_json(),
                                    ensure_ascii=False, indent=2) + "\n")
        return
    console.rule(plain(event_line(event), "bold"))
    for name, why in event.evidence.items():
        console.print(plain(f"{name}:", "dim").append_text(plain(f" {why}")))
    for c in event.corrections:
        console.print(plain(f"corrected {c['field']}: {c['value']} (was {c['was']}) by "
                            f"{c['by']}, {c['at']}: {c['why']}", "yellow"))
    readouts = store.readouts_for_event(event_id)
    console.print(readouts_table(readouts))
    for r in readouts:
        console.rule(plain(f"{r.source} ({r.side or 'independent'}, {r.kind}, {r.language})"))
        for s in r.sentences:
            mark = "*" if s.corrected else ""
            line = plain(f"{s.speaker}{mark} ", "cyan") if s.speaker else plain(mark)
            line.append_text(plain(s.text))
            if s.topics:
                line.append_text(plain(f" {', '.join(s.topics)}", "dim"))
            console.print(line)
    comparison = store.comparison(event_id)
    if comparison is not None:
        from readouts.compare.report import render_terminal

        render_terminal(comparison, store.analysis_for_events([event_id]), console)


@app.command()
def fix(
    target_id: Annotated[str, typer.Argument(
        metavar="ID", help="A contact's id; with --sentence or --figure, ACCOUNT_ID:N.")],
    field: Annotated[str, typer.Argument(help="Contact: type, status, date, part_of_day, "
                                         "duration_minutes, location, initiated_by, "
                                         "participants, attendees; sentence: speaker; "
                                         "figure: about.")],
    value: Annotated[str, typer.Argument(help="The right value; 'none' clears it; people "
                                         "by id or name, several comma-separated.")],
    by: Annotated[str, typer.Option("--by", help="Who makes the correction.")],
    why: Annotated[str, typer.Option("--why", help="The source or reason.")],
    sentence: Annotated[bool, typer.Option("--sentence", help="ID is a sentence: "
                                           "ACCOUNT_ID:I.")] = False,
    figure: Annotated[bool, typer.Option("--figure", help="ID is a figure: ACCOUNT_ID:N, N "
                                         "its index in the account's figures.")] = False,
    db: DbOption = None,
) -> None:
    """Correct what the analysis got wrong; the correction is kept apart and survives
    re-analysis."""
    from readouts.store.corrections import fix as record

    if sentence and figure:
        raise InputError("give --sentence or --figure, not both")
    target = "sentence" if sentence else "figure" if figure else "event"
    with _store(db).engine.begin() as conn:
        done = record(conn, target, target_id, field, value, by, why)
    console.print(plain_line(f"corrected {target} {target_id}: {field} = {done.value}"))


@app.command()
def reanalyze(
    documents: Annotated[list[str] | None, typer.Argument(
        help="Stored documents' ids (default: every document).")] = None,
    published: PublishedOption = None,
    lang: LangOption = None,
    db: DbOption = None,
) -> None:
    """Analyse stored documents again, keeping the analyst's corrections."""
    from readouts.store.reanalysis import reanalyze as run

    _check_published(published)
    store = _store(db)
    _check_documents(store, documents or [])
    done = run(store, documents or None, published, lang)
    console.print(plain_line(f"analysed {len(done.documents)} document(s) again"))
    if done.missing:
        err.print(plain_line(f"{len(done.missing)} document(s) skipped: their text was not "
                             f"kept and the file is gone ({', '.join(done.missing[:10])})"))


@app.command()
def delete(
    documents: Annotated[list[str], typer.Argument(help="Stored documents' ids.")],
    db: DbOption = None,
) -> None:
    """Delete stored documents, their accounts, and contacts no other account reports."""
    store = _store(db)
    _check_documents(store, documents)
    for doc_id in documents:
        store.delete_document(doc_id)
    console.print(plain_line(f"deleted {len(documents)} document(s)"))


def _check_documents(store, ids: list[str]) -> None:  # noqa: ANN001 - a Store
    from sqlalchemy import select

    from readouts.store.models import DocumentRow

    with store.engine.connect() as conn:
        known = {r.id for r in conn.execute(select(DocumentRow.id).where(
            DocumentRow.id.in_(ids)))} if ids else set()
    unknown = [d for d in ids if d not in known]
    if unknown:
        raise InputError(f"no stored document {', '.join(unknown)}: 'readouts show ID "
                         "--json' and the web app's Documents page give documents' ids")


def plain_line(text: str):  # noqa: ANN201 - a rich Text, imported lazily
    from readouts.terminal import plain

    return plain(text)


@app.command()
def compare(
    inputs: Annotated[list[str] | None, typer.Argument(help="Documents to analyse.")] = None,
    event: Annotated[str | None, typer.Option("--event", help="A stored contact's id.")] = None,
    db: DbOption = None,
    fmt: Annotated[str, typer.Option("--format", help="terminal, html, markdown or json.")]
    = "terminal",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to a file.")] = None,
    published: PublishedOption = None,
    lang: Annotated[str, typer.Option(
        "--lang", help="Write the summary in this language too (it); the documents' "
                       "languages are detected.")] = "en",
    sentences: Annotated[bool, typer.Option(
        "--sentences", help="Also show the accounts sentence by sentence.")] = False,
    allow_private: PrivateOption = False,
) -> None:
    """Compare the sides' accounts of each contact reported by two or more sides."""
    from readouts.compare import compare_event
    from readouts.compare.report import render_html, render_markdown, render_terminal

    if fmt not in FORMATS:  # before any input is read: the analysis may take minutes
        raise InputError(f"unknown format {fmt!r}: use {', '.join(FORMATS)}")
    if output is not None and fmt == "terminal":
        raise InputError("--output needs --format html, markdown or json")
    if event:
        store = _store(db)
        analysis = store.analysis_for_events([event])
        stored = store.event(event)
        if stored is None:
            raise InputError(f"no contact with id {event!r}; list them with 'readouts events'")
        comparison = compare_event(stored, store.readouts_for_event(event), lang)
        analysis.comparisons = [comparison] if comparison else []
    elif inputs:
        analysis = _analyze(inputs, published, None, allow_private,
                            show_progress=fmt != "json", summary_lang=lang)
    else:
        raise InputError("give documents to compare, or --event ID for a stored contact")
    if not analysis.comparisons:
        raise InputError("no contact in these documents is reported by two or more sides")
    if fmt == "terminal" and output is None:
        for comparison in analysis.comparisons:
            render_terminal(comparison, analysis, console, sentences=sentences, lang=lang)
        return
    renderers = {
        "html": lambda: render_html(analysis.comparisons, analysis, lang),
        "markdown": lambda: render_markdown(analysis.comparisons, analysis, lang),
        "json": lambda: json.dumps(analysis.to_json(), ensure_ascii=False, indent=2),
    }
    text = renderers[fmt]()
    if output:
        output.write_text(text, encoding="utf-8")
        from readouts.terminal import plain

        console.print(plain(f"written {output}"))
    else:
        sys.stdout.write(text + "\n")


def _example_paths() -> list[str]:
    folder = resources.files("readouts").joinpath("examples")
    return sorted(str(p) for p in folder.iterdir() if p.name.endswith((".md", ".txt", ".html")))


@app.command()
def demo(
    db: DbOption = None,
) -> None:
    """Ingest the bundled examples into a fresh database and show a comparison."""
    from platformdirs import user_data_dir

    if db is None:
        path = Path(user_data_dir("readouts")) / "demo.db"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.unlink(missing_ok=True)
        db = f"sqlite:///{path}"
    analysis = _analyze(_example_paths(), None, None, False, show_progress=True)
    summary = _store(db).save(analysis)
    from readouts.compare.report import render_terminal
    from readouts.terminal import events_table, plain

    console.print(plain(f"demo database: {db} ({summary.documents_added} documents, "
                        f"{summary.events_added} contacts)"), soft_wrap=True)
    console.print(events_table(analysis.events, title="Contacts in the examples"))
    for comparison in analysis.comparisons:
        render_terminal(comparison, analysis, console)
    console.print(plain(f"Browse it: readouts serve --db {db}"), soft_wrap=True)


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
    allow_private: PrivateOption = False,
) -> None:
    """Start the web app over the database."""
    import uvicorn

    from readouts.store import default_db_url
    from readouts.web.app import create_app

    token = os.environ.get("READOUTS_TOKEN")
    if host not in ("127.0.0.1", "localhost", "::1") and not token:
        raise InputError("listening beyond loopback needs READOUTS_TOKEN set for writes")
    url = db or default_db_url()
    with _opening_database(url):
        web = create_app(url, token=token, allow_private_urls=allow_private)
    uvicorn.run(web, host=host, port=port)


@app.command()
def watch(
    config: Annotated[Path | None, typer.Argument(help="The watch config, YAML or TOML.")] = None,
    once: Annotated[bool, typer.Option("--once", help="Poll the sources that are due, deliver "
                                       "alerts, and exit (for cron).")] = False,
    init: Annotated[Path | None, typer.Option("--init", metavar="PATH", help="Write a starter "
                                              "config with the registered sources' feeds.")]
    = None,
    db: DbOption = None,
) -> None:
    """Poll feeds, sitemaps and index pages; store new accounts; alert on watched contacts."""
    from readouts.terminal import plain
    from readouts.watch import run

    if init:
        run.write_starter(init)
        console.print(plain(f"written {init}; edit it, then: readouts watch {init}"))
        return
    if config is None:
        raise InputError("give a watch config file, or --init PATH to write a starter one")
    report = run.watch(config, db, once, lambda line: console.print(plain(line), soft_wrap=True))
    if report:
        console.print(plain(f"polled {report.polled} source(s), {report.failed} failed; stored "
                            f"{report.stored} new item(s); sent {report.alerts_sent} alert(s)"))


def _fail(message: str, code: int) -> None:
    """Print one line on stderr, however long or multi-line the message, and exit; control
    characters in a file name or URL it quotes are dropped, not sent to the terminal."""
    line = re.sub(r"[\x00-\x1f\x7f-\x9f]", "", " ".join(message.split()))
    sys.stderr.write("readouts: " + line + "\n")
    sys.exit(code)


def main() -> None:
    """Entry point: run the app, turning failures into one line and exit code 2."""
    debug = os.environ.get("READOUTS_DEBUG") == "1"
    try:
        app(standalone_mode=False)
    except InputError as exc:
        _fail(str(exc), 2)
    except KeyboardInterrupt:
        _fail("interrupted", 130)
    except (typer.Exit, SystemExit) as exc:
        code = getattr(exc, "exit_code", None) if isinstance(exc, typer.Exit) else exc.code
        sys.exit(code or 0)
    except Exception as exc:  # noqa: BLE001 - the last line of defence for users
        # Usage errors (unknown command, option or value) come from the click that typer
        # runs on, which recent typer versions vendor: told apart by what they can do.
        if callable(getattr(exc, "show", None)) and isinstance(getattr(exc, "exit_code", None),
                                                                int):
            exc.show()
            sys.exit(2)
        if isinstance(exc, typer.Abort) or type(exc).__name__ == "Abort":
            sys.exit(130)
        if debug:
            raise
        _fail(f"unexpected error: {type(exc).__name__}: {exc} "
              "(set READOUTS_DEBUG=1 for details)", 1)
