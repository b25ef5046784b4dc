"""Period builders that need no other period: one matched template to the span it names.

Each builder takes a match of a ``periods`` template (see ``period_grammar``) and the
document's date and tense, and returns the span ("next month", "the seventies", "民国三年",
"the past two decades"). Builders that resolve a period written inside another ("the
third week of {REST}", ranges) live in ``periods``, which imports these.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from readouts.extract.time.period_calendar import Per, add, month_span, unit_at
from readouts.extract.time.period_grammar import Rules, count, month_of, year_of


@dataclass(frozen=True)
class Ctx:
    """What a builder reads besides its match: the rules, the document date, the tense."""

    r: Rules
    ref: date | None
    tense: str | None
    week: bool = False  # inside a week already named: "mar" is Tuesday, not March
    month: Per | None = None  # a month already named: "November between 19 and 20"


Builder = Callable[[dict, re.Match[str], Ctx], Per | None]


def _by_tense(make: Callable[[int], Per | None], ctx: Ctx) -> Per | None:
    """A span written without its year, in the year the tense and document date call for."""
    if ctx.ref is None:
        return None
    ref = ctx.ref
    cands = [p for p in (make(y) for y in (ref.year - 1, ref.year, ref.year + 1)) if p]
    if ctx.tense == "future":
        ok = [p for p in cands if p.last >= ref]
        return min(ok, key=lambda p: p.first) if ok else None
    if ctx.tense == "past":
        ok = [p for p in cands if p.first <= ref]
        return max(ok, key=lambda p: p.first) if ok else None
    return min(cands, key=lambda p: 0 if p.first <= ref <= p.last
               else min(abs((p.first - ref).days), abs((p.last - ref).days)), default=None)


def _shift(gd: dict, r: Rules) -> int:
    return r.shifts.get(re.sub(r"\s+", " ", (gd.get("sh") or "").lower()), 0)


def unit_in(gd: dict, r: Rules) -> str | None:
    """The calendar unit a match names ("week", "settimana" -> "week")."""
    return r.units.get(re.sub(r"\s+", " ", (gd.get("u") or "").lower()))


def unit_period(gd: dict, m: re.Match[str], ctx: Ctx) -> Per | None:
    """"this week", "next month": the unit around the document date, shifted."""
    unit = unit_in(gd, ctx.r)
    return unit_at(unit, ctx.ref, _shift(gd, ctx.r)) if unit and ctx.ref else None


def _b_month(gd: dict, m: re.Match[str], ctx: Ctx) -> Per | None:
    mo = month_of(gd.get("m1") or "", ctx.r)
    if mo is None or not 1 <= mo <= 12:
        return None
    y, named = year_of(m, ctx.r, ctx.ref)
    if named and y:
        return month_span(y, mo)
    if gd.get("sh") and ctx.ref:
        k = _shift(gd, ctx.r)
        return _by_tense(lambda yy: month_span(yy, mo),
                         Ctx(ctx.r, ctx.ref, {1: "future", -1: "past"}.get(k, "present")))
    return _by_tense(lambda yy: month_span(yy, mo), ctx)


def _b_count(gd: dict, m: re.Match[str], ctx: Ctx) -> Per | None:
    """"the next 3 days", "the past two decades", "within 5 years": counted from today."""
    unit, n, ref = unit_in(gd, ctx.r), count(gd.get("n") or "", ctx.r), ctx.ref
    if unit is None or n is None or ref is None or not 1 <= n <= 1000:
        return None
    sign = -1 if _shift(gd, ctx.r) < 0 else 1
    if unit == "decade":  # whole decades: "the past two decades" ends with the last one
        here = unit_at(unit, ref, sign)
        assert here is not None
        other = unit_at(unit, ref, sign * n)
        assert other is not None
        return Per(min(here.first, other.first), max(here.last, other.last), "decade")
    if m.groupdict().get("within") is not None:
        return Per(ref, add(ref, unit, n) - timedelta(days=1), "day")
    if sign < 0:
        return Per(add(ref, unit, -n), ref - timedelta(days=1), "day")
    return Per(ref + timedelta(days=1), add(ref, unit, n), "day")


def _b_decade(gd: dict, m: re.Match[str], ctx: Ctx) -> Per | None:
    raw = (gd.get("dec") or "").lower()
    val = ctx.r.decades.get(raw)
    raw = raw.strip("'’s ")
    if val is None:
        val = int(raw) if raw.isdigit() else count(raw, ctx.r)
    if val is None or val % 10:
        return None
    cent = gd.get("cent")
    if val >= 100:
        y = val
    elif cent:
        c = ctx.r.centuries.get(cent.lower())
        if c is None:
            num = count(re.sub(r"[^\d〇零一二两三四五六七八九十]", "", cent), ctx.r)
            c = (num - 1) * 100 if num else None
        elif c < 100 and ctx.ref:  # relative: this century 0, the last -1
            c = (ctx.ref.year // 100 + c) * 100
        if c is None:
            return None
        y = c + val
    else:  # "the seventies": the latest such decade begun by the document's year
        this = (ctx.ref.year if ctx.ref else date.today().year) // 100 * 100
        y = this + val if this + val <= (ctx.ref or date.today()).year else this - 100 + val
    return Per(date(y, 1, 1), date(y + 9, 12, 31), "decade")


def _b_ym(gd: dict, m: re.Match[str], ctx: Ctx) -> Per | None:
    y, mo = int(gd["y"]), int(gd["mn"])
    return month_span(y, mo) if 1 <= mo <= 12 else None


def _b_year2(gd: dict, m: re.Match[str], ctx: Ctx) -> Per | None:
    """"07年", "零八年": a two-digit year, in the century that keeps it in the past."""
    raw = gd["yy"]
    digits = raw if raw.isdigit() else "".join(str("〇一二三四五六七八九".index(c))
                                              if c != "零" else "0" for c in raw)
    this = (ctx.ref or date.today()).year
    y = this // 100 * 100 + int(digits)
    y = y if y <= this + 1 else y - 100
    return Per(date(y, 1, 1), date(y, 12, 31), "year")


def _b_century(gd: dict, m: re.Match[str], ctx: Ctx) -> Per | None:
    n = count(gd.get("ord") or "", ctx.r)
    if n is None or not 1 <= n <= 22:
        return None
    return Per(date((n - 1) * 100 or 1, 1, 1), date((n - 1) * 100 + 99, 12, 31), "decade")


def _b_era(gd: dict, m: re.Match[str], ctx: Ctx) -> Per | None:
    """"民国三年" (1914), "康熙二十年9月": a year counted from an era's first, 元年 being 1."""
    base = ctx.r.eras.get(gd.get("era") or "")
    n = 1 if gd.get("en") == "元" else count(gd.get("en") or "", ctx.r)
    if base is None or n is None:
        return None
    y = base + n
    mo = month_of(gd["m1"], ctx.r) if gd.get("m1") else None
    if mo is not None and 1 <= mo <= 12:
        return month_span(y, mo)
    return Per(date(y, 1, 1), date(y, 12, 31), "year")


LEAF_BUILDERS: dict[str, Builder] = {
    "unit": unit_period, "month": _b_month, "count": _b_count, "decade": _b_decade,
    "ym": _b_ym, "year2": _b_year2, "century": _b_century, "era": _b_era,
}
