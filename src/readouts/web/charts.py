"""Charts as SVG drawn on the server: no JavaScript library, nothing fetched at run time.

Every label goes through html.escape, because titles and sentences are document text.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from html import escape
from urllib.parse import quote

from markupsafe import Markup

from readouts.model import EVENT_TYPES, Event

_LEFT, _RIGHT, _TOP, _ROW = 110, 20, 34, 30
_WIDTH = 900
_PALETTE = ("#c0392b", "#1f6fb2", "#2e8b57", "#8e44ad", "#d35400", "#16a085", "#7f8c8d")
CONFLICT_RATIO = 0.01  # exact values of one period further apart than 2% conflict
ABOUT_RATIO = 0.1  # "about" allows 10% either way
LOG_RATIO = 30  # values further apart than this get a logarithmic axis
_YEAR_LABEL = 52  # room a year's label needs, in chart units
_JITTER = 9  # pixels between the sides' points of one date, so none hides another


def year_fraction(value: str | None) -> float | None:
    """'2021' -> 2021.5, '2021-07' -> 2021.54, '2021-07-15' -> 2021.54."""
    if not value or len(value) < 4 or not value[:4].isdigit():
        return None
    year = int(value[:4])
    try:
        if len(value) >= 10:
            return year + (int(value[5:7]) - 1) / 12 + (int(value[8:10]) - 1) / 365
        if len(value) >= 7:
            return year + (int(value[5:7]) - 0.5) / 12
    except ValueError:
        return None
    return year + 0.5


def _x(t: float, lo: int, hi: int) -> float:
    return _LEFT + (t - lo) / max(hi + 1 - lo, 1) * (_WIDTH - _LEFT - _RIGHT)


def _person(actor: str) -> str:
    return actor.replace("-", " ").title()


def _year_step(lo: int, hi: int) -> int:
    """Label every n-th year so labels stay apart at the phone's larger chart font."""
    width = (_WIDTH - _LEFT - _RIGHT) / (hi + 1 - lo)
    return max(1, math.ceil(_YEAR_LABEL / width))


_GAP_WEIGHT = 0.35  # a run of years without contacts takes this share of a year's width


@dataclass
class _Slot:
    first: int
    last: int
    empty: bool
    x0: float = 0.0
    x1: float = 0.0


def _year_slots(per_year: Counter, lo: int, hi: int) -> list[_Slot]:
    """Years with contacts get a full slot each; a run of years without any shrinks to one
    narrow slot, so the width goes to the years that have something to show."""
    slots: list[_Slot] = []
    year = lo
    while year <= hi:
        last = year
        if not per_year[year]:
            while last + 1 <= hi and not per_year[last + 1]:
                last += 1
        slots.append(_Slot(year, last, not per_year[year]))
        year = last + 1
    unit = (_WIDTH - _LEFT - _RIGHT) / sum(_GAP_WEIGHT if s.empty else 1 for s in slots)
    x = float(_LEFT)
    for slot in slots:
        slot.x0, x = x, x + unit * (_GAP_WEIGHT if slot.empty else 1)
        slot.x1 = x
    return slots


