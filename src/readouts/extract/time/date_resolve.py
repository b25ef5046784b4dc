"""Turning a date rule's match into a calendar value, against the document date and tense.

Each rule kind of ``date_grammar`` has a builder here; a date written without its year takes
the year the tense points to ("a marzo" planned in December is next March).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from readouts.extract.figures.numbers import parse_number, parse_zh
from readouts.extract.time.date_grammar import ZH_NUM, Lex, alt
from readouts.extract.time.tense import TenseMarks, tense_from, tense_marks


@dataclass
class Ctx:
    lex: Lex
    ref: date | None
    tense: str | None
    sentence: str
    strict: bool
    marks: TenseMarks | None = None  # the sentence's tense cues, read at the first need

    def tense_at(self, pos: int) -> str | None:
        """The tense nearest ``pos``; the cues are found once per sentence, not per date."""
        if self.marks is None:
            self.marks = tense_marks(self.sentence, self.lex.lang)
        return tense_from(self.marks, pos)


def _iso(y: int, m: int | None = None, d: int | None = None) -> str:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def valid(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def _year_for(m: int, d: int | None, ctx: Ctx, pos: int) -> int | None:
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
        ok = [y for y, c in cands if c >= ref_key]
        return min(ok) if ok else None
    if tense == "past":
        ok = [y for y, c in cands if c <= ref_key + slack]
        return max(ok) if ok else None
    return min(cands, key=lambda yc: (abs((yc[1] - ref_key).days), -yc[0]))[0]


def _month_shift(y: int, m: int, k: int) -> tuple[int, int]:
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
    return m.groupdict().get(name)


def day_of(m: re.Match[str], lex: Lex) -> int | None:
    if group(m, "d"):
        return zh_int(m["d"]) if lex.lang == "zh" else int(m["d"])
    if group(m, "dw"):
        return _day_word(m["dw"], lex)
    return None


_Result = tuple[str, str, bool, str | None]  # value, precision, relative, part of day
_Builder = Callable[[re.Match[str], Ctx], "_Result | None"]


def _full(y: int | None, mo: int, d: int | None, m: re.Match[str], ctx: Ctx,
          relative: bool = False) -> _Result | None:
    if y is None:
        y = _year_for(mo, d, ctx, m.start())
        relative = True
        if y is None:
            return None
    if d is None:
        return (_iso(y, mo), "month", relative, None) if 1 <= mo <= 12 else None
    return (_iso(y, mo, d), "day", relative, None) if valid(y, mo, d) else None


def _b_ymd(m: re.Match[str], ctx: Ctx) -> _Result | None:
    mo = ctx.lex.months.get(m["mon"].lower()) if group(m, "mon") else int(m["m"])
    return _full(int(m["y"]), mo or 0, int(m["d"]), m, ctx)


def _two_digit_year(c: str) -> int:
    y = int(c)
    return y if len(c) == 4 else (2000 + y if y <= 50 else 1900 + y)


def _b_num3(m: re.Match[str], ctx: Ctx) -> _Result | None:
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
            return _iso(y, mo, d), "day", False, None
    return None


def _b_num2(m: re.Match[str], ctx: Ctx) -> _Result | None:
    a, b = int(m["a"]), int(m["b"])
    orders = ctx.lex.data.get("numeric_order2") or ctx.lex.data.get("numeric_order") or ["dmy"]
    for order in orders:
        mo, d = (a, b) if order == "mdy" else (b, a)
        if 1 <= mo <= 12 and 1 <= d <= 31:
            return _full(None, mo, d, m, ctx)
    return None


def _b_named(m: re.Match[str], ctx: Ctx) -> _Result | None:
    mo = ctx.lex.months.get(re.sub(r"\s+", " ", m["mon"].lower()).rstrip("."))
    if mo is None:
        return None
    d = day_of(m, ctx.lex) if (group(m, "d") or group(m, "dw")) else None
    y = int(m["y"]) if group(m, "y") else None
    res = _full(y, mo, d, m, ctx)
    if res and group(m, "wd") and res[1] == "day" and y is None and ctx.ref:
        res = _weekday_day(ctx.lex.weekdays[m["wd"].lower()], d or 1, ctx, mo) or res
    return res


def _b_year(m: re.Match[str], ctx: Ctx) -> _Result | None:
    y = zh_int(m["y"]) if ctx.lex.lang == "zh" else int(m["y"])
    return (_iso(y), "year", False, None) if y is not None and 1000 <= y <= 2199 else None


def _b_zh(m: re.Match[str], ctx: Ctx) -> _Result | None:
    mo = zh_int(m["m"]) if group(m, "m") else None
    d = zh_int(m["d"]) if group(m, "d") else None
    y = zh_int(m["y"]) if group(m, "y") else None
    part = ctx.lex.data.get("zh_daypart_suffix", {}).get(m["dp"]) if group(m, "dp") else None
    if mo is None:  # "18日晚": the day of the document's month nearest by tense
        if d is None or ctx.ref is None:
            return None
        res = _day_only(d, ctx, m.start())
    else:
        res = _full(y, mo, d, m, ctx)
    return (res[0], res[1], res[2], part) if res else None


def _day_only(d: int, ctx: Ctx, pos: int) -> _Result | None:
    ref = ctx.ref
    assert ref is not None
    tense = ctx.tense or ctx.tense_at(pos)
    cands = []
    for k in (-1, 0, 1):
        y, mo = _month_shift(ref.year, ref.month, k)
        if valid(y, mo, d):
            cands.append(date(y, mo, d))
    if tense == "future":
        ok = [c for c in cands if c >= ref]
        pick = min(ok) if ok else None
    elif tense == "past":
        ok = [c for c in cands if c <= ref + timedelta(days=1)]
        pick = max(ok) if ok else None
    else:
        pick = min(cands, key=lambda c: (abs((c - ref).days), c > ref)) if cands else None
    return (pick.isoformat(), "day", True, None) if pick else None


def _b_day(m: re.Match[str], ctx: Ctx) -> _Result | None:
    d = day_of(m, ctx.lex)
    return _day_only(d, ctx, m.start()) if d and ctx.ref else None


def _b_rel(m: re.Match[str], ctx: Ctx) -> _Result | None:
    if ctx.ref is None or _in_a_name(m, ctx):
        return None
    offset, part = ctx.lex.relative[re.sub(r"\s+", " ", m["rel"].lower())]
    return (ctx.ref + timedelta(days=offset)).isoformat(), "day", True, part


def _b_zhrel(m: re.Match[str], ctx: Ctx) -> _Result | None:
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


def _b_wd(m: re.Match[str], ctx: Ctx) -> _Result | None:
    if ctx.ref is None:
        return None
    ref, lex = ctx.ref, ctx.lex
    wday = lex.weekdays[m["wd"].lower()]
    if group(m, "d") or group(m, "dw"):
        d = day_of(m, lex)
        return _weekday_day(wday, d, ctx, None) if d else None
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


def _weekday_day(wday: int, d: int, ctx: Ctx, month: int | None) -> _Result | None:
    """'Thursday the 21st': the nearest month where that day falls on that weekday."""
    ref = ctx.ref
    if ref is None:
        return None
    for k in (0, -1, 1, -2, 2):
        y, mo = _month_shift(ref.year, ref.month, k)
        if month is not None and mo != month:
            continue
        if valid(y, mo, d) and date(y, mo, d).weekday() == wday:
            return _iso(y, mo, d), "day", True, None
    return None


def _b_dmm(m: re.Match[str], ctx: Ctx) -> _Result | None:
    d = day_of(m, ctx.lex)
    if ctx.ref is None or d is None:
        return None
    y, mo = _month_shift(ctx.ref.year, ctx.ref.month,
                         ctx.lex.month_mods[re.sub(r"\s+", " ", m["mm"].lower())])
    return (_iso(y, mo, d), "day", True, None) if valid(y, mo, d) else None


def _b_nth(m: re.Match[str], ctx: Ctx) -> _Result | None:
    if ctx.ref is None:
        return None
    n = ctx.lex.ordinals[m["nth"].lower()]
    wday = ctx.lex.weekdays[m["wd"].lower()]
    if group(m, "mon"):
        mo = ctx.lex.months[m["mon"].lower().rstrip(".")]
        y = _year_for(mo, None, ctx, m.start())
    elif group(m, "mm"):
        y, mo = _month_shift(ctx.ref.year, ctx.ref.month,
                             ctx.lex.month_mods[re.sub(r"\s+", " ", m["mm"].lower())])
    else:
        y, mo = ctx.ref.year, ctx.ref.month
    if y is None:
        return None
    first = date(y, mo, 1)
    d = 1 + (wday - first.weekday()) % 7 + 7 * (n - 1)
    return (_iso(y, mo, d), "day", True, None) if valid(y, mo, d) else None


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


def _b_ago(m: re.Match[str], ctx: Ctx) -> _Result | None:
    if ctx.ref is None or _of_an_event(m, ctx):
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
            y, mo = _month_shift(y, mo, sign * val)
        elif unit == "businessday":
            day_shift += sign * _business_days(ctx.ref, val)
        else:
            day_shift += sign * val * _UNIT_DAYS[unit]
    d = min(ctx.ref.day, calendar.monthrange(y, mo)[1])
    when = date(y, mo, d) + timedelta(days=day_shift)
    coarse = min(_PRECISION[u] for _, u in amounts)
    if ctx.strict and coarse == 2:
        return _iso(when.year), "year", True, None
    if ctx.strict and coarse == 1:
        return _iso(when.year, when.month), "month", True, None
    return when.isoformat(), "day", True, None


def _business_days(start: date, n: int) -> int:
    day, left = start, n
    while left:
        day += timedelta(days=1)
        if day.weekday() < 5:
            left -= 1
    return (day - start).days


BUILDERS: dict[str, _Builder] = {
    "ymd": _b_ymd, "num3": _b_num3, "num2": _b_num2, "dmy": _b_named, "mdy": _b_named,
    "my": _b_named, "m": _b_named, "y": _b_year, "zhy": _b_year, "zh": _b_zh, "rel": _b_rel,
    "wd": _b_wd, "dmm": _b_dmm, "day": _b_day, "nth": _b_nth, "ago": _b_ago,
    "zhrel": _b_zhrel,
}


# Rules whose span, once it fails as a whole (an impossible day), leaves no date inside it.
WHOLE = frozenset({"ymd", "num3", "dmy", "mdy", "dmm", "nth", "zh"})
