"""What every report of a comparison shows, as plain rows: facts per source, attributed
claims, topic by topic, figures side by side, and the accounts sentence by sentence with
runs of one-sided sentences folded. The terminal, HTML and Markdown renderers
(``readouts.compare.report``) only lay these rows out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from readouts.compare.differences import side_info
from readouts.extract.people.actors import actor_index
from readouts.model import Analysis, Comparison, Event, Figure, Readout

_SAME = "〃"  # a sentence already shown in the row above (one-to-many alignment)
FOLD_AT = 3  # a run of this many one-sided sentences folds into one line
FACT_NAMES = {"type": "type", "date": "date", "part_of_day": "part of day",
              "duration_minutes": "duration (min)", "location": "place",
              "initiated_by": "asked by", "attendees": "also present"}
VERDICTS = {"absent": "ABSENT from", "different": "worded differently by",
            "confirmed": "confirmed by"}


def side_name(side: str) -> str:
    """The side's adjective from the sides table ("Russian"), else its code."""
    return str(side_info(side).get("adjective", side))


def accounts(comparison: Comparison, analysis: Analysis) -> dict[str, Readout]:
    """Every account the comparison names: the sides' and those shown apart."""
    ids = {rid for rs in comparison.sides.values() for rid in rs}
    ids |= set(comparison.also_reported_by)
    return {r.id: r for d in analysis.documents for r in d.readouts if r.id in ids}


def event_of(comparison: Comparison, analysis: Analysis) -> Event | None:
    """The event the comparison is of, None where the analysis holds no such event."""
    return next((e for e in analysis.events if e.id == comparison.event), None)


def label(readout: Readout | None, rid: str) -> str:
    """'whitehouse (USA)', 'ansa (media)': who says it, at a glance."""
    if readout is None:
        return rid
    return f"{readout.source} ({readout.side or 'media'})"


def title(comparison: Comparison, analysis: Analysis) -> str:
    """A comparison's heading: the event's date, type and participants."""
    event = event_of(comparison, analysis)
    if event is None:
        return comparison.event
    index = actor_index()
    who = " – ".join(index.name(p) for p in event.participants) or "?"
    return f"{event.date or 'undated'} {event.type.replace('_', ' ')}: {who}"


def format_value(value: Any) -> str:
    """A fact's or discrepancy's value as a reader sees it."""
    if isinstance(value, list):
        return "; ".join(format_value(v) for v in value)
    if isinstance(value, dict) and "text" in value:
        period = value.get("period") or {}
        span = "–".join(p for p in (period.get("start"), period.get("end")) if p)
        return f"{value['text']}" + (f" ({span})" if span else "")
    if isinstance(value, (tuple, set)):
        return ", ".join(str(v) for v in value)
    return str(value)


def _person(actor: str | None) -> str:
    return actor_index().name(actor) if actor else ""


@dataclass
class FactRow:
    fact: str
    values: list[tuple[str, str, str | None]]  # (account label, value, evidence)
    note: str | None


def fact_rows(comparison: Comparison, analysis: Analysis) -> list[FactRow]:
    """One row per fact any account states: each source's own value and its words, and
    the note of the discrepancy, when the sides differ."""
    readouts = accounts(comparison, analysis)
    notes = {d.field: d.note or "stated differently" for d in comparison.discrepancies}
    aliases = {"duration_minutes": "duration", "initiated_by": "initiator"}
    out = []
    for key, per_source in comparison.facts.items():
        values = []
        for rid, fact in per_source.items():
            value = fact.get("value")
            if key in ("initiated_by",):
                value = _person(value)
            elif key == "attendees":
                value = ", ".join(_person(a) for a in value or [])
            values.append((label(readouts.get(rid), rid), format_value(value),
                           fact.get("evidence")))
        distinct = {v for _, v, _ in values}
        note = notes.get(aliases.get(key, key))
        if note is None and len(values) == 1:
            note = "only this account states it"
        elif note is None and len(distinct) == 1:
            note = "the same in every account that states it"
        out.append(FactRow(FACT_NAMES.get(key, key), values, note))
    return out


@dataclass
class ClaimRow:
    verdict: str
    who: str
    account: str
    text: str
    other: str  # the leader's own side
    counterpart: str | None


def claim_rows(comparison: Comparison, analysis: Analysis) -> list[ClaimRow]:
    """Claims, absent first, then worded differently, then confirmed."""
    readouts = accounts(comparison, analysis)
    order = {"absent": 0, "different": 1, "confirmed": 2}
    out = []
    for claim in sorted(comparison.claims, key=lambda c: order.get(c["verdict"], 3)):
        rid, i = claim["sentence"]
        r = readouts.get(rid)
        text = r.sentences[i].text if r and i < len(r.sentences) else ""
        counterpart = None
        if claim.get("counterpart"):
            crid, ci = claim["counterpart"]
            cr = readouts.get(crid)
            counterpart = cr.sentences[ci].text if cr and ci < len(cr.sentences) else None
        own = actor_index().country_of(claim["about"]) or ""
        out.append(ClaimRow(claim["verdict"], _person(claim["about"]), label(r, rid), text,
                            side_name(own), counterpart))
    return out


@dataclass
class TopicRow:
    topic: str
    per_side: dict[str, str]  # side -> "3 (Joe Biden)" or "—"
    line: str