def timeline_svg(events: list[Event], query: str = "") -> Markup:
    """Contacts by year and type; runs of empty years shaded and narrow; each dot links on.

    ``query`` (the page's filters, URL-encoded) makes each year's label a link to that
    year's contacts in the list. A contact no account reports, only mentions in passing,
    is drawn hollow: what is known of it is second-hand.
    """
    dated = [(year_fraction(e.date), e) for e in events]
    dated = [(t, e) for t, e in dated if t is not None]
    if not dated:
        return Markup('<p class="empty">No dated contacts to draw.</p>')
    lo, hi = int(min(t for t, _ in dated)), int(max(t for t, _ in dated))
    types = [t for t in EVENT_TYPES if any(e.type == t for _, e in dated)]
    height = _TOP + _ROW * len(types) + 30
    per_year = Counter(int(t) for t, _ in dated)
    slots = _year_slots(per_year, lo, hi)
    slot_of = {y: s for s in slots for y in range(s.first, s.last + 1)}
    full = [s for s in slots if not s.empty]
    step = max(1, math.ceil(_YEAR_LABEL / (full[0].x1 - full[0].x0)))

    def x(t: float) -> float:
        slot = slot_of[int(t)]
        return slot.x0 + (t - int(t)) * (slot.x1 - slot.x0)

    parts = [f'<svg class="chart timeline" viewBox="0 0 {_WIDTH} {height}" role="img" '
             f'aria-label="Contacts from {lo} to {hi} by type" '
             'xmlns="http://www.w3.org/2000/svg">']
    bottom = _TOP + _ROW * len(types)
    for slot in slots:
        x0, x1, middle = slot.x0, slot.x1, (slot.x0 + slot.x1) / 2
        if slot.empty:
            years = f"{slot.first}" if slot.first == slot.last else f"{slot.first}–{slot.last}"
            parts.append(f'<rect class="gap" x="{x0:.1f}" y="{_TOP - 6}" width="{x1 - x0:.1f}" '
                         f'height="{bottom - _TOP + 6}"><title>{years}: no contacts</title>'
                         '</rect>')
        parts.append(f'<line class="grid" x1="{x0:.1f}" x2="{x0:.1f}" y1="{_TOP - 6}" '
                     f'y2="{bottom}"/>')
        if not slot.empty and full.index(slot) % step == 0:
            year = slot.first
            href = escape(f"/contacts?{query}{'&' if query else ''}since={year}&until={year}")
            parts.append(f'<a href="{href}" class="year"><text class="year" '
                         f'x="{middle:.1f}" y="{bottom + 18}">{year}</text></a>')
            parts.append(f'<text class="count" x="{middle:.1f}" y="{_TOP - 12}">'
                         f'{per_year[year]}</text>')
    for n, kind in enumerate(types):
        y = _TOP + _ROW * n + _ROW / 2
        parts.append(f'<text class="label" x="{_LEFT - 8}" y="{y + 4:.1f}">'
                     f'{escape(kind.replace("_", " "))}</text>')
        parts.append(f'<line class="lane" x1="{_LEFT}" x2="{_WIDTH - _RIGHT}" y1="{y:.1f}" '
                     f'y2="{y:.1f}"/>')
    for t, e in dated:
        y = _TOP + _ROW * types.index(e.type) + _ROW / 2
        who = ", ".join(_person(p) for p in e.participants) or "unknown"
        second_hand = not e.reported_by
        planned = " (planned)" if e.status == "planned" else ""
        label = escape(f"{e.date} {e.type.replace('_', ' ')}{planned}: {who}"
                       f"{' (only mentioned in passing)' if second_hand else ''}")
        parts.append(f'<a href="/contacts/{quote(e.id, safe="")}" class="dot">'
                     f'<circle class="type-{escape(e.type)} status-{escape(e.status)}'
                     f'{" mentioned" if second_hand else ""}" cx="{x(t):.1f}" '
                     f'cy="{y:.1f}" r="6"><title>{label}</title></circle></a>')
    parts.append("</svg>")
    return Markup("".join(parts))


@dataclass
class Point:
    """One figure on the chart: when, how much, who said it, where to read it."""

    when: str
    value: float
    label: str
    group: str  # the side (or source) that gives the colour
    href: str
    period: str | None  # claims about one stated period that disagree are a conflict
    qualifier: str = "exact"
    claimant: str = ""  # the account making the claim: one account does not contradict itself


def human(value: float) -> str:
    """A number short enough for a chart's label: four significant digits, thousands and
    up as K, M, B, T."""
    for limit, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(value) >= limit:
            return f"{value / limit:.4g}{suffix}"
    return f"{value:.4g}"


def _interval(p: Point) -> tuple[float, float]:
    """The values a claim allows: "more than 240" allows 245, "about 100" allows 95."""
    v = p.value
    if p.qualifier == "more_than":
        return v, float("inf")
    if p.qualifier == "less_than":
        return float("-inf"), v
    slack = abs(v) * (ABOUT_RATIO if p.qualifier == "about" else CONFLICT_RATIO)
    return v - slack, v + slack


def conflicts(points: list[Point]) -> set[int]:
    """Indexes of points that another account's claim for the same period contradicts.

    A figure without a stated period (a target, "last year" left unresolved) is no claim
    about any period, so it conflicts with nothing.
    """
    by_period: dict[str, list[int]] = defaultdict(list)
    for n, p in enumerate(points):
        if p.period:
            by_period[p.period].append(n)
    out: set[int] = set()
    for members in by_period.values():
        for i, a in enumerate(members):
            lo_a, hi_a = _interval(points[a])
            for b in members[i + 1:]:
                if points[a].claimant and points[a].claimant == points[b].claimant:
                    continue
                lo_b, hi_b = _interval(points[b])
                if hi_a < lo_b or hi_b < lo_a:
                    out.update((a, b))
    return out


