"""Show a Comparison to a person: Rich terminal view, self-contained HTML, Markdown.

All three share one layout, built by ``readouts.compare.views``: the quotable summary;
who the sides are and who else reported the contact; each source's facts; the claims one
side puts in the other leader's mouth, absent ones first; topic by topic; figures side
by side; and, on request (``sentences``), the accounts sentence by sentence, with runs of
one-sided sentences folded into a counted line.
"""

from __future__ import annotations

import html
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from readouts.compare.views import (
    VERDICTS,
    accounts,
    claim_rows,
    fact_rows,
    figure_rows,
    format_value,
    label,
    pairs,
    rows,
    side_name,
    title,
    topic_rows,
)
from readouts.model import Analysis, Comparison

__all__ = ["format_value", "render_html", "render_markdown", "render_terminal"]

P_CAPTION = ("p(same): the aligner's probability that the two sentences say the same "
             "thing; 〃: the sentence shown in the row above")


def _summaries(comparison: Comparison, lang: str) -> list[str]:
    out = [comparison.summary] if comparison.summary else []
    other = (comparison.summaries or {}).get(lang)
    if lang != "en" and other:
        out.append(other)
    return out


def _who(comparison: Comparison, analysis: Analysis) -> list[str]:
    readouts = accounts(comparison, analysis)
    lines = [f"{side_name(side)} side: " + ", ".join(label(readouts.get(r), r) for r in rids)
             for side, rids in comparison.sides.items()]
    if comparison.also_reported_by:
        lines.append("Also reported by (not a side): " + ", ".join(
            label(readouts.get(r), r) for r in comparison.also_reported_by))
    return lines


# --- terminal ---------------------------------------------------------------------------

