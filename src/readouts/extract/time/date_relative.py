"""Builders of dates counted from the document's day: relative days ("ieri", "今（29）日"),
weekdays ("lunedì scorso"), a day of a named month shift ("the 5th of next month"), the nth
weekday of a month, and amounts of time ago or later ("three days ago")."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from readouts.extract.figures.numbers import parse_number
from readouts.extract.time.date_context import (
    Ctx,
    Result,
    day_of,
    group,
    iso,
    month_shift,
    valid,
    weekday_day,
    year_for,
    zh_int,
)
from readouts.extract.time.date_grammar import ZH_NUM, alt


def build_rel(m: re.Match[str], ctx: Ctx) -> Result | None:
    """A relative day ("ieri", "tomorrow", "позавчера") counted from the page's date,
    with the part of day the word may carry ("stasera"); none inside a name."""
    if ctx.ref is None or _in_a_name(m, ctx):
        return None
    offset, part = ctx.lex.relative[re.sub(r"\s+", " ", m["rel"].lower())]
    return (ctx.ref + timedelta(days=offset)).isoformat(), "day", True, part


def build_zhrel(m: re.Match[str], ctx: Ctx) -> Result | None:
    """"今（29）日", "明（30）上午": a relative day with its day of the month written beside
    it; the written day wins where the two disagree by a day or so (a page dated in
    another zone), nothing where they are further apart."""
    d = zh_int(m["d"])
    offset = (ctx.lex.data.get("relative_day_heads") or {}).get(m["reh"])
    if ctx.ref is None or d is None or offset is None:
        return None
    near = ctx.ref + timedelta(days=int(offset))
    fits = [c for k in (-2, -1, 0, 1, 2) if (c := near + timedelta(days=k)).day == d]
    if not fits:
        return None
    part = ctx.lex.data.get("zh_daypart_suffix", {}).get(m["dp"]) if group(m, "dp") else None
    return fits[0].isoformat(), "day", True, part


def build_zhbare(m: re.Match[str], ctx: Ctx) -> Result | None:
    """"普京今晤习主席", "习近平昨抵港": a day of one character before its verb, counted
    from the page's day."""
    offset = (ctx.lex.data.get("bare_day_heads") or {}).get(m["bh"])
    if ctx.ref is None or offset is None:
        return None
    return (ctx.ref + timedelta(days=int(offset))).isoformat(), "day", True, None


def _in_a_name(m: re.Match[str], ctx: Ctx) -> bool:
    """A relative word inside a name ("今日俄罗斯" is the channel RT, "USA Today" a paper)."""
    lo, hi = m.start(), m.end()
    for name in ctx.lex.data.get("relative_in_names") or ():
        at = ctx.sentence.find(str(name), max(0, lo - len(name)), hi + len(name))
        if at != -1 and at <= lo and hi <= at + len(name):
            return True
    return False


def _of_an_event(m: re.Match[str], ctx: Ctx) -> bool:
    """"a day before the two men arrived", "due giorni prima del vertice": counted from an
    event named after it, not from the page's day."""
    spec = ctx.lex.data.get("ago_of_event") or {}
    word = (group(m, "ago") or group(m, "later") or "").lower()
    return word in (spec.get("words") or ()) and \
        re.match(str(spec.get("then")), ctx.sentence[m.end():], re.IGNORECASE) is not None


def _week_start(ref: date) -> date:
    return ref - timedelta(days=ref.weekday())


def build_wd(m: re.Match[str], ctx: Ctx) -> Result | None:
    """A weekday ("giovedì", "last Monday", "в четверг"): with a day of the month, where
    the two agree; with a word of the week ("scorso", "next"), in that week or the nearest
    such day; alone, the one the tense points to."""
    if ctx.ref is None:
        return None
    ref, lex = ctx.ref, ctx.lex
    wday = lex.weekdays[m["wd"].lower()]
    if group(m, "d") or group(m, "dw"):
        d = day_of(m, lex)
        return weekday_day(wday, d, ctx, None) if d else None
    shift, word = None, ""
    for key in ("pre", "post"):
        if group(m, key):
            word = re.sub(r"[\s,]+", " ", m[key].lower()).strip()
            shift = lex.week.get(word)
    if shift in (-1, 1) and word in (lex.data.get("weekday_nearest") or ()):
        # "lunedì scorso" said on a Thursday is three days before, "giovedì prossimo" said
        # on a Monday three days after: the last or next one, not last or next week's
        delta = ((wday - ref.weekday()) % 7 or 7) if shift > 0 else \
            -((ref.weekday() - wday) % 7 or 7)
        return (ref + timedelta(days=delta)).isoformat(), "day", True, None
    tense = ctx.tense or ctx.tense_at(m.start())
    if shift == 0 and word in (lex.data.get("weekday_this") or ()) and tense in ("past",
                                                                                 "future"):
        # "had a call this Sunday" said on a Monday: yesterday, not the week's coming Sunday
        delta = -((ref.weekday() - wday) % 7) if tense == "past" else (wday - ref.weekday()) % 7
        return (ref + timedelta(days=delta)).isoformat(), "day", True, None
    if shift is not None:
        day = _week_start(ref) + timedelta(weeks=shift, days=wday)
        return day.isoformat(), "day", True, None
    if tense == "future":
        # news: "will speak on Monday", said on Monday, is today; a span alone, next week's
        delta = (wday - ref.weekday()) % 7 or (0 if ctx.strict else 7)
    else:
        delta = -((ref.weekday() - wday) % 7)
    return (ref + timedelta(days=delta)).isoformat(), "day", True, None