def _bound(qualifier: str, cx: float, cy: float) -> str:
    """An arrow from the point where the claim is a bound ("more than", "less than")."""
    sign = {"more_than": -1, "less_than": 1}.get(qualifier)
    if sign is None:
        return ""
    tip = cy + sign * 16
    return (f'<path class="bound {qualifier}" d="M{cx:.1f},{cy:.1f} V{tip:.1f} '
            f'M{cx - 4:.1f},{tip - sign * 5:.1f} L{cx:.1f},{tip:.1f} '
            f'L{cx + 4:.1f},{tip - sign * 5:.1f}"/>')


def figures_svg(points: list[Point], unit: str) -> Markup:
    """Values over time, coloured by side; conflicting claims of one period joined in red."""
    placed = [(year_fraction(p.when), n, p) for n, p in enumerate(points)]
    placed = [(t, n, p) for t, n, p in placed if t is not None]
    if not placed:
        return Markup('<p class="empty">No dated figures to draw.</p>')
    lo, hi = int(min(t for t, _, _ in placed)), int(max(t for t, _, _ in placed))
    top = max(p.value for _, _, p in placed) * 1.1 or 1.0
    height, bottom = 360, 320
    groups = list(dict.fromkeys(p.group for _, _, p in placed))
    colour = {g: _PALETTE[n % len(_PALETTE)] for n, g in enumerate(groups)}
    bad = conflicts(points)
    positive = [p.value for _, _, p in placed if p.value > 0]
    # one outlier (a decade's total beside yearly figures) must not flatten the rest: when
    # the values span more than LOG_RATIO, the axis is logarithmic
    log = bool(positive) and max(positive) / min(positive) > LOG_RATIO
    floor = min(positive) / 1.5 if log else 0.0

    def y(v: float) -> float:
        if log:
            share = (math.log10(max(v, floor)) - math.log10(floor)) / \
                (math.log10(top) - math.log10(floor))
            return bottom - share * (bottom - _TOP)
        return bottom - max(v, 0) / top * (bottom - _TOP)

    parts = [f'<svg class="chart figures" viewBox="0 0 {_WIDTH} {height}" role="img" '
             f'aria-label="Figures in {escape(unit)} from {lo} to {hi}'
             f'{" (logarithmic scale)" if log else ""}" '
             'xmlns="http://www.w3.org/2000/svg">']
    for k in range(5):
        v = floor * (top / floor) ** (k / 4) if log else top * k / 4
        parts.append(f'<line class="grid" x1="{_LEFT}" x2="{_WIDTH - _RIGHT}" y1="{y(v):.1f}" '
                     f'y2="{y(v):.1f}"/><text class="label" x="{_LEFT - 8}" y="{y(v) + 4:.1f}">'
                     f'{human(v)} {escape(unit)}</text>')
    if log:
        parts.append(f'<text class="legend scale" x="{_WIDTH - _RIGHT}" y="18" '
                     'text-anchor="end">logarithmic scale</text>')
    step = _year_step(lo, hi)
    for year in range(lo, hi + 1, step):
        parts.append(f'<text class="year" x="{_x(year + 0.5, lo, hi):.1f}" y="{bottom + 20}">'
                     f'{year}</text>')
    by_period: dict[str | None, list[tuple[float, float]]] = defaultdict(list)
    for t, n, p in placed:
        if n in bad:
            by_period[p.period].append((_x(t, lo, hi), y(p.value)))
    for coords in by_period.values():
        xs, ys = [c[0] for c in coords], [c[1] for c in coords]
        parts.append(f'<line class="conflict" x1="{min(xs):.1f}" x2="{max(xs):.1f}" '
                     f'y1="{min(ys):.1f}" y2="{max(ys):.1f}"/>')
    for t, n, p in placed:
        cls = "point conflict" if n in bad else "point"
        cx = _x(t, lo, hi) + _JITTER * (groups.index(p.group) - (len(groups) - 1) / 2)
        parts.append(f'<a href="{escape(p.href)}">{_bound(p.qualifier, cx, y(p.value))}'
                     f'<circle class="{cls}" cx="{cx:.1f}" cy="{y(p.value):.1f}" r="6" '
                     f'fill="{colour[p.group]}"><title>{escape(p.label)}</title></circle></a>')
    for n, g in enumerate(groups):
        parts.append(f'<circle cx="{_LEFT + 10 + n * 110}" cy="14" r="5" fill="{colour[g]}"/>'
                     f'<text class="legend" x="{_LEFT + 20 + n * 110}" y="18">{escape(g)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
