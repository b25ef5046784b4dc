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
Periods end on their last day: "this week" is Monday to Sunday.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from readouts import lang as langdata
from readouts.extract.figures.numbers import normalize, parse_number, parse_zh
from readouts.extract.time.dates import digit_years, resolve_date
from readouts.extract.time.tense import TenseMarks, tense_from, tense_marks


@dataclass(frozen=True)
class PeriodMention:
    start: int
    end: int
    text: str
    period_start: str  # YYYY-MM-DD | YYYY-MM | YYYY
    period_end: str
    endpoints: bool = False  # written as two endpoints ("from 3 to 7 March"): the end as named


@dataclass(frozen=True)
class _Per:
    """A resolved span: first and last day, the calendar unit it is, the bounds as written."""
    first: date
    last: date
    unit: str  # day week weekend month quarter half year decade range
    named: tuple[str, str] | None = None


def _alt(words: list[str]) -> str:
    uniq = sorted({str(w) for w in words if w}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in uniq)


def _words(items: dict | None, cast: Callable = int) -> dict:
    return {re.sub(r"\s+", " ", str(k).lower()): cast(v) for k, v in (items or {}).items()}


@dataclass(frozen=True)
class _Rules:
    lang: str
    months: dict[str, int]
    year_words: dict[str, int]
    ordinals: dict[str, int]
    numbers: dict[str, int]
    units: dict[str, str]
    shifts: dict[str, int]
    parts: dict[str, str]
    decades: dict[str, int]
    centuries: dict[str, int]
    eras: dict[str, int]  # reign or republic eras: the year before their first ("民国": 1911)
    rules: tuple[tuple[str, re.Pattern[str]], ...]
    rule_gates: tuple[tuple[str, ...] | None, ...]  # per rule: words it needs one of
    span_rules: tuple[tuple[str, re.Pattern[str]], ...]  # the loose ones, then all rules
    mid: re.Pattern[str] | None  # the connector between a range's two ends
    open: re.Pattern[str] | None  # a word opening a range ("from", "dal", "从"), at its start
    close: re.Pattern[str] | None  # a word closing one ("之间"), at its end
    bare_day: re.Pattern[str]  # a range end that names only a day ("from 4 to 22 May")
    gate: tuple[str, ...]  # words without which no rule can match: skips most sentences


def _zh_or(zh: bool, a: str, b: str) -> str:
    return a if zh else b


