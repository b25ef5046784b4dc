"""Periods: the time spans a figure covers, spans named as periods, and undated documents.

Period rules are regex templates in ``periods.rules`` of ``lang/<iso>/dates.yaml`` (running
text) and ``periods.span_rules`` (only in a span known to be a period), each with a kind
("months", "first_months", "last_months", "quarter", "half", "year", "year_span", "unit",
"month", "part", "count", "decade", "century", "era", ...) and placeholders: {M1} {M2}
(months), {N} (a count), {ORD} (an ordinal), {Y} (a year or a year word: "this year",
"去年"), {US}/{UP} (a calendar unit, singular or counted), {SH}/{SHA} (a shift before or
after it: "next", "scorso"), {PART} ("early", "fine", "rest of"), {REST} (a period
inside: "the third week of {REST}"), {DEC}.
Two-ended ranges ("from 3 to 7 March", "2014-2018", "从6月1日至30日") are one grammar over
the data's ``range`` words; a bare day takes the other end's month and year.

A span without a year ends no later than the document's month in running text ("from
January to November" written in February is last year's); a span resolved on its own
takes the year its tense calls for ("March" in a plan written in December is next March).
Periods end on their last day: "this week" is Monday to Sunday. The templates are compiled in
``period_grammar``, the calendar arithmetic is ``period_calendar``, the builders that need no
other period are ``period_builders``; this module resolves ranges and nested periods.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from readouts.extract.figures.numbers import normalize
from readouts.extract.time.dates import digit_years, resolve_date
from readouts.extract.time.period_builders import (
    LEAF_BUILDERS,
    Builder,
    Ctx,
    unit_in,
    unit_period,
)
from readouts.extract.time.period_calendar import Per, add, nth_week, part_of, per_of, unit_at
from readouts.extract.time.period_grammar import Rules, count, rules, span_of
from readouts.extract.time.tense import TenseMarks, tense_from, tense_marks


@dataclass(frozen=True)
class PeriodMention:
    start: int
    end: int
    text: str
    period_start: str  # YYYY-MM-DD | YYYY-MM | YYYY
    period_end: str
    endpoints: bool = False  # written as two endpoints ("from 3 to 7 March"): the end as named


def _b_nth(gd: dict, m: re.Match[str], ctx: Ctx) -> Per | None:
    n = count(gd.get("ord") or "", ctx.r)
    unit = unit_in(gd, ctx.r)
    anchor = (_single(gd["rest"], ctx) if gd.get("rest")
              else unit_at("year", ctx.ref) if ctx.ref else None)  # "week 10": of this year
    if n is None or unit != "week" or anchor is None:
        return None
    return nth_week(n, anchor)


def _b_part(gd: dict, m: re.Match[str], ctx: Ctx) -> Per | None:
    part = ctx.r.parts.get(re.sub(r"\s+", " ", (gd.get("part") or "").lower()))
    anchor = _single(gd["rest"], ctx) if gd.get("rest") else unit_period(gd, m, ctx)
    return part_of(anchor, part, ctx.ref) if anchor and part else None


def _b_unit_of(gd: dict, m: re.Match[str], ctx: Ctx) -> Per | None:
    unit, anchor = unit_in(gd, ctx.r), _single(gd.get("rest") or "", ctx)
    return unit_at(unit, anchor.first) if unit and anchor else None


def _b_lasting(gd: dict, m: re.Match[str], ctx: Ctx) -> Per | None:
    """"3 days starting from next Monday", "for a week from 20 December"."""
    unit, n = unit_in(gd, ctx.r), count(gd.get("n") or "", ctx.r)
    anchor = _single(gd.get("rest") or "", ctx)
    if unit is None or n is None or anchor is None or not 1 <= n <= 1000:
        return None
    return Per(anchor.first, add(anchor.first, unit, n) - timedelta(days=1), "day")


_BUILDERS: dict[str, Builder] = {
    **LEAF_BUILDERS, "nth_unit": _b_nth, "part": _b_part, "unit_of": _b_unit_of,
    "lasting": _b_lasting,
    "range": lambda gd, m, ctx: _range(m.group(0), ctx),  # ctx carries the tense there
}

# Numeric year and month, in any language: "2016-11", "2015.3", "11/2016".
_NUMERIC = (
    ("ym", re.compile(r"(?P<y>(?:1[6-9]|20)\d\d)\s*[-/.]\s*(?P<mn>1[0-2]|0?[1-9])")),
    ("ym", re.compile(r"(?P<mn>1[0-2]|0?[1-9])\s*[-/]\s*(?P<y>(?:1[6-9]|20)\d\d)")),
)


def _build(kind: str, m: re.Match[str], ctx: Ctx) -> Per | None:
    builder = _BUILDERS.get(kind)
    if builder is not None:
        return builder(m.groupdict(), m, ctx)
    span = span_of(kind, m, ctx.r, ctx.ref)
    return per_of(*span) if span else None


def _single(text: str, ctx: Ctx) -> Per | None:
    """One period or date filling the whole of ``text``."""
    text = text.strip(" ,.")
    if not text:
        return None
    r = ctx.r
    ref = ctx.ref.isoformat() if ctx.ref else None
    d = resolve_date(text, r.lang, ref, ctx.tense) if ctx.week else None
    if d is not None:
        return per_of(d.value, d.value)
    for kind, pattern in r.span_rules + _NUMERIC:
        m = pattern.fullmatch(text)
        if m:
            per = _build(kind, m, ctx)
            if per:
                return per
    if re.fullmatch(r"(?:1\d|20)\d\d", text):
        return per_of(text, text)
    d = resolve_date(text, r.lang, ref, ctx.tense)
    if d is None or len(re.sub(r"\W", "", text)) - len(re.sub(r"\W", "", d.text)) > 3:
        return None
    return per_of(d.value, d.value)


def _range(text: str, ctx: Ctx) -> Per | None:
    """"from 4 to 22 May", "between 2014 and 2018", "从一月十日到十二日": two ends."""
    r = ctx.r
    if r.mid is None:
        return None
    body = text.strip(" ,.")
    if r.close is not None:
        body = r.close.sub("", body)
    for o in r.open.finditer(body) if r.open is not None else ():
        anchor = _single(body[:o.start()], ctx) if o.start() else None
        if anchor is not None and anchor.unit == "week":  # "next week from Tue to Thu"
            inner = Ctx(r, anchor.first - timedelta(days=1), "future", week=True)
            return _range(body[o.start():], inner)
        if anchor is not None and anchor.unit == "month":
            return _range(body[o.start():], Ctx(r, ctx.ref, ctx.tense, month=anchor))
    for m in sorted(r.mid.finditer(body), key=lambda c: not c.group(0)[:1].isalpha()):
        a, b = body[:m.start()].strip(" ,"), body[m.end():].strip(" ,")
        o = r.open.match(a) if r.open is not None else None
        a = a[o.end():] if o else a
        ends = _ends(a, b, ctx) if a and b else None
        if ends:
            first, last = ends
            return Per(first.first, last.last, "range",
                        (_strings(first)[0], _strings(last)[1]))
    return None


def _ends(a: str, b: str, ctx: Ctx) -> tuple[Per, Per] | None:
    """Both ends of a range; a bare day takes its month and year from the other end."""
    r = ctx.r
    da, db = r.bare_day.match(a), r.bare_day.match(b)
    if da and db:
        if ctx.month is None:
            return None
        pa, pb = _day_in(ctx.month.first, count(da["d"], r)), _day_in(ctx.month.first,
                                                                       count(db["d"], r))
        return (pa, pb) if pa and pb and pa.first <= pb.last else None
    pa = None if da else _single(a, ctx)
    if pa and not db and _has_year(a, r) and not _has_year(b, r) and _names_month(b, r):
        pb = _single(b, Ctx(r, pa.first, "future"))  # "2016年6月1日-6月30日": the same year
    else:
        pb = None if db else _single(b, ctx)
    if pb and pa and not _has_year(a, r) and _has_year(b, r) and _names_month(a, r):
        pa = _single(a, Ctx(r, pb.last, "past"))
    if da and pb and pb.unit == "day":
        pa = _day_in(pb.first, count(da["d"], ctx.r))
    if db and pa and pa.unit == "day":
        pb = _day_in(pa.first, count(db["d"], ctx.r))
    if pa is None or pb is None:
        return None
    if pb.last < pa.first and not _has_year(b, ctx.r):
        pb = Per(add(pb.first, "year", 1), add(pb.last, "year", 1), pb.unit)
    elif pb.last < pa.first and not _has_year(a, ctx.r):
        pa = Per(add(pa.first, "year", -1), add(pa.last, "year", -1), pa.unit)
    return (pa, pb) if pa.first <= pb.last else None


def _names_month(text: str, r: Rules) -> bool:
    """A calendar date (not "today", "next Friday"): the other end's year may apply to it."""
    if r.lang == "zh":
        return "月" in text
    words = re.findall(r"[^\W\d_]+", text.lower())
    return any(w in r.months for w in words) or bool(re.search(r"\d[-/.]\d", text))


