"""Commands that read the database: events, export, actors, search, show."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from readouts.cli.common import (
    ActorFilter,
    DbOption,
    SinceFilter,
    TypeFilter,
    UntilFilter,
    app,
    console,
    event_filter,
    open_store,
)
from readouts.errors import InputError


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
    where = event_filter(actor, since, until, type_)
    store = open_store(db)
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
    where = event_filter(actor, since, until, type_)
    try:
        counts = open_store(db).export(out, fmt, where)
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
    hits = open_store(db).search(query, limit=max(1, limit), where=SearchFilter(language=lang))
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

    store = open_store(db)
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
