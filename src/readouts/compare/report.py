"""Show a Comparison to a person: Rich terminal view, self-contained HTML, Markdown.

All three share one layout: the quotable summary, topics shared and one-sided, facts
stated differently, facts and figures only one side gives, then the accounts side by
side, one row per aligned pair, with a sentence that has no counterpart on the other
side marked as one-sided. With three or
more sides, the first side is set beside each other side in turn.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from readouts.compare.differences import one_sided_facts, one_sided_figures, side_info
from readouts.model import Analysis, Comparison, Event, Readout

_SAME = "〃"  # a sentence already shown in the row above (one-to-many alignment)


@dataclass
class Row:
    """One line of the side-by-side view; an empty side is a one-sided sentence."""

    left: list[str]
    right: list[str]
    score: float | None


def side_name(side: str) -> str:
    return str(side_info(side).get("adjective", side))


def _readouts(comparison: Comparison, analysis: Analysis) -> dict[str, Readout]:
    ids = {rid for rs in comparison.sides.values() for rid in rs}
    return {r.id: r for d in analysis.documents for r in d.readouts if r.id in ids}


def _event(comparison: Comparison, analysis: Analysis) -> Event | None:
    return next((e for e in analysis.events if e.id == comparison.event), None)


def media(comparison: Comparison, analysis: Analysis) -> list[Readout]:
    """Accounts by independent media (no side) of the same event: shown, not compared."""
    event = _event(comparison, analysis)
    if event is None:
        return []
    out = [analysis.readout(rid) for rid in event.reported_by]
    return [r for r in out if r is not None and r.side is None]


def rows(comparison: Comparison, analysis: Analysis, left: str, right: str) -> list[Row]:
    """Sentences of two sides in reading order, aligned pairs on one row."""
    readouts = _readouts(comparison, analysis)
    order = {side: [(rid, s.i) for rid in comparison.sides[side] if rid in readouts
                    for s in readouts[rid].sentences] for side in (left, right)}
    left_keys, right_keys = set(order[left]), set(order[right])
    links: dict[tuple[str, int], list[tuple[tuple[str, int], float]]] = {}
    for link in comparison.aligned:
        a, b = tuple(link["a"]), tuple(link["b"])
        if a in right_keys and b in left_keys:
            a, b = b, a
        if a in left_keys and b in right_keys:
            links.setdefault(a, []).append((b, link["score"]))
    position = {key: n for n, key in enumerate(order[right])}
    text = {key: readouts[key[0]].sentences[key[1]].text for side in order for key in order[side]}
    out: list[Row] = []
    shown: set[tuple[str, int]] = set()
    cursor = 0
    for key in order[left]:
        partners = sorted(links.get(key, []), key=lambda p: position[p[0]])
        if partners:
            first = position[partners[0][0]]
            while cursor < first:
                pending = order[right][cursor]
                if pending not in shown and not any(pending == b for bs in links.values()
                                                    for b, _ in bs):
                    out.append(Row([], [text[pending]], None))
                    shown.add(pending)
                cursor += 1
            right_texts = [_SAME if b in shown else text[b] for b, _ in partners]
            shown.update(b for b, _ in partners)
            out.append(Row([text[key]], right_texts, max(s for _, s in partners)))
        else:
            out.append(Row([text[key]], [], None))
    for pending in order[right]:
        if pending not in shown and not any(pending == b for bs in links.values() for b, _ in bs):
            out.append(Row([], [text[pending]], None))
    return out


def one_sided(comparison: Comparison, analysis: Analysis) -> list[tuple[str, dict[str, Any]]]:
    """(fact or 'figures: about', {readout id: value}) for what one side alone states:
    silence is no contradiction, but the reader should see who gives what."""
    readouts = _readouts(comparison, analysis)
    by_side = {side: [readouts[r] for r in rids if r in readouts]
               for side, rids in comparison.sides.items()}
    out = list(one_sided_facts(by_side).items())
    out += [(f"figures: {about}", values) for about, values in one_sided_figures(by_side).items()]
    return out


def format_value(value: Any) -> str:
    """A discrepancy's value as a reader sees it."""
    if isinstance(value, list):
        return "; ".join(format_value(v) for v in value)
    if isinstance(value, dict) and "text" in value:
        period = value.get("period") or {}
        span = "–".join(p for p in (period.get("start"), period.get("end")) if p)
        return f"{value['text']}" + (f" ({span})" if span else "")
    if isinstance(value, (tuple, set)):
        return ", ".join(str(v) for v in value)
    return str(value)


def _source(readout: Readout | None, rid: str) -> str:
    return f"{readout.source} ({rid})" if readout else rid


def _pairs(comparison: Comparison) -> list[tuple[str, str]]:
    sides = list(comparison.sides)
    return [(sides[0], other) for other in sides[1:]]