@cache
def _rules(lang: str) -> _Rules:
    data = langdata.load(lang, "dates")
    pdata = data.get("periods") or {}
    months = {str(n).lower(): i + 1 for i, names in enumerate(data.get("months") or [])
              for n in names}
    year_words = _words(pdata.get("year_words"))
    ordinals = _words(data.get("ordinals")) | _words(pdata.get("ordinals"))
    numbers = _words(pdata.get("numbers"))
    one = {re.sub(r"\s+", " ", str(w).lower()): u
           for u, ws in (pdata.get("units") or {}).items() for w in ws}
    units = one | {re.sub(r"\s+", " ", str(w).lower()): u
                   for u, ws in (pdata.get("units_plural") or {}).items() for w in ws}
    before, after = _words(pdata.get("shifts")), _words(pdata.get("shifts_after"))
    shifts, parts = before | after, _words(pdata.get("parts"), str)
    decades, centuries = _words(pdata.get("decades")), _words(pdata.get("centuries"))
    eras = _words(pdata.get("eras"))
    zh = lang == "zh"
    zh_num = "[〇零一二两三四五六七八九十]"
    mon = r"1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九十]" if zh else _alt(list(months))
    names = [str(n) for group in data.get("months") or [] for n in group]
    strict_mon = (f"(?-i:{_alt(names)}|{_alt([n.upper() for n in names])})"
                  if data.get("months_case_sensitive") else mon)
    ysfx = str(pdata.get("year_suffix") or "")
    year = (rf"(?:(?P<y>(?:19|20)\d\d)(?!\d)(?:{ysfx})?"
            rf"|(?P<yw>{_alt(list(year_words)) or '(?!)'}))")
    num = _zh_or(zh, rf"\d{{1,3}}|{zh_num}+", r"\d{1,3}|[^\W\d_]+(?:[\s-][^\W\d_]+)?")
    if numbers:
        num = f"{_alt(list(numbers))}|{num}"
    ordn = rf"\d{{1,2}}|{_alt(list(ordinals))}" + ("|[一二三四五六七八九十]+" if zh else "")
    dec = str(pdata.get("decade_digits") or r"(?:1\d|20)\d0")
    if decades:
        dec = f"{_alt(list(decades))}|{dec}"
    subs = {"{M2}": f"(?P<m2>{mon})", "{Y}": year,
            "{YW}": f"(?P<yw>{_alt(list(year_words)) or '(?!)'})", "{N}": f"(?P<n>{num})",
            "{ORD}": f"(?P<ord>{ordn})", "{US}": f"(?P<u>{_alt(list(one)) or '(?!)'})",
            "{UP}": f"(?P<u>{_alt(list(units)) or '(?!)'})",
            "{SH}": f"(?P<sh>{_alt(list(before)) or '(?!)'})",
            "{SHA}": f"(?P<sh>{_alt(list(after)) or '(?!)'})",
            "{PART}": f"(?P<part>{_alt(list(parts)) or '(?!)'})", "{REST}": "(?P<rest>.+)",
            "{DEC}": f"(?P<dec>{dec})", "{ERA}": f"(?P<era>{_alt(list(eras)) or '(?!)'})"}

    def compile_all(templates: list, loose: bool = False
                    ) -> tuple[tuple[str, re.Pattern[str]], ...]:
        out = []
        months_sub = {"{M1}": f"(?P<m1>{mon if loose else strict_mon})",
                      "{M2}": f"(?P<m2>{mon if loose else strict_mon})"}
        for kind, template in templates or []:
            src = str(template)
            for key, val in (months_sub | subs).items():
                src = src.replace(key, val)
            if not zh:
                src = rf"(?<!\w)(?:{src})(?!\w)"
            out.append((str(kind), re.compile(src, re.IGNORECASE)))
        return tuple(out)

    digits = tuple("0123456789")
    needs = [("{M1}", ("月",) if zh else _literals(months)), ("{U", _literals(units)),
             ("{ERA}", _literals(eras)), ("{DEC}", digits + ("年代",) + _literals(decades)),
             ("{PART}", _literals(parts)), ("{YW}", _literals(year_words))]

    def gates_of(templates: list) -> tuple[tuple[str, ...] | None, ...]:
        """Per rule, the words one of which it cannot match without."""
        return tuple(_mandatory(str(t), zh)
                     or next((words for key, words in needs if key in str(t) and words), None)
                     for _, t in templates or [])

    rng = pdata.get("range") or {}
    gate = (tuple(str(t).lower() for t in pdata.get("triggers") or []) + digits
            + _literals(months) + _literals(year_words) + _literals(units))
    sfx = _alt([str(x) for x in data.get("ordinal_suffix") or []]) or "(?!)"
    art = _alt([str(x) for x in data.get("articles") or []]) or "(?!)"
    zh_day = r"3[01]|[12]\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"
    bare = (rf"^(?P<d>{zh_day})[日号]?$" if zh
            else rf"^(?:(?:{art})\s*)?(?P<d>3[01]|[12]\d|0?[1-9])(?:{sfx})?$")
    ranged = _range_rule(rng, strict_mon, art, sfx, zh)
    gates = gates_of(pdata.get("rules")) + ((tuple("月日号年") if zh else digits,)
                                             if ranged else ())
    return _Rules(lang, months, year_words, ordinals, numbers, units, shifts, parts, decades,
                  centuries, eras, compile_all(pdata.get("rules")) + ranged, gates,
                  compile_all((pdata.get("span_rules") or []) + (pdata.get("rules") or []), True),
                  _connector(rng.get("mid"), "", ""), _connector(rng.get("open"), "", r"\s*"),
                  _connector(rng.get("close"), r"\s*", "$"),
                  re.compile(bare, re.IGNORECASE), gate)


