"""Readable terminal reports of an analysis and of stored events (Rich)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from readouts.extract.actors import actor_index
from readouts.model import Analysis, Event, Readout


def _people(ids: list[str]) -> str:
    index = actor_index()
    return ", ".join(index.name(a) for a in ids) or "-"


def event_line(event: Event) -> str:
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
    tail = f" [{'; '.join(extra)}]" if extra else ""
    status = "" if event.status == "held" else f" ({event.status})"
    return f"{when} {event.type.replace('_', ' ')}{status}: {_people(event.participants)}{tail}"


def events_table(events: list[Event], title: str = "Contacts") -> Table:
    table = Table(title=title, show_lines=False)
    for col in ("id", "date", "type", "participants", "accounts"):
        table.add_column(col)
    for e in events:
        status = "" if e.status == "held" else f" ({e.status})"
        table.add_row(e.id, e.date or "-", e.type + status, _people(e.participants),
                      f"{len(e.reported_by)} reported, {len(e.mentioned_in)} mentioned")
    return table


def readouts_table(readouts: list[Readout]) -> Table:
    table = Table(show_lines=False)
    for col in ("account", "source", "side", "kind", "lang", "sentences", "figures", "tone"):
        table.add_column(col)
    for r in readouts:
        table.add_row(r.id, r.source, r.side or "-", r.kind, r.language, str(len(r.sentences)),
                      str(len(r.figures)), ", ".join(r.characterization) or "-")
    return table


def print_analysis(analysis: Analysis, console: Console) -> None:
    for doc in analysis.documents:
        console.rule(f"[bold]{doc.title or doc.origin}")
        console.print(f"{doc.origin} · {doc.language} · published {doc.published or 'unknown'}"
                      + (f" ({doc.published_evidence})" if doc.published_evidence else ""))
        console.print(readouts_table(doc.readouts))
    console.rule("[bold]Contacts")
    for event in analysis.events:
        console.print(f"• {event_line(event)}")
        console.print(f"  [dim]{event.id} · reported by {len(event.reported_by)} account(s)"
                      f", mentioned in {len(event.mentioned_in)}[/dim]")
    for comparison in analysis.comparisons:
        if comparison.summary:
            console.print(f"[bold]{comparison.event}[/bold]: {comparison.summary}")