def _title(comparison: Comparison, analysis: Analysis) -> str:
    event = _event(comparison, analysis)
    if event is None:
        return comparison.event
    who = ", ".join(event.participants) or "?"
    return f"{event.date or 'undated'} {event.type.replace('_', ' ')}: {who}"


# --- terminal ---------------------------------------------------------------------------

def render_terminal(comparison: Comparison, analysis: Analysis, console: Console) -> None:
    """Side-by-side view in the terminal: rows aligned, one-sided sentences marked."""
    readouts = _readouts(comparison, analysis)
    console.rule(Text(_title(comparison, analysis), style="bold"))
    if comparison.summary:
        console.print(Text(comparison.summary, style="bold cyan"))
    for side, rids in comparison.sides.items():
        names = ", ".join(_source(readouts.get(r), r) for r in rids)
        console.print(Text(f"{side_name(side)} side: {names}"))
    for r in media(comparison, analysis):
        console.print(Text(f"Also reported by independent media: {_source(r, r.id)}",
                           style="dim"))
    topics = comparison.topics
    console.print(Text("Shared topics: " + (", ".join(topics.get("shared", [])) or "none")))
    for side, only in topics.get("only", {}).items():
        if only:
            console.print(Text(f"Only the {side_name(side)} side: {', '.join(only)}",
                               style="yellow"))
    if comparison.discrepancies:
        table = Table(title="Facts stated differently", show_lines=False)
        table.add_column("fact")
        table.add_column("values")
        table.add_column("note")
        for d in comparison.discrepancies:
            values = "\n".join(f"{_source(readouts.get(rid), rid)}: {format_value(v)}"
                               for rid, v in d.values.items())
            table.add_row(Text(d.field), Text(values), Text(d.note or ""))
        console.print(table)
    alone = one_sided(comparison, analysis)
    if alone:
        table = Table(title="Stated by one side only")
        table.add_column("fact")
        table.add_column("values")
        for name, values in alone:
            table.add_row(Text(name), Text("\n".join(
                f"{_source(readouts.get(rid), rid)}: {format_value(v)}"
                for rid, v in values.items())))
        console.print(table)
    for left, right in _pairs(comparison):
        table = Table(title=f"{side_name(left)} vs {side_name(right)} account",
                      show_lines=True, expand=True)
        # Chinese has no spaces to wrap at: fold it rather than cut it to one line.
        table.add_column(side_name(left), ratio=10, overflow="fold")
        table.add_column("p", justify="right", width=4, no_wrap=True)
        table.add_column(side_name(right), ratio=10, overflow="fold")
        for row in rows(comparison, analysis, left, right):
            style = "yellow" if not row.left or not row.right else None
            left_text = " ".join(row.left) or f"— only {side_name(right)} —"
            right_text = " ".join(row.right) or f"— only {side_name(left)} —"
            score = f"{row.score:.2f}" if row.score is not None else ""
            table.add_row(Text(left_text, style=style), Text(score),
                          Text(right_text, style=style))
        console.print(table)


# --- HTML -------------------------------------------------------------------------------

_CSS = """body{font-family:system-ui,sans-serif;margin:2em;max-width:1200px}
table{border-collapse:collapse;width:100%;margin:1em 0}
td,th{border:1px solid #ccc;padding:.4em;vertical-align:top;text-align:left}
tr.one-sided td{background:#fff6d6}.score{color:#777;width:3em;text-align:right}
.summary{font-size:1.15em;font-weight:600}.only{color:#8a5a00}.media{color:#666}"""


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _html_one(comparison: Comparison, analysis: Analysis) -> str:
    readouts = _readouts(comparison, analysis)
    parts = [f"<section><h2>{_e(_title(comparison, analysis))}</h2>"]
    if comparison.summary:
        parts.append(f'<p class="summary">{_e(comparison.summary)}</p>')
    parts.append("<ul>")
    for side, rids in comparison.sides.items():
        names = ", ".join(_source(readouts.get(r), r) for r in rids)
        parts.append(f"<li>{_e(side_name(side))} side: {_e(names)}</li>")
    for r in media(comparison, analysis):
        parts.append(f'<li class="media">Independent media: {_e(_source(r, r.id))}</li>')
    parts.append("</ul>")
    shared = ", ".join(comparison.topics.get("shared", [])) or "none"
    parts.append(f"<p>Shared topics: {_e(shared)}</p>")
    for side, only in comparison.topics.get("only", {}).items():
        if only:
            parts.append(f'<p class="only">Only the {_e(side_name(side))} side: '
                         f'{_e(", ".join(only))}</p>')
    if comparison.discrepancies:
        parts.append("<table><tr><th>fact</th><th>values</th><th>note</th></tr>")
        for d in comparison.discrepancies:
            values = "<br>".join(f"{_e(_source(readouts.get(rid), rid))}: {_e(format_value(v))}"
                                 for rid, v in d.values.items())
            parts.append(f"<tr><td>{_e(d.field)}</td><td>{values}</td>"
                         f"<td>{_e(d.note or '')}</td></tr>")
        parts.append("</table>")
    alone = one_sided(comparison, analysis)
    if alone:
        parts.append('<table class="alone"><tr><th>stated by one side only</th>'
                     "<th>values</th></tr>")
        for name, values in alone:
            cell = "<br>".join(f"{_e(_source(readouts.get(rid), rid))}: {_e(format_value(v))}"
                               for rid, v in values.items())
            parts.append(f"<tr><td>{_e(name)}</td><td>{cell}</td></tr>")
        parts.append("</table>")
    for left, right in _pairs(comparison):
        parts.append(f"<table><tr><th>{_e(side_name(left))}</th><th></th>"
                     f"<th>{_e(side_name(right))}</th></tr>")
        for row in rows(comparison, analysis, left, right):
            cls = ' class="one-sided"' if not row.left or not row.right else ""
            score = f"{row.score:.2f}" if row.score is not None else ""
            parts.append(f"<tr{cls}><td>{'<br>'.join(_e(t) for t in row.left)}</td>"
                         f'<td class="score">{score}</td>'
                         f"<td>{'<br>'.join(_e(t) for t in row.right)}</td></tr>")
        parts.append("</table>")
    parts.append("</section>")
    return "\n".join(parts)