def _range_rule(rng: dict, mon: str, art: str, sfx: str, zh: bool
                ) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Two dates, months or years joined as a range in running text: "dal 3 al 7 marzo"."""
    if not rng.get("mid"):
        return ()
    year = r"(?:1[6-9]|20)\d\d(?!\d)"
    if zh:
        n = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
        end = rf"(?:{year}\s*年\s*)?(?:{n}月(?:{n}[日号])?|{n}[日号])|{year}\s*年?"
    else:
        day = rf"(?:{art})?\s*(?:3[01]|[12]\d|0?[1-9])(?:{sfx})?(?!\d)"
        end = (rf"(?:{day}(?:\s+(?:(?:di|of)\s+)?(?:{mon})\.?)?|(?:{mon})\.?(?:\s+{day})?)"
               rf"(?:,?\s+{year})?|{year}")
    opens = _alt([str(w) for w in rng.get("open") or []])
    mids = "|".join(rf"\s+{re.escape(str(w))}\s+" if str(w)[:1].isalpha() and not zh
                    else rf"\s*{re.escape(str(w))}\s*" for w in rng["mid"])
    closes = _alt([str(w) for w in rng.get("close") or []])
    src = (rf"(?:(?:{opens})\s*)?(?:{end})(?:{mids})(?:{end})" if opens
           else rf"(?:{end})(?:{mids})(?:{end})") + (rf"(?:{closes})?" if closes else "")
    if not zh:
        src = rf"(?<![\w.,/-])(?:{src})(?![\w/-]|[.,]\d)"
    return (("range", re.compile(src, re.IGNORECASE)),)


def _mandatory(template: str, zh: bool) -> tuple[str, ...] | None:
    """The longest word a rule template spells out outside every group, e.g. "quarter"."""
    src = re.sub(r"\{\w+\}|\\.|\[[^\]]*\]", " ", template)
    while True:
        shorter = re.sub(r"\([^()]*\)[?*+]?", " ", src)
        if shorter == src:
            break
        src = shorter
    words = re.findall(r"[^\W\d_]{2,}" if zh else r"[^\W\d_]{3,}", src)
    return (max(words, key=len).lower(),) if words and "|" not in src else None


def _literals(words: dict) -> tuple[str, ...]:
    """Lowercase first words of ``words``: a substring test cheaper than any regex."""
    return tuple(sorted({str(w).split(" ")[0].lower() for w in words if w}))


def _connector(words: list | None, before: str, after: str) -> re.Pattern[str] | None:
    """Connector words, bounded as words unless they are signs ("-", "到")."""
    if not words:
        return None
    alts = [rf"(?<!\w){re.escape(w)}(?!\w)" if re.match(r"^[^\W\d_]", w) and ord(w[0]) < 0x3000
            else re.escape(w) for w in sorted(map(str, words), key=len, reverse=True)]
    return re.compile(before + "(?:" + "|".join(alts).replace(r"\ ", r"\s+") + ")" + after,
                      re.IGNORECASE)


def _count(text: str, r: _Rules) -> int | None:
    t = re.sub(r"\s+", " ", text.lower().strip())
    if t in r.numbers:
        return r.numbers[t]
    if t in r.ordinals:
        return r.ordinals[t]
    if t.isdigit():
        return int(t)
    val = parse_zh(t) if r.lang == "zh" else parse_number(t, r.lang)
    return int(val) if val is not None and val == int(val) and val > 0 else None


def _month(text: str, r: _Rules) -> int | None:
    if r.lang == "zh":
        return _count(text, r)
    return r.months.get(text.lower().rstrip("."))


def _year(m: re.Match[str], r: _Rules, ref: date | None) -> tuple[int | None, bool]:
    """The year named, and whether it was named (explicitly or by a year word)."""
    gd = m.groupdict()
    if gd.get("y"):
        return int(gd["y"]), True
    if gd.get("yw") and ref:
        return ref.year + r.year_words[re.sub(r"\s+", " ", gd["yw"].lower())], True
    return (ref.year if ref else None), False


def _span(kind: str, m: re.Match[str], r: _Rules, ref: date | None) -> tuple[str, str] | None:
    gd = m.groupdict()
    y, named = _year(m, r, ref)
    if kind in ("consecutive", "past_years"):
        n = _count(gd.get("n") or "", r)
        if ref is None or n is None or not 1 <= n <= 100:
            return None
        end = ref.year if kind == "past_years" or ref.month > 6 else ref.year - 1
        return str(end - n + 1), str(end)
    if y is None:
        return None
    if kind == "year":
        return str(y), str(y)
    if kind == "year_span":  # "in each of 2026, 2027 and 2028"
        y2 = int(gd.get("y2") or 0)
        return (str(y), str(y2)) if y < y2 <= y + 50 else None
    first, last = _months_of(kind, gd, r)
    if first is None or last is None or not 1 <= first <= last <= 12:
        return None
    if not named and ref and last > ref.month:
        y -= 1  # a span written without a year has ended by the document's date
    return f"{y:04d}-{first:02d}", f"{y:04d}-{last:02d}"


def _months_of(kind: str, gd: dict, r: _Rules) -> tuple[int | None, int | None]:
    if kind == "months":
        return _month(gd.get("m1") or "", r), _month(gd.get("m2") or "", r)
    if kind in ("first_half", "second_half"):
        return (1, 6) if kind == "first_half" else (7, 12)
    n = _count(gd.get("n") or gd.get("ord") or "", r)
    if n is None:
        return None, None
    if kind == "first_months":
        return 1, n
    if kind == "last_months":  # "the last two months of 2025"
        return (13 - n, 12) if 1 <= n <= 12 else (None, None)
    if kind == "first_quarters":
        return 1, 3 * n
    if kind == "quarter":
        n = 4 if n == 99 else n  # "the last quarter"
        return 3 * n - 2, 3 * n
    if kind == "half":
        return (1, 6) if n == 1 else (7, 12) if n in (2, 99) else (None, None)
    return None, None


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


def _per_of(start: str, end: str) -> _Per:
    unit = {4: "year", 7: "month"}.get(len(start), "day")
    return _Per(_first_day(start), _last_day(end), unit if start == end else "range",
                (start, end))


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    i = y * 12 + m - 1 + k
    return i // 12, i % 12 + 1


def _month_span(y: int, m: int, unit: str = "month", n: int = 1) -> _Per:
    ly, lm = _shift_month(y, m, n - 1)
    return _Per(date(y, m, 1), date(ly, lm, calendar.monthrange(ly, lm)[1]), unit)


def _add(day: date, unit: str, k: int) -> date:
    """``day`` moved by ``k`` calendar units, keeping the day of the month where it can."""
    if unit in ("day", "week", "weekend"):
        return day + timedelta(days=k * (7 if unit != "day" else 1))
    months = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120}[unit] * k
    y, m = _shift_month(day.year, day.month, months)
    return date(y, m, min(day.day, calendar.monthrange(y, m)[1]))


def _unit_at(unit: str, day: date, k: int = 0) -> _Per | None:
    """The calendar unit holding ``day``, moved ``k`` units: "next week", "last month"."""
    if unit == "day":
        d = day + timedelta(days=k)
        return _Per(d, d, "day")
    if unit in ("week", "weekend"):
        monday = day - timedelta(days=day.weekday()) + timedelta(weeks=k)
        first = monday + timedelta(days=5 if unit == "weekend" else 0)
        return _Per(first, monday + timedelta(days=6), unit)
    if unit in ("month", "quarter", "half"):
        size = {"month": 1, "quarter": 3, "half": 6}[unit]
        y, m = _shift_month(day.year, (day.month - 1) // size * size + 1, size * k)
        return _month_span(y, m, unit, size)
    if unit == "year":
        return _Per(date(day.year + k, 1, 1), date(day.year + k, 12, 31), "year")
    if unit == "decade":
        y = day.year // 10 * 10 + 10 * k
        return _Per(date(y, 1, 1), date(y + 9, 12, 31), "decade")
    return None


def _nth_week(n: int, anchor: _Per) -> _Per | None:
    """Week ``n`` (or the last) of a month or year: weeks belong where their Thursday falls."""
    thursdays = [anchor.first + timedelta(days=(3 - anchor.first.weekday()) % 7)]
    while thursdays[-1] + timedelta(weeks=1) <= anchor.last:
        thursdays.append(thursdays[-1] + timedelta(weeks=1))
    if n == _LAST:
        n = len(thursdays)
    if not 1 <= n <= len(thursdays):
        return None
    return _unit_at("week", thursdays[n - 1])


# Parts of a unit, as (first, last) fractions of its days: early, the middle, late.
_PARTS = {
    "week": {"begin": (0, 3), "mid": (1, 5), "end": (3, 7)},
    "month": {"begin": (0, 15), "mid": (10, 20), "end": (15, 31)},
}
_YEAR_PARTS = {"begin": (1, 6), "mid": (5, 8), "end": (7, 12)}


def _part(anchor: _Per, part: str, ref: date | None) -> _Per | None:
    """Early/mid/late in a unit, the rest of it, or the part before/after the document date."""
    if part in ("rest", "later"):
        return _Per(max(anchor.first, ref), anchor.last, "day") if ref else None
    if part == "earlier":
        return _Per(anchor.first, ref - timedelta(days=1), "day") if ref else None
    if anchor.unit == "year":
        a, b = _YEAR_PARTS[part]
        y = anchor.first.year
        return _Per(date(y, a, 1), _month_span(y, b).last, "months")
    bounds = _PARTS.get(anchor.unit, {}).get(part)
    if bounds is None:
        return None
    last = min(anchor.first + timedelta(days=bounds[1] - 1), anchor.last)
    return _Per(anchor.first + timedelta(days=bounds[0]), last, "day")


@dataclass(frozen=True)
class _Ctx:
    r: _Rules
    ref: date | None
    tense: str | None
    week: bool = False  # inside a week already named: "mar" is Tuesday, not March
    month: _Per | None = None  # a month already named: "November between 19 and 20"


def _by_tense(make: Callable[[int], _Per | None], ctx: _Ctx) -> _Per | None:
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


def _shift(gd: dict, r: _Rules) -> int:
    return r.shifts.get(re.sub(r"\s+", " ", (gd.get("sh") or "").lower()), 0)


def _unit(gd: dict, r: _Rules) -> str | None:
    return r.units.get(re.sub(r"\s+", " ", (gd.get("u") or "").lower()))


def _b_unit(gd: dict, m: re.Match[str], ctx: _Ctx) -> _Per | None:
    unit = _unit(gd, ctx.r)
    return _unit_at(unit, ctx.ref, _shift(gd, ctx.r)) if unit and ctx.ref else None


def _b_month(gd: dict, m: re.Match[str], ctx: _Ctx) -> _Per | None:
    mo = _month(gd.get("m1") or "", ctx.r)
    if mo is None or not 1 <= mo <= 12:
        return None
    y, named = _year(m, ctx.r, ctx.ref)
    if named and y:
        return _month_span(y, mo)
    if gd.get("sh") and ctx.ref:
        k = _shift(gd, ctx.r)
        return _by_tense(lambda yy: _month_span(yy, mo),
                         _Ctx(ctx.r, ctx.ref, {1: "future", -1: "past"}.get(k, "present")))
    return _by_tense(lambda yy: _month_span(yy, mo), ctx)


def _b_nth(gd: dict, m: re.Match[str], ctx: _Ctx) -> _Per | None:
    n = _count(gd.get("ord") or "", ctx.r)
    unit = _unit(gd, ctx.r)
    anchor = (_single(gd["rest"], ctx) if gd.get("rest")
              else _unit_at("year", ctx.ref) if ctx.ref else None)  # "week 10": of this year
    if n is None or unit != "week" or anchor is None:
        return None
    return _nth_week(n, anchor)


def _b_part(gd: dict, m: re.Match[str], ctx: _Ctx) -> _Per | None:
    part = ctx.r.parts.get(re.sub(r"\s+", " ", (gd.get("part") or "").lower()))
    anchor = _single(gd["rest"], ctx) if gd.get("rest") else _b_unit(gd, m, ctx)
    return _part(anchor, part, ctx.ref) if anchor and part else None


def _b_unit_of(gd: dict, m: re.Match[str], ctx: _Ctx) -> _Per | None:
    unit, anchor = _unit(gd, ctx.r), _single(gd.get("rest") or "", ctx)
    return _unit_at(unit, anchor.first) if unit and anchor else None


def _b_count(gd: dict, m: re.Match[str], ctx: _Ctx) -> _Per | None:
    """"the next 3 days", "the past two decades", "within 5 years": counted from today."""
    unit, n, ref = _unit(gd, ctx.r), _count(gd.get("n") or "", ctx.r), ctx.ref
    if unit is None or n is None or ref is None or not 1 <= n <= 1000:
        return None
    sign = -1 if _shift(gd, ctx.r) < 0 else 1
    if unit == "decade":  # whole decades: "the past two decades" ends with the last one
        here = _unit_at(unit, ref, sign)
        assert here is not None
        other = _unit_at(unit, ref, sign * n)
        assert other is not None
        return _Per(min(here.first, other.first), max(here.last, other.last), "decade")
    if m.groupdict().get("within") is not None:
        return _Per(ref, _add(ref, unit, n) - timedelta(days=1), "day")
    if sign < 0:
        return _Per(_add(ref, unit, -n), ref - timedelta(days=1), "day")
    return _Per(ref + timedelta(days=1), _add(ref, unit, n), "day")


def _b_decade(gd: dict, m: re.Match[str], ctx: _Ctx) -> _Per | None:
    raw = (gd.get("dec") or "").lower()
    val = ctx.r.decades.get(raw)
    raw = raw.strip("'’s ")
    if val is None:
        val = int(raw) if raw.isdigit() else _count(raw, ctx.r)
    if val is None or val % 10:
        return None
    cent = gd.get("cent")
    if val >= 100:
        y = val
    elif cent:
        c = ctx.r.centuries.get(cent.lower())
        if c is None:
            num = _count(re.sub(r"[^\d〇零一二两三四五六七八九十]", "", cent), ctx.r)
            c = (num - 1) * 100 if num else None
        elif c < 100 and ctx.ref:  # relative: this century 0, the last -1
            c = (ctx.ref.year // 100 + c) * 100
        if c is None:
            return None
        y = c + val
    else:  # "the seventies": the latest such decade begun by the document's year
        this = (ctx.ref.year if ctx.ref else date.today().year) // 100 * 100
        y = this + val if this + val <= (ctx.ref or date.today()).year else this - 100 + val
    return _Per(date(y, 1, 1), date(y + 9, 12, 31), "decade")


def _b_ym(gd: dict, m: re.Match[str], ctx: _Ctx) -> _Per | None:
    y, mo = int(gd["y"]), int(gd["mn"])
    return _month_span(y, mo) if 1 <= mo <= 12 else None


def _b_year2(gd: dict, m: re.Match[str], ctx: _Ctx) -> _Per | None:
    """"07年", "零八年": a two-digit year, in the century that keeps it in the past."""
    raw = gd["yy"]
    digits = raw if raw.isdigit() else "".join(str("〇一二三四五六七八九".index(c))
                                              if c != "零" else "0" for c in raw)
    this = (ctx.ref or date.today()).year
    y = this // 100 * 100 + int(digits)
    y = y if y <= this + 1 else y - 100
    return _Per(date(y, 1, 1), date(y, 12, 31), "year")


def _b_century(gd: dict, m: re.Match[str], ctx: _Ctx) -> _Per | None:
    n = _count(gd.get("ord") or "", ctx.r)
    if n is None or not 1 <= n <= 22:
        return None
    return _Per(date((n - 1) * 100 or 1, 1, 1), date((n - 1) * 100 + 99, 12, 31), "decade")


def _b_era(gd: dict, m: re.Match[str], ctx: _Ctx) -> _Per | None:
    """"民国三年" (1914), "康熙二十年9月": a year counted from an era's first, 元年 being 1."""
    base = ctx.r.eras.get(gd.get("era") or "")
    n = 1 if gd.get("en") == "元" else _count(gd.get("en") or "", ctx.r)
    if base is None or n is None:
        return None
    y = base + n
    mo = _month(gd["m1"], ctx.r) if gd.get("m1") else None
    if mo is not None and 1 <= mo <= 12:
        return _month_span(y, mo)
    return _Per(date(y, 1, 1), date(y, 12, 31), "year")