def render_terminal(comparison: Comparison, analysis: Analysis, console: Console,
                    sentences: bool = False, lang: str = "en") -> None:
    """Summary, sides, facts, claims, topics and figures; the sentence view when asked."""
    console.rule(Text(title(comparison, analysis), style="bold"))
    for line in _summaries(comparison, lang):
        console.print(Text(line, style="bold cyan"))
    for line in _who(comparison, analysis):
        console.print(Text(line, style="dim" if line.startswith("Also") else None))
    facts = fact_rows(comparison, analysis)
    if facts:
        table = Table(title="Facts, as each source states them")
        for col in ("fact", "source: value", "note"):
            table.add_column(col, overflow="fold")
        for row in facts:
            table.add_row(row.fact, "\n".join(f"{who}: {v}" for who, v, _ in row.values),
                          row.note or "")
        console.print(table)
    claims = claim_rows(comparison, analysis)
    if claims:
        table = Table(title="What one account has the other leader say", show_lines=True)
        for col in ("verdict", "leader", "claim (account)", "own side's words"):
            table.add_column(col, overflow="fold")
        for c in claims:
            style = "bold red" if c.verdict == "absent" else None
            table.add_row(Text(f"{VERDICTS[c.verdict]} the {c.other} account", style=style),
                          c.who, f"{c.text} ({c.account})", c.counterpart or "—")
        console.print(table)
    topics = topic_rows(comparison)
    if topics:
        table = Table(title="Topic by topic, then notion by notion: sentences per side (speakers)")
        table.add_column("topic or notion")
        for side in comparison.sides:
            table.add_column(f"{side_name(side)} sentences", overflow="fold")
        table.add_column("raised by")
        for t in topics:
            table.add_row(t.topic, *[t.per_side.get(s, "—") for s in comparison.sides],
                          t.line)
        console.print(table)
    figures = figure_rows(comparison, analysis)
    if figures:
        table = Table(title="Figures side by side (value, period, speaker)")
        table.add_column("measure")
        for side in comparison.sides:
            table.add_column(f"{side_name(side)} account", overflow="fold")
        table.add_column("note")
        for f in figures:
            table.add_row(f.measure, *["\n".join(f.per_side.get(s, [])) or "—"
                                       for s in comparison.sides], f.note)
        console.print(table)
    if not sentences:
        console.print(Text("Sentence by sentence: add --sentences.", style="dim"))
        return
    for left, right in pairs(comparison):
        table = Table(title=f"{side_name(left)} and {side_name(right)} accounts, sentence "
                            "by sentence", caption=P_CAPTION, show_lines=True, expand=True)
        # Chinese has no spaces to wrap at: fold it rather than cut it to one line.
        table.add_column(f"{side_name(left)} account", ratio=10, overflow="fold")
        table.add_column("p(same)", justify="right", width=7, no_wrap=True)
        table.add_column(f"{side_name(right)} account", ratio=10, overflow="fold")
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
table{border-collapse:collapse;width:100%;margin:1em 0}caption{text-align:left;color:#555}
td,th{border:1px solid #ccc;padding:.4em;vertical-align:top;text-align:left}
tr.one-sided td{background:#fff6d6}.score{color:#777;width:3em;text-align:right}
.summary{font-size:1.15em;font-weight:600}.absent{color:#a00;font-weight:600}
.media{color:#666}.folded{color:#777;font-style:italic}"""


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _html_table(caption: str, head: list[str], body: list[list[str]],
                classes: list[str] | None = None) -> str:
    """Cells already escaped; a caption and a labelled header row."""
    out = [f"<table><caption>{_e(caption)}</caption><tr>"
           + "".join(f"<th>{_e(h)}</th>" for h in head) + "</tr>"]
    for n, cells in enumerate(body):
        cls = f' class="{classes[n]}"' if classes and classes[n] else ""
        out.append(f"<tr{cls}>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def _html_one(comparison: Comparison, analysis: Analysis, lang: str) -> str:
    parts = [f"<section><h2>{_e(title(comparison, analysis))}</h2>"]
    parts += [f'<p class="summary">{_e(s)}</p>' for s in _summaries(comparison, lang)]
    parts.append("<ul>" + "".join(
        f'<li{" class=media" if w.startswith("Also") else ""}>{_e(w)}</li>'
        for w in _who(comparison, analysis)) + "</ul>")
    facts = fact_rows(comparison, analysis)
    if facts:
        parts.append(_html_table("Facts, as each source states them",
                                 ["fact", "source: value", "note"],
                                 [[_e(r.fact), "<br>".join(f"{_e(w)}: {_e(v)}"
                                                           for w, v, _ in r.values),
                                   _e(r.note or "")] for r in facts]))
    claims = claim_rows(comparison, analysis)
    if claims:
        parts.append(_html_table(
            "What one account has the other leader say",
            ["verdict", "leader", "claim (account)", "own side's words"],
            [[f'<span class="{c.verdict}">{_e(VERDICTS[c.verdict])} the {_e(c.other)} '
              f"account</span>", _e(c.who), f"{_e(c.text)} ({_e(c.account)})",
              _e(c.counterpart or "—")] for c in claims]))
    sides = list(comparison.sides)
    topics = topic_rows(comparison)
    if topics:
        parts.append(_html_table(
            "Topic by topic, then notion by notion: sentences per side (speakers)",
            ["topic or notion"] + [f"{side_name(s)} sentences" for s in sides] + ["raised by"],
            [[_e(t.topic)] + [_e(t.per_side.get(s, "—")) for s in sides] + [_e(t.line)]
             for t in topics]))
    figures = figure_rows(comparison, analysis)
    if figures:
        parts.append(_html_table(
            "Figures side by side (value, period, speaker)",
            ["measure"] + [f"{side_name(s)} account" for s in sides] + ["note"],
            [[_e(f.measure)] + ["<br>".join(_e(x) for x in f.per_side.get(s, [])) or "—"
                                for s in sides] + [_e(f.note)] for f in figures]))
    for left, right in pairs(comparison):
        body, classes = [], []
        for row in rows(comparison, analysis, left, right):
            one = not row.left or not row.right
            cls = "one-sided" + (" folded" if row.folded else "") if one else ""
            score = f"{row.score:.2f}" if row.score is not None else ""
            body.append(["<br>".join(_e(t) for t in row.left),
                         f'<span class="score">{score}</span>',
                         "<br>".join(_e(t) for t in row.right)])
            classes.append(cls)
        parts.append(_html_table(f"{side_name(left)} and {side_name(right)} accounts, "
                                 f"sentence by sentence. {P_CAPTION}",
                                 [f"{side_name(left)} account", "p(same)",
                                  f"{side_name(right)} account"], body, classes))
    parts.append("</section>")
    return "\n".join(parts)


def render_html(comparisons: list[Comparison], analysis: Analysis, lang: str = "en") -> str:
    """One self-contained page (inline CSS, no scripts, every text escaped)."""
    body = "\n".join(_html_one(c, analysis, lang) for c in comparisons) or \
        "<p>No comparisons.</p>"
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


def _md_table(head: list[str], body: list[list[str]]) -> list[str]:
    return ["", "| " + " | ".join(head) + " |", "|" + "---|" * len(head)] + \
        ["| " + " | ".join(cells) + " |" for cells in body]


def _md_one(comparison: Comparison, analysis: Analysis, lang: str) -> str:
    lines = [f"## {_md(title(comparison, analysis))}", ""]
    lines += [f"**{_md(s)}**\n" for s in _summaries(comparison, lang)]
    lines += [f"- {_md(w)}" for w in _who(comparison, analysis)]
    facts = fact_rows(comparison, analysis)
    if facts:
        lines += _md_table(["fact", "source: value", "note"],
                           [[_md(r.fact), _md("; ".join(f"{w}: {v}" for w, v, _ in r.values)),
                             _md(r.note or "")] for r in facts])
    claims = claim_rows(comparison, analysis)
    if claims:
        lines += _md_table(["verdict", "leader", "claim (account)", "own side's words"],
                           [[_md(f"{VERDICTS[c.verdict]} the {c.other} account"), _md(c.who),
                             _md(f"{c.text} ({c.account})"), _md(c.counterpart or "—")]
                            for c in claims])
    sides = list(comparison.sides)
    topics = topic_rows(comparison)
    if topics:
        lines += _md_table(["topic or notion"] + [f"{_md(side_name(s))} sentences" for s in sides]
                           + ["raised by"],
                           [[_md(t.topic)] + [_md(t.per_side.get(s, "—")) for s in sides]
                            + [_md(t.line)] for t in topics])
    figures = figure_rows(comparison, analysis)
    if figures:
        lines += _md_table(["measure"] + [f"{_md(side_name(s))} account" for s in sides]
                           + ["note"],
                           [[_md(f.measure)] + [_md("; ".join(f.per_side.get(s, [])) or "—")
                                                for s in sides] + [_md(f.note)]
                            for f in figures])
    for left, right in pairs(comparison):
        body = []
        for row in rows(comparison, analysis, left, right):
            score = f"{row.score:.2f}" if row.score is not None else ""
            left_cell = _md(" ".join(row.left)) if row.left else \
                f"*(only {side_name(right)})*"
            right_cell = _md(" ".join(row.right)) if row.right else \
                f"*(only {side_name(left)})*"
            body.append([left_cell, score, right_cell])
        lines += _md_table([f"{_md(side_name(left))} account", "p(same)",
                            f"{_md(side_name(right))} account"], body)
        lines += ["", f"*{_md(P_CAPTION)}*"]
    return "\n".join(lines) + "\n"


def render_markdown(comparisons: list[Comparison], analysis: Analysis,
                    lang: str = "en") -> str:
    """All comparisons as one Markdown document."""
    if not comparisons:
        return "# Accounts side by side\n\nNo comparisons.\n"
    return "# Accounts side by side\n\n" + "\n".join(_md_one(c, analysis, lang)
                                                     for c in comparisons)