def render_html(comparisons: list[Comparison], analysis: Analysis) -> str:
    """One self-contained page (inline CSS, no scripts, every text escaped)."""
    body = "\n".join(_html_one(c, analysis) for c in comparisons) or "<p>No comparisons.</p>"
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
            "<title>readouts: side by side</title>"
            f"<style>{_CSS}</style></head><body><h1>Accounts side by side</h1>\n"
            f"{body}\n</body></html>\n")


# --- Markdown ---------------------------------------------------------------------------

def _md(value: Any) -> str:
    """A table cell: pipes escaped, no line breaks, markup characters neutralized."""
    text = " ".join(str(value).split())
    for ch in "\\|*_`[]<>#":
        text = text.replace(ch, "\\" + ch)
    return text


def _md_one(comparison: Comparison, analysis: Analysis) -> str:
    readouts = _readouts(comparison, analysis)
    lines = [f"## {_md(_title(comparison, analysis))}", ""]
    if comparison.summary:
        lines += [f"**{_md(comparison.summary)}**", ""]
    for side, rids in comparison.sides.items():
        names = ", ".join(_source(readouts.get(r), r) for r in rids)
        lines.append(f"- {_md(side_name(side))} side: {_md(names)}")
    for r in media(comparison, analysis):
        lines.append(f"- Independent media: {_md(_source(r, r.id))}")
    shared = ", ".join(comparison.topics.get("shared", [])) or "none"
    lines += ["", f"Shared topics: {_md(shared)}", ""]
    for side, only in comparison.topics.get("only", {}).items():
        if only:
            lines.append(f"- Only the {_md(side_name(side))} side: {_md(', '.join(only))}")
    if comparison.discrepancies:
        lines += ["", "| fact | values | note |", "|---|---|---|"]
        for d in comparison.discrepancies:
            values = "; ".join(f"{_source(readouts.get(rid), rid)}: {format_value(v)}"
                               for rid, v in d.values.items())
            lines.append(f"| {_md(d.field)} | {_md(values)} | {_md(d.note or '')} |")
    alone = one_sided(comparison, analysis)
    if alone:
        lines += ["", "| stated by one side only | values |", "|---|---|"]
        for name, values in alone:
            cell = "; ".join(f"{_source(readouts.get(rid), rid)}: {format_value(v)}"
                             for rid, v in values.items())
            lines.append(f"| {_md(name)} | {_md(cell)} |")
    for left, right in _pairs(comparison):
        lines += ["", f"| {_md(side_name(left))} | p | {_md(side_name(right))} |",
                  "|---|---|---|"]
        for row in rows(comparison, analysis, left, right):
            score = f"{row.score:.2f}" if row.score is not None else ""
            left_text = " ".join(row.left) or f"*(only {side_name(right)})*"
            right_text = " ".join(row.right) or f"*(only {side_name(left)})*"
            left_cell = _md(left_text) if row.left else left_text
            right_cell = _md(right_text) if row.right else right_text
            lines.append(f"| {left_cell} | {score} | {right_cell} |")
    return "\n".join(lines) + "\n"


def render_markdown(comparisons: list[Comparison], analysis: Analysis) -> str:
    """All comparisons as one Markdown document."""
    if not comparisons:
        return "# Accounts side by side\n\nNo comparisons.\n"
    return "# Accounts side by side\n\n" + "\n".join(_md_one(c, analysis) for c in comparisons)