def build_dmm(m: re.Match[str], ctx: Ctx) -> Result | None:
    """A day of a month named by its distance from the page's ("il 14 del mese scorso",
    "the 14th of next month")."""
    d = day_of(m, ctx.lex)
    if ctx.ref is None or d is None:
        return None
    y, mo = month_shift(ctx.ref.year, ctx.ref.month,
                         ctx.lex.month_mods[re.sub(r"\s+", " ", m["mm"].lower())])
    return (iso(y, mo, d), "day", True, None) if valid(y, mo, d) else None


def build_nth(m: re.Match[str], ctx: Ctx) -> Result | None:
    """The nth weekday of a month ("the first Monday of March", "il secondo martedì del
    mese prossimo"); of the page's month where none is named."""
    if ctx.ref is None:
        return None
    n = ctx.lex.ordinals[m["nth"].lower()]
    wday = ctx.lex.weekdays[m["wd"].lower()]
    if group(m, "mon"):
        mo = ctx.lex.months[m["mon"].lower().rstrip(".")]
        y = year_for(mo, None, ctx, m.start())
    elif group(m, "mm"):
        y, mo = month_shift(ctx.ref.year, ctx.ref.month,
                             ctx.lex.month_mods[re.sub(r"\s+", " ", m["mm"].lower())])
    else:
        y, mo = ctx.ref.year, ctx.ref.month
    if y is None:
        return None
    first = date(y, mo, 1)
    d = 1 + (wday - first.weekday()) % 7 + 7 * (n - 1)
    return (iso(y, mo, d), "day", True, None) if valid(y, mo, d) else None


_UNIT_DAYS = {"day": 1, "week": 7, "businessday": 1}
_PRECISION = {"day": 0, "businessday": 0, "week": 0, "month": 1, "year": 2}


def _amounts(seq: str, ctx: Ctx) -> list[tuple[int, str]] | None:
    lex = ctx.lex
    unit_alt = alt(list(lex.units))
    out = []
    if lex.lang == "zh":
        for n, u in re.findall(rf"(\d+|[{ZH_NUM}]+)(?:个|個)?({unit_alt})", seq):
            val = zh_int(n)
            if val is None:
                return None
            out.append((val, lex.units[u]))
        return out
    joiners = alt([str(j) for j in lex.data.get("joiners") or ["and"]])
    for n, u in re.findall(rf"(.+?)\s*({unit_alt})(?!\w)(?:,?\s*(?:(?:{joiners})\s+)?)?",
                           seq, re.IGNORECASE):
        n = re.sub(r"^(?:and|e|и)\s+", "", n.strip(" ,"), flags=re.IGNORECASE).lower()
        if n in lex.few:
            val: float | None = 3
        elif n in {str(w).lower() for w in lex.data.get("one") or []}:
            val = 1
        else:
            val = float(n) if n.isdigit() else parse_number(n, lex.lang)
        if val is None:
            return None
        out.append((int(val), lex.units[re.sub(r"\s+", " ", u.lower())]))
    return out


def _later_in_story(m: re.Match[str], ctx: Ctx) -> bool:
    """"Five days later", "cinque giorni dopo", "спустя пять дней", "5天之后" told of what was
    done: counted from the event told before it, not from the page's day (``later_of_story``
    in ``lang/<iso>/dates.yaml``); "will meet two days later" is still ahead of the page."""
    word = (group(m, "later") or "").lower()
    if not word or word not in (ctx.lex.data.get("later_of_story") or ()):
        return False
    return (ctx.tense or ctx.tense_at(m.start())) != "future"


def build_ago(m: re.Match[str], ctx: Ctx) -> Result | None:
    """A date counted from the page's ("three days ago", "due settimane fa", "через
    два месяца"); none where the count is from an event the text names or tells before."""
    if ctx.ref is None or _of_an_event(m, ctx) or _later_in_story(m, ctx):
        return None
    seq = group(m, "seq") or group(m, "seq2")
    amounts = _amounts(seq or "", ctx)
    if not amounts:
        return None
    sign = -1 if group(m, "ago") else 1
    y, mo, day_shift = ctx.ref.year, ctx.ref.month, 0
    for val, unit in amounts:
        if unit == "year":
            y += sign * val
        elif unit == "month":
            y, mo = month_shift(y, mo, sign * val)
        elif unit == "businessday":
            day_shift += sign * _business_days(ctx.ref, val)
        else:
            day_shift += sign * val * _UNIT_DAYS[unit]
    d = min(ctx.ref.day, calendar.monthrange(y, mo)[1])
    when = date(y, mo, d) + timedelta(days=day_shift)
    coarse = min(_PRECISION[u] for _, u in amounts)
    if ctx.strict and coarse == 2:
        return iso(when.year), "year", True, None
    if ctx.strict and coarse == 1:
        return iso(when.year, when.month), "month", True, None
    return when.isoformat(), "day", True, None


def _business_days(start: date, n: int) -> int:
    day, left = start, n
    while left:
        day += timedelta(days=1)
        if day.weekday() < 5:
            left -= 1
    return (day - start).days
