"""Turning a date rule's match into a calendar value, against the document date and tense.

Each rule kind of ``date_grammar`` has a builder in the table here: the dates written out
(day, month, year in words or digits) are built here, those counted from the document's
day in ``date_relative``, on the calendar arithmetic of ``date_context``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from readouts.extract.time.date_context import (
    Ctx,
    Result,
    day_of,
    day_only,
    full_date,
    group,
    iso,
    valid,
    weekday_day,
    zh_int,
)
from readouts.extract.time.date_relative import (
    build_ago,
    build_dmm,
    build_nth,
    build_rel,
    build_wd,
    build_zhbare,
    build_zhrel,
)

Builder = Callable[[re.Match[str], Ctx], "Result | None"]


def build_ymd(m: re.Match[str], ctx: Ctx) -> Result | None:
    """A date written year first ("2025-03-14", "2025 March 14")."""
    mo = ctx.lex.months.get(m["mon"].lower()) if group(m, "mon") else int(m["m"])
    return full_date(int(m["y"]), mo or 0, int(m["d"]), m, ctx)


def _two_digit_year(c: str) -> int:
    y = int(c)
    return y if len(c) == 4 else (2000 + y if y <= 50 else 1900 + y)


def build_num3(m: re.Match[str], ctx: Ctx) -> Result | None:
    """A date of three numbers ("14/03/2025", "03/14/25"): the first of the language's
    ``numeric_order`` that makes a real day; a two-digit year past 50 is of the 1900s."""
    a, b, c = m["a"], m["b"], m["c"]
    for order in ctx.lex.data.get("numeric_order") or ["dmy", "mdy"]:
        if order == "ymd2":
            if len(a) != 2:
                continue
            y, mo, d = _two_digit_year(a), int(b), int(c)
        elif order == "mdy":
            y, mo, d = _two_digit_year(c), int(a), int(b)
        else:
            y, mo, d = _two_digit_year(c), int(b), int(a)
        if valid(y, mo, d):
            return iso(y, mo, d), "day", False, None
    return None


def build_num2(m: re.Match[str], ctx: Ctx) -> Result | None:
    """A day and a month of two numbers ("14/03"), in the language's order
    (``numeric_order2``, else ``numeric_order``); the year is the one the tense points to."""
    a, b = int(m["a"]), int(m["b"])
    orders = ctx.lex.data.get("numeric_order2") or ctx.lex.data.get("numeric_order") or ["dmy"]
    for order in orders:
        mo, d = (a, b) if order == "mdy" else (b, a)
        if 1 <= mo <= 12 and 1 <= d <= 31:
            return full_date(None, mo, d, m, ctx)
    return None


def build_named(m: re.Match[str], ctx: Ctx) -> Result | None:
    """A date with its month named ("14 marzo 2025", "March 14", "marzo"); with a
    weekday and no year ("giovedì 14 marzo"), the year near the page's where the two agree."""
    mo = ctx.lex.months.get(re.sub(r"\s+", " ", m["mon"].lower()).rstrip("."))
    if mo is None:
        return None
    d = day_of(m, ctx.lex) if (group(m, "d") or group(m, "dw")) else None
    y = int(m["y"]) if group(m, "y") else None
    res = full_date(y, mo, d, m, ctx)
    if res and group(m, "wd") and res[1] == "day" and y is None and ctx.ref:
        res = weekday_day(ctx.lex.weekdays[m["wd"].lower()], d or 1, ctx, mo) or res
    return res


def build_year(m: re.Match[str], ctx: Ctx) -> Result | None:
    """A year alone ("nel 2025", "2025年"); only 1000 to 2199: other numbers of four
    digits are no year."""
    y = zh_int(m["y"]) if ctx.lex.lang == "zh" else int(m["y"])
    return (iso(y), "year", False, None) if y is not None and 1000 <= y <= 2199 else None


def build_zh(m: re.Match[str], ctx: Ctx) -> Result | None:
    """A Chinese date ("2025年3月14日", "3月14日晚", "18日晚"): a day alone is of the
    month the tense points to; a part of day written after it ("晚") comes with it."""
    mo = zh_int(m["m"]) if group(m, "m") else None
    d = zh_int(m["d"]) if group(m, "d") else None
    y = zh_int(m["y"]) if group(m, "y") else None
    relative = False
    if group(m, "yw"):  # "今年11月": the page's year, moved by the word's shift
        if ctx.ref is None:
            return None
        y, relative = ctx.ref.year + int(ctx.lex.data["periods"]["year_words"][m["yw"]]), True
    part = ctx.lex.data.get("zh_daypart_suffix", {}).get(m["dp"]) if group(m, "dp") else None
    if mo is None:  # "18日晚": the day of the document's month nearest by tense
        if d is None or ctx.ref is None:
            return None
        res = day_only(d, ctx, m.start())
    else:
        res = full_date(y, mo, d, m, ctx, relative)
    return (res[0], res[1], res[2], part) if res else None


def build_day(m: re.Match[str], ctx: Ctx) -> Result | None:
    """A day of the month written alone ("il 14", "on the 14th"), near the page's date
    as the tense says."""
    d = day_of(m, ctx.lex)
    return day_only(d, ctx, m.start()) if d and ctx.ref else None


BUILDERS: dict[str, Builder] = {
    "ymd": build_ymd, "num3": build_num3, "num2": build_num2, "dmy": build_named,
    "mdy": build_named, "my": build_named, "m": build_named, "y": build_year, "zhy": build_year,
    "zh": build_zh, "rel": build_rel, "wd": build_wd, "dmm": build_dmm, "day": build_day,
    "nth": build_nth, "ago": build_ago, "zhrel": build_zhrel,
    "zhbare": build_zhbare,
}


# Rules whose span, once it fails as a whole (an impossible day), leaves no date inside it.
WHOLE = frozenset({"ymd", "num3", "dmy", "mdy", "dmm", "nth", "zh"})