def _b_lasting(gd: dict, m: re.Match[str], ctx: _Ctx) -> _Per | None:
    """"3 days starting from next Monday", "for a week from 20 December"."""
    unit, n = _unit(gd, ctx.r), _count(gd.get("n") or "", ctx.r)
    anchor = _single(gd.get("rest") or "", ctx)
    if unit is None or n is None or anchor is None or not 1 <= n <= 1000:
        return None
    return _Per(anchor.first, _add(anchor.first, unit, n) - timedelta(days=1), "day")


_BUILDERS: dict[str, Callable[[dict, re.Match[str], _Ctx], _Per | None]] = {
    "unit": _b_unit, "month": _b_month, "nth_unit": _b_nth, "part": _b_part,
    "unit_of": _b_unit_of, "count": _b_count, "decade": _b_decade, "ym": _b_ym,
    "year2": _b_year2, "century": _b_century, "lasting": _b_lasting, "era": _b_era,
    "range": lambda gd, m, ctx: _range(m.group(0), ctx),  # ctx carries the tense there
}

# Numeric year and month, in any language: "2016-11", "2015.3", "11/2016".
_NUMERIC = (
    ("ym", re.compile(r"(?P<y>(?:1[6-9]|20)\d\d)\s*[-/.]\s*(?P<mn>1[0-2]|0?[1-9])")),
    ("ym", re.compile(r"(?P<mn>1[0-2]|0?[1-9])\s*[-/]\s*(?P<y>(?:1[6-9]|20)\d\d)")),
)