def _raised_line(raised: list[str], sides: list[str]) -> str:
    silent = [s for s in sides if s not in raised]
    return "all sides" if not silent else (
        f"only {', '.join(side_name(s) for s in raised)}; "
        f"not {', '.join(side_name(s) for s in silent)}")


def topic_rows(comparison: Comparison) -> list[TopicRow]:
    """Topic by topic: how many sentences each side gives it and who says them; then
    the notions (candid talks, staying in touch) in a row per group of sides raising
    them, each side's with its count, so dozens of notions take a few lines."""
    sides = list(comparison.sides)
    out = []
    notions: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for entry in comparison.by_topic:
        raised = entry.get("raised_by") or [s for s, r in entry["sides"].items() if r]
        if entry.get("kind", "topic") != "topic":
            notions.setdefault(tuple(raised), []).append(entry)
            continue
        per_side = {}
        for side, refs in entry["sides"].items():
            speakers = ", ".join(_person(a) for a in entry.get("speakers", {}).get(side, []))
            per_side[side] = (f"{len(refs)}" + (f" ({speakers})" if speakers else "")) \
                if refs else "—"
        out.append(TopicRow(entry["topic"], per_side, _raised_line(raised, sides)))
    for raised, entries in sorted(notions.items(), key=lambda x: -len(x[0])):
        per_side = {side: ", ".join(f"{e['topic']} {len(e['sides'][side])}" for e in entries
                                    if e["sides"].get(side)) or "—" for side in sides}
        out.append(TopicRow("notions", per_side, _raised_line(list(raised), sides)))
    return out


def figure_text(f: Figure) -> str:
    """'more than 100 billion USD, 2021-01–2021-09, Xi Jinping'."""
    qualifier = {"more_than": "more than ", "less_than": "less than ",
                 "about": "about "}.get(f.qualifier, "")
    value = f"{f.value:,.0f}" if float(f.value).is_integer() else f"{f.value:,}"
    parts = [f"{f.text} = {qualifier}{value} {f.unit}"]
    if f.period:
        parts.append(f.period.start if f.period.start == f.period.end
                     else f"{f.period.start}–{f.period.end}")
    if f.speaker:
        parts.append(_person(f.speaker))
    return ", ".join(p for p in parts if p)


@dataclass
class FigureRow:
    measure: str
    per_side: dict[str, list[str]]
    note: str


def figure_rows(comparison: Comparison, analysis: Analysis) -> list[FigureRow]:
    """One row per group of figures the comparison matched: what is measured, and the
    figures each side gives of it."""
    readouts = accounts(comparison, analysis)
    side_of = {rid: side for side, rids in comparison.sides.items() for rid in rids}
    out = []
    for group in comparison.figures:
        per_side: dict[str, list[str]] = {side: [] for side in comparison.sides}
        for rid, indexes in group["values"].items():
            r = readouts.get(rid)
            if r is None:
                continue
            per_side[side_of.get(rid, "?")] = per_side.get(side_of.get(rid, "?"), []) + \
                [figure_text(r.figures[n]) for n in indexes if n < len(r.figures)]
        measure = (group.get("about") or "(unnamed)") + (" — target" if group.get("target")
                                                         else "")
        out.append(FigureRow(measure, per_side, group.get("note") or ""))
    return out


@dataclass
class Row:
    """One line of the sentence view; an empty side is a one-sided sentence; ``folded``
    counts one-sided sentences folded into this line."""

    left: list[str]
    right: list[str]
    score: float | None
    folded: int = 0


def rows(comparison: Comparison, analysis: Analysis, left: str, right: str,
         fold: bool = True) -> list[Row]:
    """Sentences of two sides in reading order, aligned pairs on one row; runs of
    ``FOLD_AT`` or more one-sided sentences of one side become one counted row."""
    readouts = accounts(comparison, analysis)
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
    linked_right = {b for bs in links.values() for b, _ in bs}
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
                if pending not in shown and pending not in linked_right:
                    out.append(Row([], [text[pending]], None))
                    shown.add(pending)
                cursor += 1
            right_texts = [_SAME if b in shown else text[b] for b, _ in partners]
            shown.update(b for b, _ in partners)
            out.append(Row([text[key]], right_texts, max(s for _, s in partners)))
        else:
            out.append(Row([text[key]], [], None))
    for pending in order[right]:
        if pending not in shown and pending not in linked_right:
            out.append(Row([], [text[pending]], None))
    return _folded(out) if fold else out


def _folded(rows_in: list[Row]) -> list[Row]:
    """Runs of one-sided rows of the same side: the first sentence, then a count."""
    out: list[Row] = []
    run: list[Row] = []

    def flush() -> None:
        if len(run) >= FOLD_AT:
            first = run[0]
            out.append(Row(first.left, first.right, None))
            out.append(Row([] if not first.left else [f"… {len(run) - 1} more"],
                           [] if not first.right else [f"… {len(run) - 1} more"], None,
                           folded=len(run) - 1))
        else:
            out.extend(run)
        run.clear()

    for row in rows_in:
        one_sided = bool(row.left) != bool(row.right)
        if one_sided and run and bool(run[0].left) == bool(row.left):
            run.append(row)
            continue
        flush()
        if one_sided:
            run.append(row)
        else:
            out.append(row)
    flush()
    return out


def pairs(comparison: Comparison) -> list[tuple[str, str]]:
    """With three or more sides, the first is set beside each other in turn."""
    sides = list(comparison.sides)
    return [(sides[0], other) for other in sides[1:]]