def _has_year(text: str, r: Rules) -> bool:
    return bool(re.search(r"\d{4}|年" if r.lang == "zh" else r"\d{4}", text))


def _day_in(other: date, d: int | None) -> Per | None:
    if d is None or not 1 <= d <= calendar.monthrange(other.year, other.month)[1]:
        return None
    day = other.replace(day=d)
    return Per(day, day, "day")


def _strings(p: Per) -> tuple[str, str]:
    if p.named:
        return p.named
    if p.unit in ("year", "decade"):
        return f"{p.first.year:04d}", f"{p.last.year:04d}"
    if p.unit in ("month", "quarter", "half", "months"):
        return f"{p.first.year:04d}-{p.first.month:02d}", f"{p.last.year:04d}-{p.last.month:02d}"
    return p.first.isoformat(), p.last.isoformat()


def _parse_ref(ref: str | None) -> date | None:
    try:
        return date.fromisoformat(ref[:10]) if ref else None
    except ValueError:
        return None


def resolve_period(span: str, lang: str, ref: str | None,
                   tense: str | None = None) -> PeriodMention | None:
    """Resolve a span already known to be a period ("next week", "dal 3 al 7 marzo").

    Loose forms count here ("the week", "February" alone) that running text does not;
    ``tense`` places a span written without its year, as for dates.
    """
    if lang not in ("it", "en", "ru", "zh"):
        return None
    text = digit_years(normalize(span).strip(), lang)
    ctx = Ctx(rules(lang), _parse_ref(ref), tense)
    per = _range(text, ctx)
    endpoints = per is not None
    per = per or _single(text, ctx)
    if per is None:
        return None
    return PeriodMention(0, len(span), span, *_strings(per), endpoints=endpoints)