def _build(kind: str, m: re.Match[str], ctx: _Ctx) -> _Per | None:
    builder = _BUILDERS.get(kind)
    if builder is not None:
        return builder(m.groupdict(), m, ctx)
    span = _span(kind, m, ctx.r, ctx.ref)
    return _per_of(*span) if span else None


def _single(text: str, ctx: _Ctx) -> _Per | None:
    """One period or date filling the whole of ``text``."""
    text = text.strip(" ,.")
    if not text:
        return None
    r = ctx.r
    ref = ctx.ref.isoformat() if ctx.ref else None
    d = resolve_date(text, r.lang, ref, ctx.tense) if ctx.week else None
    if d is not None:
        return _per_of(d.value, d.value)
    for kind, pattern in r.span_rules + _NUMERIC:
        m = pattern.fullmatch(text)
        if m:
            per = _build(kind, m, ctx)
            if per:
                return per
    if re.fullmatch(r"(?:1\d|20)\d\d", text):
        return _per_of(text, text)
    d = resolve_date(text, r.lang, ref, ctx.tense)
    if d is None or len(re.sub(r"\W", "", text)) - len(re.sub(r"\W", "", d.text)) > 3:
        return None
    return _per_of(d.value, d.value)


def _range(text: str, ctx: _Ctx) -> _Per | None:
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
            inner = _Ctx(r, anchor.first - timedelta(days=1), "future", week=True)
            return _range(body[o.start():], inner)
        if anchor is not None and anchor.unit == "month":
            return _range(body[o.start():], _Ctx(r, ctx.ref, ctx.tense, month=anchor))
    for m in sorted(r.mid.finditer(body), key=lambda c: not c.group(0)[:1].isalpha()):
        a, b = body[:m.start()].strip(" ,"), body[m.end():].strip(" ,")
        o = r.open.match(a) if r.open is not None else None
        a = a[o.end():] if o else a
        ends = _ends(a, b, ctx) if a and b else None
        if ends:
            first, last = ends
            return _Per(first.first, last.last, "range",
                        (_strings(first)[0], _strings(last)[1]))
    return None


