"""Calendar spans: a resolved period as its first and last day, and the units it is made of
(weeks from Monday, quarters, halves, the parts of a month or year).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from readouts.extract.time.date_context import month_shift  # periods build on dates


@dataclass(frozen=True)
class Per:
    """A resolved span: first and last day, the calendar unit it is, the bounds as written."""
    first: date
    last: date
    unit: str  # day week weekend month quarter half year decade range
    named: tuple[str, str] | None = None


# --------------------------------------------------------------------------- calendar spans

_LAST = 99  # the ordinal "last" ("the last week of July") in the data


def _first_day(value: str) -> date:
    return date(int(value[:4]), int(value[5:7] or 1) if len(value) > 4 else 1,
                int(value[8:10]) if len(value) == 10 else 1)


def _last_day(value: str) -> date:
    if len(value) == 10:
        return date.fromisoformat(value)
    y = int(value[:4])
    m = int(value[5:7]) if len(value) == 7 else 12
    return date(y, m, calendar.monthrange(y, m)[1])


def per_of(start: str, end: str) -> Per:
    """The span of two ISO values of any precision, from the first day of the one to the
    last day of the other; a single value is its own unit (a year, a month, a day)."""
    unit = {4: "year", 7: "month"}.get(len(start), "day")
    return Per(_first_day(start), _last_day(end), unit if start == end else "range",
                (start, end))


def month_span(y: int, m: int, unit: str = "month", n: int = 1) -> Per:
    """The ``n`` months from month ``m`` of year ``y``, first day to last, as ``unit``."""
    ly, lm = month_shift(y, m, n - 1)
    return Per(date(y, m, 1), date(ly, lm, calendar.monthrange(ly, lm)[1]), unit)


def add(day: date, unit: str, k: int) -> date:
    """``day`` moved by ``k`` calendar units, keeping the day of the month where it can."""
    if unit in ("day", "week", "weekend"):
        return day + timedelta(days=k * (7 if unit != "day" else 1))
    months = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120}[unit] * k
    y, m = month_shift(day.year, day.month, months)
    return date(y, m, min(day.day, calendar.monthrange(y, m)[1]))


def unit_at(unit: str, day: date, k: int = 0) -> Per | None:
    """The calendar unit holding ``day``, moved ``k`` units: "next week", "last month"."""
    if unit == "day":
        d = day + timedelta(days=k)
        return Per(d, d, "day")
    if unit in ("week", "weekend"):
        monday = day - timedelta(days=day.weekday()) + timedelta(weeks=k)
        first = monday + timedelta(days=5 if unit == "weekend" else 0)
        return Per(first, monday + timedelta(days=6), unit)
    if unit in ("month", "quarter", "half"):
        size = {"month": 1, "quarter": 3, "half": 6}[unit]
        y, m = month_shift(day.year, (day.month - 1) // size * size + 1, size * k)
        return month_span(y, m, unit, size)
    if unit == "year":
        return Per(date(day.year + k, 1, 1), date(day.year + k, 12, 31), "year")
    if unit == "decade":
        y = day.year // 10 * 10 + 10 * k
        return Per(date(y, 1, 1), date(y + 9, 12, 31), "decade")
    return None


def nth_week(n: int, anchor: Per) -> Per | None:
    """Week ``n`` (or the last) of a month or year: weeks belong where their Thursday falls."""
    thursdays = [anchor.first + timedelta(days=(3 - anchor.first.weekday()) % 7)]
    while thursdays[-1] + timedelta(weeks=1) <= anchor.last:
        thursdays.append(thursdays[-1] + timedelta(weeks=1))
    if n == _LAST:
        n = len(thursdays)
    if not 1 <= n <= len(thursdays):
        return None
    return unit_at("week", thursdays[n - 1])


# Parts of a unit, as (first, last) fractions of its days: early, the middle, late.
_PARTS = {
    "week": {"begin": (0, 3), "mid": (1, 5), "end": (3, 7)},
    "month": {"begin": (0, 15), "mid": (10, 20), "end": (15, 31)},
}
_YEAR_PARTS = {"begin": (1, 6), "mid": (5, 8), "end": (7, 12)}


def part_of(anchor: Per, part: str, ref: date | None) -> Per | None:
    """Early/mid/late in a unit, the rest of it, or the part before/after the document date."""
    if part in ("rest", "later"):
        return Per(max(anchor.first, ref), anchor.last, "day") if ref else None
    if part == "earlier":
        return Per(anchor.first, ref - timedelta(days=1), "day") if ref else None
    if anchor.unit == "year":
        a, b = _YEAR_PARTS[part]
        y = anchor.first.year
        return Per(date(y, a, 1), month_span(y, b).last, "months")
    bounds = _PARTS.get(anchor.unit, {}).get(part)
    if bounds is None:
        return None
    last = min(anchor.first + timedelta(days=bounds[1] - 1), anchor.last)
    return Per(anchor.first + timedelta(days=bounds[0]), last, "day")
