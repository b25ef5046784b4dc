"""What every date builder stands on: the match's context (language, document date, tense)
and the calendar arithmetic of a date written without its year or month, which takes the
one the tense points to ("a marzo" planned in December is next March)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from readouts.extract.figures.numbers import parse_number, parse_zh
from readouts.extract.time.date_grammar import Lex
from readouts.extract.time.tense import TenseMarks, tense_from, tense_marks


@dataclass
class Ctx:
    lex: Lex
    ref: date | None
    tense: str | None
    sentence: str
    strict: bool
    marks: TenseMarks | None = None  # the sentence's tense cues, read at the first need
    # the document is dated to a month only (ref is its last day): it may have been written on
    # any day of it, so a day of that month told ahead ("将于8月18日") is in that month
    month_only: bool = False

    def future_floor(self) -> date | None:
        """The first day a date told ahead may fall on: the document's, or the first of its
        month where only the month is known."""
        if self.ref is None or not self.month_only:
            return self.ref
        return self.ref.replace(day=1)

    def tense_at(self, pos: int) -> str | None:
        """The tense nearest ``pos``; the cues are found once per sentence, not per date."""
        if self.marks is None:
            self.marks = tense_marks(self.sentence, self.lex.lang)
        return tense_from(self.marks, pos)


def iso(y: int, m: int | None = None, d: int | None = None) -> str:
    """An ISO value at the precision given: "2025", "2025-03" or "2025-03-14"."""
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def valid(y: int, m: int, d: int) -> bool:
    """Is it a day of the calendar (no 31 April; 29 February in leap years only)?"""
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def year_for(m: int, d: int | None, ctx: Ctx, pos: int) -> int | None:
    """The year of a month (and day) written without one, from the document date and tense."""
    if ctx.ref is None:
        return None
    ref = ctx.ref
    tense = ctx.tense or ctx.tense_at(pos)
    cands = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        if d is not None and not valid(y, m, d):
            continue
        cands.append((y, date(y, m, d) if d else date(y, m, 1)))
    if not cands:
        return None
    if d is None:  # month precision compares months
        ref_key = date(ref.year, ref.month, 1)
        slack = timedelta(0)
    else:
        ref_key, slack = ref, timedelta(days=1)
    if tense == "future":
        floor = min(ref_key, ctx.future_floor() or ref_key)
        ok = [y for y, c in cands if c >= floor]
        return min(ok) if ok else None
    if tense == "past":
        ok = [y for y, c in cands if c <= ref_key + slack]
        return max(ok) if ok else None
    return min(cands, key=lambda yc: (abs((yc[1] - ref_key).days), -yc[0]))[0]


def month_shift(y: int, m: int, k: int) -> tuple[int, int]:
    """Year and month ``k`` months after month ``m`` of year ``y`` (before, for negative k)."""
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1


def _day_word(word: str, lex: Lex) -> int | None:
    w = re.sub(r"[\s-]+", " ", word.lower()).strip()
    if w in lex.ordinals:
        return lex.ordinals[w]
    parts = w.split(" ")
    if len(parts) == 2 and parts[0] in lex.tens and parts[1] in lex.ordinals:
        return lex.tens[parts[0]] + lex.ordinals[parts[1]]
    for t, v in lex.tens.items():  # glued "ventidue", "vent'uno"
        if w.startswith(t) and w[len(t):] in lex.ordinals:
            return v + lex.ordinals[w[len(t):]]
    val = parse_number(w, lex.lang)
    return int(val) if val is not None and val == int(val) and 1 <= val <= 31 else None


def zh_int(text: str) -> int | None:
    """A Chinese number of a date, in digits or characters ("14", "十四", "二〇二五", a
    lunar "初五", the old tens "廿四", "卅"); None where it is none."""
    text = text.replace("廿", "二十").replace("卅", "三十")
    if text.isdigit():
        return int(text)
    if text.startswith("初"):
        text = text[1:]
    if len(text) >= 2 and all(c in "〇零一二三四五六七八九" for c in text):
        return int("".join(str("〇一二三四五六七八九".index(c)) if c != "零" else "0"
                           for c in text))
    val = parse_zh(text)
    return int(val) if val is not None else None


def group(m: re.Match[str], name: str) -> str | None:
    """The text of a named group, None where it did not take part or the rule has no such
    group: the rules of the grammar name different groups."""
    return m.groupdict().get(name)


def day_of(m: re.Match[str], lex: Lex) -> int | None:
    """The day of the month a match writes: in digits ("14", "十四" in Chinese) or in words
    ("the fourteenth", "ventidue"); of a range ("12-14 октября"), its first."""
    if group(m, "d0"):
        return int(m["d0"])
    if group(m, "d"):
        return zh_int(m["d"]) if lex.lang == "zh" else int(m["d"])
    if group(m, "dw"):
        return _day_word(m["dw"], lex)
    return None


Result = tuple[str, str, bool, str | None]  # value, precision, relative, part of day


def full_date(y: int | None, mo: int, d: int | None, m: re.Match[str], ctx: Ctx,
          relative: bool = False) -> Result | None:
    """A date from its parts, or None for an impossible month or day; a year not written
    is the one the tense points to (none without the page's date), and the date is then
    relative."""
    if y is None:
        y = year_for(mo, d, ctx, m.start())
        relative = True
        if y is None:
            return None
    if d is None:
        return (iso(y, mo), "month", relative, None) if 1 <= mo <= 12 else None
    return (iso(y, mo, d), "day", relative, None) if valid(y, mo, d) else None


def day_only(d: int, ctx: Ctx, pos: int) -> Result | None:
    """A day of the month written alone ("il 14"): in the page's month or the one
    before or after, the one the tense points to, else the nearest."""
    ref = ctx.ref
    assert ref is not None
    tense = ctx.tense or ctx.tense_at(pos)
    cands = []
    for k in (-1, 0, 1):
        y, mo = month_shift(ref.year, ref.month, k)
        if valid(y, mo, d):
            cands.append(date(y, mo, d))
    if tense == "future":
        ok = [c for c in cands if c >= (ctx.future_floor() or ref)]
        pick = min(ok) if ok else None
    elif tense == "past":
        ok = [c for c in cands if c <= ref + timedelta(days=1)]
        pick = max(ok) if ok else None
    else:
        pick = min(cands, key=lambda c: (abs((c - ref).days), c > ref)) if cands else None
    return (pick.isoformat(), "day", True, None) if pick else None


def weekday_day(wday: int, d: int, ctx: Ctx, month: int | None) -> Result | None:
    """'Thursday the 21st': the nearest month where that day falls on that weekday."""
    ref = ctx.ref
    if ref is None:
        return None
    for k in (0, -1, 1, -2, 2):
        y, mo = month_shift(ref.year, ref.month, k)
        if month is not None and mo != month:
            continue
        if valid(y, mo, d) and date(y, mo, d).weekday() == wday:
            return iso(y, mo, d), "day", True, None
    return None