def _ends(a: str, b: str, ctx: _Ctx) -> tuple[_Per, _Per] | None:
    """Both ends of a range; a bare day takes its month and year from the other end."""
    r = ctx.r
    da, db = r.bare_day.match(a), r.bare_day.match(b)
    if da and db:
        if ctx.month is None:
            return None
        pa, pb = _day_in(ctx.month.first, _count(da["d"], r)), _day_in(ctx.month.first,
                                                                       _count(db["d"], r))
        return (pa, pb) if pa and pb and pa.first <= pb.last else None
    pa = None if da else _single(a, ctx)
    if pa and not db and _has_year(a, r) and not _has_year(b, r) and _names_month(b, r):
        pb = _single(b, _Ctx(r, pa.first, "future"))  # "2016年6月1日-6月30日": the same year
    else:
        pb = None if db else _single(b, ctx)
    if pb and pa and not _has_year(a, r) and _has_year(b, r) and _names_month(a, r):
        pa = _single(a, _Ctx(r, pb.last, "past"))
    if da and pb and pb.unit == "day":
        pa = _day_in(pb.first, _count(da["d"], ctx.r))
    if db and pa and pa.unit == "day":
        pb = _day_in(pa.first, _count(db["d"], ctx.r))
    if pa is None or pb is None:
        return None
    if pb.last < pa.first and not _has_year(b, ctx.r):
        pb = _Per(_add(pb.first, "year", 1), _add(pb.last, "year", 1), pb.unit)
    elif pb.last < pa.first and not _has_year(a, ctx.r):
        pa = _Per(_add(pa.first, "year", -1), _add(pa.last, "year", -1), pa.unit)
    return (pa, pb) if pa.first <= pb.last else None