def find_periods(sentence: str, lang: str, ref: str | None) -> list[PeriodMention]:
    """Spans of time a figure may cover, as (start, end) dates; longest match wins."""
    if lang not in ("it", "en", "ru", "zh"):
        return []
    r = rules(lang)
    text = normalize(sentence)
    low = text.lower()
    if not any(w in low for w in r.gate):
        return []
    ref_date = _parse_ref(ref)
    found = []
    passed: dict[tuple[str, ...], bool] = {}
    for order, ((kind, pattern), gate) in enumerate(zip(r.rules, r.rule_gates, strict=True)):
        if gate is not None:
            if gate not in passed:
                passed[gate] = any(w in low for w in gate)
            if not passed[gate]:
                continue
        for m in pattern.finditer(text):
            found.append((-(m.end() - m.start()), order, m, kind))
    found.sort(key=lambda f: (f[0], f[1]))
    taken: list[tuple[int, int]] = []
    out = []
    marks: TenseMarks | None = None  # the tense cues, read once at the first range
    for _, _, m, kind in found:
        if any(m.start() < e and s < m.end() for s, e in taken):
            continue
        if kind == "range" and marks is None:
            marks = tense_marks(text, lang)
        tense = tense_from(marks, m.start()) if kind == "range" and marks else None
        per = _build(kind, m, Ctx(r, ref_date, tense))
        if per:
            taken.append((m.start(), m.end()))
            end = m.end() - (m.group(0).endswith(".") and kind == "range")  # a full stop
            out.append(PeriodMention(m.start(), end, sentence[m.start():end],
                                     *_strings(per), endpoints=kind == "range"))
    out.sort(key=lambda p: p.start)
    return out
