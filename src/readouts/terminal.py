"""Readable terminal reports of an analysis and of stored events (Rich).

Text from outside (titles, file names, sentences, places) reaches the console only as
``plain`` Text: never parsed as Rich markup (``[/red]`` would crash it, ``[link=...]``
would make a hyperlink) and stripped of control characters (raw escape sequences could
restyle the terminal or make hyperlinks of their own).
"""

from __future__ import annotations

import re
from collections import Counter

from rich.console import Console
from rich.table import Table
from rich.text import Text

from readouts.extract.people.actors import actor_index
from readouts.model import Analysis, Event, Figure, Readout

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def plain(text: object, style: str = "") -> Text:
    """Outside text as inert Rich Text: no markup, no control characters."""
    return Text(_CONTROL.sub("", str(text)), style=style)


def _people(ids: list[str]) -> str:
    index = actor_index()
    return ", ".join(index.name(a) for a in ids) or "-"


def event_line(event: Event) -> str:
    """One event in a line: when, what, who, then duration, place, initiator and others
    present where known."""
    when = event.date or "undated"
    if event.part_of_day:
        when += f" ({event.part_of_day})"
    extra = []
    if event.duration_minutes:
        extra.append(f"{event.duration_minutes} min")
    if event.location:
        extra.append(event.location)
    if event.initiated_by:
        extra.append(f"requested by {actor_index().name(event.initiated_by)}")
    if event.attendees:
        extra.append(f"also present: {_people(event.attendees)}")
    tail = f" [{'; '.join(extra)}]" if extra else ""
    status = "" if event.status == "held" else f" ({event.status})"
    return f"{when} {event.type.replace('_', ' ')}{status}: {_people(event.participants)}{tail}"


def events_table(events: list[Event], title: str = "Contacts",
                 sources: dict[str, list[tuple[str, str | None, str]]] | None = None) -> Table:
    """One row per contact: when, what, who, how long, where, and which sources tell it."""
    table = Table(title=title, show_lines=False)
    for col in ("id", "date", "part of day", "type", "participants", "minutes", "place",
                "sources"):
        table.add_column(col)
    for e in events:
        status = "" if e.status == "held" else f" ({e.status})"
        told = (sources or {}).get(e.id)
        if told is None:
            accounts = f"{len(e.reported_by)} reported, {len(e.mentioned_in)} mentioned"
        else:
            accounts = ", ".join(dict.fromkeys(
                f"{source}" + ("" if relation == "reported" else " (mentions)")
                for source, _side, relation in told)) or "-"
        table.add_row(*(plain(cell) for cell in (
            e.id, e.date or "-", e.part_of_day or "-", e.type + status,
            _people(e.participants), str(e.duration_minutes) if e.duration_minutes else "-",
            e.location or "-", accounts)))
    return table


def readouts_table(readouts: list[Readout]) -> Table:
    """One row per account: its source, side, kind and language, how many sentences and
    figures it holds, its tone."""
    table = Table(show_lines=False)
    for col in ("account", "source", "side", "kind", "lang", "sentences", "figures", "tone"):
        table.add_column(col)
    for r in readouts:
        table.add_row(*(plain(cell) for cell in (
            r.id, r.source, r.side or "-", r.kind, r.language, len(r.sentences),
            len(r.figures), ", ".join(r.characterization) or "-")))
    return table


def _figure_line(figure: Figure) -> str:
    """'more than 180 billion USD (trade, 2025-01..2025-09) said by Vladimir Putin'."""
    qualifier = {"exact": "", "more_than": "more than ", "less_than": "less than ",
                 "about": "about "}.get(figure.qualifier, "")
    value = f"{figure.value:,.0f}" if float(figure.value).is_integer() else f"{figure.value:,}"
    parts = [figure.about] if figure.about else []
    if figure.period:
        start, end = figure.period.start, figure.period.end
        parts.append(start if start == end else f"{start}..{end}")
    detail = f" ({', '.join(parts)})" if parts else ""
    who = f", {actor_index().name(figure.speaker)}" if figure.speaker else ""
    return f"{figure.text} = {qualifier}{value} {figure.unit}{detail}{who}"


def _readout_details(readout: Readout, console: Console) -> None:
    """Who speaks, about what, and which figures: what a reader scans an account for."""
    header = plain(readout.source, "bold")
    header.append_text(plain(f" ({readout.side or 'independent'}, {readout.kind}) "
                             f"{readout.title or ''}".rstrip()))
    console.print(header)
    speakers = Counter(s.speaker for s in readout.sentences if s.speaker)
    if speakers:
        console.print(plain("  speakers: " + ", ".join(f"{actor_index().name(a)} ({n})"
                                                       for a, n in speakers.most_common())))
    topics = Counter(t for s in readout.sentences for t in s.topics)
    if topics:
        console.print(plain("  topics: " + ", ".join(t for t, _ in topics.most_common())))
    # goals and forecasts apart from the figures that happened
    for figure in sorted(readout.figures, key=lambda f: f.target):
        label = "target" if figure.target else "figure"
        console.print(plain(f"  {label}: {_figure_line(figure)}"), highlight=False)
    if not readout.text.strip():
        console.print("  [yellow]the text of this account is missing[/yellow]")


def print_analysis(analysis: Analysis, console: Console) -> None:
    """Each document with its accounts and their details, then the contacts, then the
    comparisons that have a summary."""
    for doc in analysis.documents:
        console.rule(plain(doc.title or doc.origin, "bold"))
        console.print(plain(f"{doc.origin} · {doc.language} · published "
                            f"{doc.published or 'unknown'}"
                            + (f" ({doc.published_evidence})" if doc.published_evidence else "")))
        console.print(readouts_table(doc.readouts))
        for readout in doc.readouts:
            _readout_details(readout, console)
    console.rule("[bold]Contacts")
    for event in analysis.events:
        console.print(plain(f"• {event_line(event)}"))
        console.print(plain(f"  {event.id} · reported by {len(event.reported_by)} account(s)"
                            f", mentioned in {len(event.mentioned_in)}", "dim"))
    for comparison in analysis.comparisons:
        if comparison.summary:
            line = plain(comparison.event, "bold")
            line.append_text(plain(f": {comparison.summary}"))
            console.print(line)
    if analysis.comparisons:
        console.print("[dim]Side by side: readouts compare with the same inputs.[/dim]")