def _names_month(text: str, r: _Rules) -> bool:
    """A calendar date (not "today", "next Friday"): the other end's year may apply to it."""
    if r.lang == "zh":
        return "月" in text
    words = re.findall(r"[^\W\d_]+", text.lower())
    return any(w in r.months for w in words) or bool(re.search(r"\d[-/.]\d", text))


def _has_year(text: str, r: _Rules) -> bool:
    return bool(re.search(r"\d{4}|年" if r.lang == "zh" else r"\d{4}", text))


def _day_in(other: date, d: int | None) -> _Per | None:
    if d is None or not 1 <= d <= calendar.monthrange(other.year, other.month)[1]:
        return None
    day = other.replace(day=d)
    return _Per(day, day, "day")


def _strings(p: _Per) -> tuple[str, str]:
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
    ctx = _Ctx(_rules(lang), _parse_ref(ref), tense)
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
    r = _rules(lang)
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
        per = _build(kind, m, _Ctx(r, ref_date, tense))
        if per:
            taken.append((m.start(), m.end()))
            end = m.end() - (m.group(0).endswith(".") and kind == "range")  # a full stop
            out.append(PeriodMention(m.start(), end, sentence[m.start():end],
                                     *_strings(per), endpoints=kind == "range"))
    out.sort(key=lambda p: p.start)
    return out
