"""Dates in a sentence, resolved against the document date, with the tense deciding the year.

One language-neutral grammar reads ``lang/<iso>/dates.yaml`` (month and weekday names,
relative words, ordinals, cue words before bare years and months) and builds its regexes
once per language. Two modes share it: ``find_dates`` reads running text strictly (no bare
day numbers, no "the second", English months only capitalised), ``resolve_date`` reads a
span already known to be a date and accepts the loose forms too ("the 27th", "Oct2").

Durations, parts of day and tense live in lower sibling modules and are re-exported here.
Periods (``periods``) and the date of an undated document (``published``) build on this
module, one way: it imports neither.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from readouts import lang as langdata
from readouts.extract.figures.numbers import locale, normalize, parse_number, parse_zh
from readouts.extract.time.dayparts import daypart_near, find_part_of_day
from readouts.extract.time.durations import DurationMention, find_duration, parse_duration
from readouts.extract.time.tense import TenseMarks, sentence_tense, tense_from, tense_marks

__all__ = [
    "DateMention", "DurationMention", "find_dates", "find_duration", "find_part_of_day",
    "parse_duration", "resolve_date", "sentence_tense", "weekday_dates",
]


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    value: str  # "YYYY-MM-DD" | "YYYY-MM" | "YYYY"
    precision: str  # "day" | "month" | "year"
    part_of_day: str | None
    relative: bool


# --------------------------------------------------------------------------- lexicon

def _alt(words: list[str]) -> str:
    """Regex alternation, longest first, spaces matching any run of blanks."""
    uniq = sorted({w for w in words if w}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in uniq)


def _mapping(items: dict | None) -> dict[str, int]:
    return {str(k).lower(): int(v) for k, v in (items or {}).items()}


@dataclass(frozen=True)
class _Lex:
    lang: str
    data: dict
    months: dict[str, int]
    weekdays: dict[str, int]
    relative: dict[str, tuple[int, str | None]]
    week: dict[str, int]  # "next week" -> 1, before or after a weekday
    month_mods: dict[str, int]
    units: dict[str, str]
    ordinals: dict[str, int]
    tens: dict[str, int]
    few: frozenset[str]


@cache
def _lex(lang: str) -> _Lex:
    data = langdata.load(lang, "dates")
    months = {str(n).lower(): i + 1 for i, names in enumerate(data.get("months") or [])
              for n in names}
    weekdays = {str(n).lower(): i for i, names in enumerate(data.get("weekdays") or [])
                for n in names}
    relative: dict[str, tuple[int, str | None]] = {}
    for key in ("relative", "relative_span"):
        for word, spec in (data.get(key) or {}).items():
            relative[str(word).lower()] = (int(spec[0]), spec[1] if len(spec) > 1 else None)
    units = {str(w).lower(): unit for unit, words in (data.get("units") or {}).items()
             for w in words}
    week = _mapping(data.get("week_before")) | _mapping(data.get("week_after"))
    return _Lex(lang, data, months, weekdays, relative, week, _mapping(data.get("month_mods")),
                units, _mapping(data.get("ordinals")), _mapping(data.get("tens")),
                frozenset(str(w).lower() for w in data.get("few") or []))


# --------------------------------------------------------------------------- grammar

_ZH_NUM = "〇零一二两三四五六七八九十"
_DIGIT = re.compile(r"\d")
_YEAR = r"(?P<y>(?:1[0-9]|20|21)\d\d)(?!\d)"


@dataclass(frozen=True)
class _Rule:
    kind: str
    pattern: re.Pattern[str]
    gate: re.Pattern[str] | None  # a cheap search that must succeed before the rule runs


def _month_alt(lex: _Lex, full_only: bool, strict: bool) -> str:
    """Month names; in strict mode English ones only as capitalised in the data."""
    names = lex.data.get("months") or []
    words = [str(n) for group in names for n in (group[:1] if full_only else group)]
    if full_only:  # other full forms (Russian cases: "мае", "июне"), not abbreviations
        words += [str(n) for group in names for n in group[1:]
                  if not str(group[0]).lower().startswith(str(n).lower().rstrip("."))]
    if strict and lex.data.get("months_case_sensitive"):
        verbs = {str(w) for w in lex.data.get("months_ambiguous") or []}
        plain = [w for w in words if w not in verbs]  # "april 22" in any case; "May" capital
        cased = [w for w in words if w in verbs]
        return (f"(?:{_alt(plain) or '(?!)'}|(?-i:{_alt(cased) or '(?!)'}|"
                f"{_alt([w.upper() for w in cased]) or '(?!)'}))")
    return f"(?:{_alt(words)})"


def _day_alt(lex: _Lex, strict: bool) -> str:
    sfx = _alt([str(s) for s in lex.data.get("ordinal_suffix") or []])
    digits = rf"(?P<d>3[01]|[12]\d|0?[1-9])(?:{sfx})?(?!\d)" if sfx else \
        r"(?P<d>3[01]|[12]\d|0?[1-9])(?!\d)"
    words = [str(w) for w in lex.data.get("strict_day_words") or []]
    forms = {"ordinal", "cardinal"} if not strict else set(lex.data.get("strict_day_forms") or [])
    if forms:  # running text: "the fourth of July" (en), "il quattro maggio" (it)
        tens = _alt(list(lex.tens))
        units = (list(lex.ordinals) if "ordinal" in forms else []) + [
            w for w, (k, v) in locale(lex.lang).words.items()
            if "cardinal" in forms and k == "num" and 1 <= v <= 19 and " " not in w]
        unit_alt = f"(?:{_alt(units)})"
        if tens:
            alone = "?" if "cardinal" in forms else ""  # "twenty May" is no date in English
            words.append(f"(?:{tens})(?:[\\s-]?(?:{unit_alt})){alone}")
        words.append(unit_alt)
    if not words:
        return f"(?:{digits})"
    word_alt = "|".join(w if "(" in w else re.escape(w) for w in words)
    return rf"(?:{digits}|(?P<dw>(?<!\w)(?:{word_alt})(?!\w)))"


def _rules_for(lang: str, strict: bool) -> tuple[_Rule, ...]:
    lex = _lex(lang)
    d = lex.data
    rules: list[tuple[str, str]] = []
    mon = _month_alt(lex, full_only=strict, strict=strict)
    mon_any = _month_alt(lex, full_only=False, strict=strict)
    day = _day_alt(lex, strict)
    wd_words = [w for w in lex.weekdays if not strict or len(w) > 3 or lang == "zh"]
    wd = f"(?P<wd>{_alt(wd_words)})"
    year_sfx = _alt([str(s) for s in d.get("year_suffix") or []])
    year = _YEAR + (rf"(?:\s*(?:{year_sfx}))?" if year_sfx else "")
    of = _alt([str(s) for s in d.get("day_of") or []])
    of_opt = rf"(?:\s+(?:{of}))*" if of else ""
    art = _alt([str(s) for s in d.get("articles") or []])
    art_opt = rf"(?:(?:{art})\s*)?" if art else ""

    rules.append(("ymd", r"(?<![\d.,/-])(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)"
                         r"(?P<d>\d{1,2})(?![\d/]|[.,]\d)"))
    year_tail = r"\d{4}" if strict else r"\d{4}|\d{1,2}"
    rules.append(("num3", rf"(?<![\d.,/:-])(?P<a>\d{{1,2}})(?P<sep>[-/.])(?P<b>\d{{1,2}})"
                          rf"(?:(?P=sep)|,)(?P<c>{year_tail})(?![\d]|[.,/:]\d)"))
    if not strict:
        rules.append(("ymd", rf"(?P<y>\d{{4}})[-/](?P<mon>{mon_any})[-/](?P<d>\d{{1,2}})"))
        rules.append(("ymd", r"(?P<y>\d{4}) (?P<m>\d{2}) (?P<d>\d{2})"))
        rules.append(("num2", r"(?<![\d.,/:-])(?P<a>\d{1,2})[-/.](?P<b>\d{1,2})(?![\d/:]|[.,]\d)"))
        if lang != "zh":
            rules.append(("day", rf"(?<!\w)(?:(?:{art or 'the'})\s*)?{day}"))
    lead = _alt([str(w) for w in d.get("strict_day_before") or []])
    if strict and lead:  # "on the 27th." with nothing after it: "the 20th anniversary" is no date
        sfx = _alt([str(x) for x in d.get("ordinal_suffix") or []]) or "(?!)"
        rules.append(("day", rf"(?<!\w)(?:{lead})\s*(?P<d>3[01]|[12]\d|0?[1-9])(?:{sfx})?"
                             r"(?=\s*(?:[,;:!?)]|\.(?!\d)|$))"))
    if lang == "zh":
        rules.extend(_zh_rules(lex, strict))
    else:
        wd_lead = rf"(?:(?:{wd})\.?,?\s+)?"
        # a day is no part of a word: "G20 di novembre" is a summit, not 20 November
        rules.append(("dmy", rf"{wd_lead}(?<![^\W_]){art_opt}{day}\.?{of_opt}[\s./-]*"
                             rf"(?P<mon>{mon_any})"
                             rf"(?!\w)\.?(?:,?\s*{year})?"))
        if d.get("month_day"):
            sep = r"(?:\.?[\s/-]*(?:the\s+)?|\.?,?\s+(?:the\s+)?)"
            rules.append(("mdy", rf"{wd_lead}(?P<mon>{mon_any})(?![^\W\d_]){sep}{day}"
                                 rf"(?:,?\s*{year})?"))
        rules.append(("my", rf"(?<!\w)(?P<mon>{mon})\.?,?\s+{year}"))
        cue = _alt([str(s) for s in d.get("month_before") or []])
        if cue:
            # "during the December 7 videoconference": a day after the month is a date
            no_day = r"(?!\w)(?!\.?\s*\d)"
            rules.append(("m", rf"(?<!\w)(?:{cue})\s+(?:(?:{art})\s+)?(?P<mon>{mon}){no_day}"
                          if art else rf"(?<!\w)(?:{cue})\s+(?P<mon>{mon}){no_day}"))
        ybefore = _alt([str(s) for s in d.get("year_before") or []])
        if ybefore:
            rules.append(("y", rf"(?<!\w)(?:{ybefore})\s+(?:(?:{art})\s*)?{year}"
                               r"(?![.,]\d|\s*%|-\w|'?s\b)" if art else
                          rf"(?<!\w)(?:{ybefore})\s+{year}(?![.,]\d|\s*%|-\w|'?s\b)"))
        if year_sfx:
            rules.append(("y", rf"(?<![\d.,]){_YEAR}\s*(?:{year_sfx})(?!\w)"))
        rel = _alt([w for w in lex.relative if strict is False
                    or w in {str(k).lower() for k in d.get("relative") or {}}])
        if rel:
            rules.append(("rel", rf"(?<!\w)(?P<rel>{rel})(?!\w)"))
        week = _alt(list(lex.week))
        if week:
            rules.append(("wd", rf"(?<!\w)(?:(?P<pre>{week})[\s,]+(?:(?:on|di)\s+)?)?"
                                rf"(?:(?:on|il|la|в|во)\s+)?{wd}(?!\w)\.?"
                                rf"(?:[\s,]+(?P<post>{week})(?!\w))?"
                                rf"(?:,?\s+(?:the\s+)?{day}(?![.,:]\d))?"))
        mm = _alt(list(lex.month_mods))
        if mm:
            rules.append(("dmm", rf"{art_opt}{day}{of_opt}\s+(?P<mm>{mm})(?!\w)"))
        rules.append(_ago_rule(lex, strict))
        if not strict:
            nth = _alt([w for w, v in lex.ordinals.items() if v <= 5])
            rules.append(("nth", rf"(?<!\w)(?P<nth>{nth})\s+{wd}(?:\s+(?:{of}|in|di|del)\s+"
                                 rf"(?:(?P<mon>{mon_any})|(?P<mm>{mm})))?"))
    return tuple(_Rule(k, re.compile(p, re.IGNORECASE), _gate(k, lex, strict))
                 for k, p in rules if p)


def _gate(kind: str, lex: _Lex, strict: bool) -> re.Pattern[str] | None:
    """Most sentences hold no date: skip a rule when the words it needs are absent."""
    d = lex.data
    if kind in ("ymd", "num3", "num2", "my", "y") or (strict and kind == "day"):
        return _DIGIT
    if not strict or lex.lang == "zh":
        return None
    words = {"wd": list(lex.weekdays), "dmy": list(lex.months), "mdy": list(lex.months),
             "m": list(lex.months), "dmm": list(lex.month_mods),
             "ago": [str(w) for w in (d.get("ago") or []) + (d.get("later") or [])]}.get(kind)
    if not words:
        return None
    if kind in ("dmy", "mdy", "m", "dmm"):  # unbounded: "22april", "april22"
        return re.compile(_alt(words), re.IGNORECASE)
    digit = r"\d|" if kind == "ago" else ""  # "in 3 days"
    return re.compile(rf"{digit}(?<!\w)(?:{_alt(words)})(?!\w)", re.IGNORECASE)


def _ago_rule(lex: _Lex, strict: bool) -> tuple[str, str]:
    d = lex.data
    words = [w for w, (k, v) in locale(lex.lang).words.items()
             if k == "num" and 1 <= v <= 99 and " " not in w]
    words += [str(w) for w in d.get("one") or []] + list(lex.few)
    num = rf"(?:\d+|(?:{_alt(words)})(?:[\s-]+(?:{_alt(words)}))?)"
    unit = _alt(list(lex.units))
    item = rf"{num}\s*(?:{unit})(?!\w)"
    joiners = _alt([str(j) for j in d.get("joiners") or ["and"]])
    seq = rf"(?P<seq>{item}(?:,?\s*(?:(?:{joiners})\s+)?{item})*)"
    ago = _alt([str(w) for w in d.get("ago") or []])
    later = _alt([str(w) for w in d.get("later") or []])
    before = _alt([str(w) for w in d.get("later_before") or []])
    parts = [rf"(?<!\w){seq}\s+(?:(?P<ago>{ago})|(?P<later>{later}))(?!\w)"]
    if before:
        parts.append(rf"(?<!\w)(?P<in>{before})\s+{seq.replace('?P<seq>', '?P<seq2>')}(?!\w)")
    return ("ago", "|".join(f"(?:{p})" for p in parts))


def _zh_rules(lex: _Lex, strict: bool) -> list[tuple[str, str]]:
    n = f"[{_ZH_NUM}]"
    year = (r"(?P<y>\d{4}|[〇零一二三四五六七八九]{3,4}|[一两二]千[〇零一二三四五六七八九十]*)年")
    # "二〇二一年", "两千零四年"; "二十年" is twenty years
    month = r"(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九十])月"
    day = (r"(?P<d>3[01]|[12]\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九十]"
           r"|初[一二三四五六七八九十])")
    sfx = r"(?P<dsfx>[日号號])"
    dp = _alt([str(w) for w in lex.data.get("zh_daypart_suffix") or []])
    dp_opt = f"(?P<dp>{dp})?" if dp else ""
    lunar = r"(?:农历|農曆)?"
    rules = [
        ("zh", rf"(?:{lunar}{year}{lunar})?{month}(?:{day}{sfx}{dp_opt})?(?!个|個)"),
        ("zh", rf"(?<![\d月{_ZH_NUM}]){day}{sfx}{dp_opt}"),
        ("zhy", rf"(?<!\d){year}(?!代|\d|{n}|前|以来|来)"),
    ]
    if not strict:
        rules.append(("zh", rf"(?:{lunar}{year}{lunar})?{month}{day}(?!\d)"))
    rel = _alt([w for w in lex.relative if not strict
                or w in {str(k).lower() for k in lex.data.get("relative") or {}}])
    rules.append(("rel", f"(?P<rel>{rel})"))
    mods = _alt(list(lex.week))
    rules.append(("wd", rf"(?P<pre>{mods})?(?P<wd>{_alt(list(lex.weekdays))})"))
    if lex.month_mods:  # "本月10日"
        rules.append(("dmm", rf"(?P<mm>{_alt(list(lex.month_mods))}){day}[日号]"))
    units = _alt(list(lex.units))
    rules.append(("ago", rf"(?<!\d)(?P<seq>(?:\d{{1,3}}|{n}+)(?:个|個)?(?:{units}))"
                         rf"(?:(?P<ago>以前|之前|前)|(?P<later>以后|之后|后|後))(?!\d|{n})"))
    return rules


@cache
def _rules(lang: str, strict: bool) -> tuple[_Rule, ...]:
    return _rules_for(lang, strict)


# --------------------------------------------------------------------------- resolution

@dataclass
class _Ctx:
    lex: _Lex
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


def _valid(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def _year_for(m: int, d: int | None, ctx: _Ctx, pos: int) -> int | None:
    """The year of a month (and day) written without one, from the document date and tense."""
    if ctx.ref is None:
        return None
    ref = ctx.ref
    tense = ctx.tense or ctx.tense_at(pos)
    cands = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        if d is not None and not _valid(y, m, d):
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


def _day_word(word: str, lex: _Lex) -> int | None:
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


def _zh_int(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    if text.startswith("初"):
        text = text[1:]
    if len(text) >= 2 and all(c in "〇零一二三四五六七八九" for c in text):
        return int("".join(str("〇一二三四五六七八九".index(c)) if c != "零" else "0"
                           for c in text))
    val = parse_zh(text)
    return int(val) if val is not None else None


def _group(m: re.Match[str], name: str) -> str | None:
    return m.groupdict().get(name)


def _day_of(m: re.Match[str], lex: _Lex) -> int | None:
    if _group(m, "d"):
        return _zh_int(m["d"]) if lex.lang == "zh" else int(m["d"])
    if _group(m, "dw"):
        return _day_word(m["dw"], lex)
    return None


_Result = tuple[str, str, bool, str | None]  # value, precision, relative, part of day
_Builder = Callable[[re.Match[str], _Ctx], "_Result | None"]


def _full(y: int | None, mo: int, d: int | None, m: re.Match[str], ctx: _Ctx,
          relative: bool = False) -> _Result | None:
    if y is None:
        y = _year_for(mo, d, ctx, m.start())
        relative = True
        if y is None:
            return None
    if d is None:
        return (_iso(y, mo), "month", relative, None) if 1 <= mo <= 12 else None
    return (_iso(y, mo, d), "day", relative, None) if _valid(y, mo, d) else None


def _b_ymd(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    mo = ctx.lex.months.get(m["mon"].lower()) if _group(m, "mon") else int(m["m"])
    return _full(int(m["y"]), mo or 0, int(m["d"]), m, ctx)


def _two_digit_year(c: str) -> int:
    y = int(c)
    return y if len(c) == 4 else (2000 + y if y <= 50 else 1900 + y)


def _b_num3(m: re.Match[str], ctx: _Ctx) -> _Result | None:
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
        if _valid(y, mo, d):
            return _iso(y, mo, d), "day", False, None
    return None


def _b_num2(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    a, b = int(m["a"]), int(m["b"])
    orders = ctx.lex.data.get("numeric_order2") or ctx.lex.data.get("numeric_order") or ["dmy"]
    for order in orders:
        mo, d = (a, b) if order == "mdy" else (b, a)
        if 1 <= mo <= 12 and 1 <= d <= 31:
            return _full(None, mo, d, m, ctx)
    return None


def _b_named(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    mo = ctx.lex.months.get(re.sub(r"\s+", " ", m["mon"].lower()).rstrip("."))
    if mo is None:
        return None
    d = _day_of(m, ctx.lex) if (_group(m, "d") or _group(m, "dw")) else None
    y = int(m["y"]) if _group(m, "y") else None
    res = _full(y, mo, d, m, ctx)
    if res and _group(m, "wd") and res[1] == "day" and y is None and ctx.ref:
        res = _weekday_day(ctx.lex.weekdays[m["wd"].lower()], d or 1, ctx, mo) or res
    return res


def _b_year(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    y = _zh_int(m["y"]) if ctx.lex.lang == "zh" else int(m["y"])
    return (_iso(y), "year", False, None) if y is not None and 1000 <= y <= 2199 else None


def _b_zh(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    mo = _zh_int(m["m"]) if _group(m, "m") else None
    d = _zh_int(m["d"]) if _group(m, "d") else None
    y = _zh_int(m["y"]) if _group(m, "y") else None
    part = ctx.lex.data.get("zh_daypart_suffix", {}).get(m["dp"]) if _group(m, "dp") else None
    if mo is None:  # "18日晚": the day of the document's month nearest by tense
        if d is None or ctx.ref is None:
            return None
        res = _day_only(d, ctx, m.start())
    else:
        res = _full(y, mo, d, m, ctx)
    return (res[0], res[1], res[2], part) if res else None


def _day_only(d: int, ctx: _Ctx, pos: int) -> _Result | None:
    ref = ctx.ref
    assert ref is not None
    tense = ctx.tense or ctx.tense_at(pos)
    cands = []
    for k in (-1, 0, 1):
        y, mo = _month_shift(ref.year, ref.month, k)
        if _valid(y, mo, d):
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


def _b_day(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    d = _day_of(m, ctx.lex)
    return _day_only(d, ctx, m.start()) if d and ctx.ref else None


def _b_rel(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    if ctx.ref is None:
        return None
    offset, part = ctx.lex.relative[re.sub(r"\s+", " ", m["rel"].lower())]
    return (ctx.ref + timedelta(days=offset)).isoformat(), "day", True, part


def _week_start(ref: date) -> date:
    return ref - timedelta(days=ref.weekday())


def _b_wd(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    if ctx.ref is None:
        return None
    ref, lex = ctx.ref, ctx.lex
    wday = lex.weekdays[m["wd"].lower()]
    if _group(m, "d") or _group(m, "dw"):
        d = _day_of(m, lex)
        return _weekday_day(wday, d, ctx, None) if d else None
    shift = None
    for key in ("pre", "post"):
        if _group(m, key):
            shift = lex.week.get(re.sub(r"[\s,]+", " ", m[key].lower()).strip())
    if shift is not None:
        day = _week_start(ref) + timedelta(weeks=shift, days=wday)
        return day.isoformat(), "day", True, None
    tense = ctx.tense or ctx.tense_at(m.start())
    if tense == "future":
        delta = (wday - ref.weekday()) % 7 or 7
    else:
        delta = -((ref.weekday() - wday) % 7)
    return (ref + timedelta(days=delta)).isoformat(), "day", True, None


def _weekday_day(wday: int, d: int, ctx: _Ctx, month: int | None) -> _Result | None:
    """'Thursday the 21st': the nearest month where that day falls on that weekday."""
    ref = ctx.ref
    if ref is None:
        return None
    for k in (0, -1, 1, -2, 2):
        y, mo = _month_shift(ref.year, ref.month, k)
        if month is not None and mo != month:
            continue
        if _valid(y, mo, d) and date(y, mo, d).weekday() == wday:
            return _iso(y, mo, d), "day", True, None
    return None


def _b_dmm(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    d = _day_of(m, ctx.lex)
    if ctx.ref is None or d is None:
        return None
    y, mo = _month_shift(ctx.ref.year, ctx.ref.month,
                         ctx.lex.month_mods[re.sub(r"\s+", " ", m["mm"].lower())])
    return (_iso(y, mo, d), "day", True, None) if _valid(y, mo, d) else None


def _b_nth(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    if ctx.ref is None:
        return None
    n = ctx.lex.ordinals[m["nth"].lower()]
    wday = ctx.lex.weekdays[m["wd"].lower()]
    if _group(m, "mon"):
        mo = ctx.lex.months[m["mon"].lower().rstrip(".")]
        y = _year_for(mo, None, ctx, m.start())
    elif _group(m, "mm"):
        y, mo = _month_shift(ctx.ref.year, ctx.ref.month,
                             ctx.lex.month_mods[re.sub(r"\s+", " ", m["mm"].lower())])
    else:
        y, mo = ctx.ref.year, ctx.ref.month
    if y is None:
        return None
    first = date(y, mo, 1)
    d = 1 + (wday - first.weekday()) % 7 + 7 * (n - 1)
    return (_iso(y, mo, d), "day", True, None) if _valid(y, mo, d) else None


_UNIT_DAYS = {"day": 1, "week": 7, "businessday": 1}
_PRECISION = {"day": 0, "businessday": 0, "week": 0, "month": 1, "year": 2}


def _amounts(seq: str, ctx: _Ctx) -> list[tuple[int, str]] | None:
    lex = ctx.lex
    unit_alt = _alt(list(lex.units))
    out = []
    if lex.lang == "zh":
        for n, u in re.findall(rf"(\d+|[{_ZH_NUM}]+)(?:个|個)?({unit_alt})", seq):
            val = _zh_int(n)
            if val is None:
                return None
            out.append((val, lex.units[u]))
        return out
    joiners = _alt([str(j) for j in lex.data.get("joiners") or ["and"]])
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


def _b_ago(m: re.Match[str], ctx: _Ctx) -> _Result | None:
    if ctx.ref is None:
        return None
    seq = _group(m, "seq") or _group(m, "seq2")
    amounts = _amounts(seq or "", ctx)
    if not amounts:
        return None
    sign = -1 if _group(m, "ago") else 1
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


_BUILDERS: dict[str, _Builder] = {
    "ymd": _b_ymd, "num3": _b_num3, "num2": _b_num2, "dmy": _b_named, "mdy": _b_named,
    "my": _b_named, "m": _b_named, "y": _b_year, "zhy": _b_year, "zh": _b_zh, "rel": _b_rel,
    "wd": _b_wd, "dmm": _b_dmm, "day": _b_day, "nth": _b_nth, "ago": _b_ago,
}


# Rules whose span, once it fails as a whole (an impossible day), leaves no date inside it.
_WHOLE = frozenset({"ymd", "num3", "dmy", "mdy", "dmm", "nth", "zh"})


def _parse_ref(ref: str | None) -> date | None:
    if not ref:
        return None
    try:
        if len(ref) == 7:  # a document dated to the month: its middle is the best guess
            return date.fromisoformat(f"{ref}-15")
        return date.fromisoformat(ref[:10])
    except ValueError:
        return None


def _scan(sentence: str, lang: str, ref: str | None, tense: str | None,
          strict: bool) -> list[DateMention]:
    if lang not in ("it", "en", "ru", "zh"):
        return []
    text = normalize(sentence)
    ctx = _Ctx(_lex(lang), _parse_ref(ref), tense, text, strict)
    spans: list[tuple[int, int, int, re.Match[str], _Rule]] = []
    gates: dict[re.Pattern[str], bool] = {}
    for order, rule in enumerate(_rules(lang, strict)):
        if rule.gate is not None:
            if rule.gate not in gates:
                gates[rule.gate] = rule.gate.search(text) is not None
            if not gates[rule.gate]:
                continue
        for m in rule.pattern.finditer(text):
            if m.end() > m.start():
                spans.append((m.start(), m.end(), order, m, rule))
    spans.sort(key=lambda s: (-(s[1] - s[0]), s[2], s[0]))
    taken: list[tuple[int, int]] = []
    out: list[DateMention] = []
    for start, end, _, m, rule in spans:
        if any(start < e and s < end for s, e in taken):
            continue
        res = _BUILDERS[rule.kind](m, ctx)
        if res is None:
            if rule.kind in _WHOLE and ctx.ref is not None:
                taken.append((start, end))  # "Feb 30" is no date: not "30" alone either
            continue
        value, precision, relative, part = res
        taken.append((start, end))
        if text[end - 1] == "." and re.search(r"[^\W\d]{5,}\.$", text[start:end]):
            end -= 1  # a sentence's full stop after a full month name
        if part is None:
            part = daypart_near(sentence, start, end, lang)
        out.append(DateMention(start, end, sentence[start:end].strip(), value, precision,
                               part, relative))
    out.sort(key=lambda d: d.start)
    return out


@dataclass(frozen=True)
class WeekdayDate:
    """A day and month written with its weekday but no year: "Giovedì 17 settembre"."""
    text: str
    month: int
    day: int
    years: tuple[int, ...]  # the recent years where that day falls on that weekday, latest first


def weekday_dates(text: str, lang: str, latest: int, back: int = 30) -> list[WeekdayDate]:
    """Weekday-day-month dates without a year, with the years (``latest`` down) they fit."""
    if lang not in ("it", "en", "ru", "zh"):
        return []
    lex, norm, out = _lex(lang), normalize(text), []
    for pattern in _weekday_patterns(lang):
        for m in pattern.finditer(norm):
            if not (_group(m, "wd") and _group(m, "mon") and (_group(m, "d") or _group(m, "dw"))):
                continue
            if _group(m, "y"):
                continue
            mo = (_zh_int(m["mon"]) if lang == "zh"
                  else lex.months.get(re.sub(r"\s+", " ", m["mon"].lower()).rstrip(".")))
            d = _day_of(m, lex)
            wday = lex.weekdays.get(m["wd"].lower())
            if mo is None or d is None or wday is None:
                continue
            years = tuple(y for y in range(latest, latest - back, -1)
                          if _valid(y, mo, d) and date(y, mo, d).weekday() == wday)
            if years:
                out.append(WeekdayDate(text[m.start():m.end()].strip(), mo, d, years))
    return out


@cache
def _weekday_patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    """The running-text rules that can hold a weekday; Chinese writes it after the date."""
    if lang != "zh":
        return tuple(r.pattern for r in _rules(lang, True) if r.kind in ("dmy", "mdy", "wd"))
    wd = _alt(list(_lex(lang).weekdays))
    return (re.compile(rf"(?<!\d)(?P<mon>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月"
                       rf"(?P<d>3[01]|[12]\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
                       rf"[日号]\s*[（(]?\s*(?P<wd>{wd})"),)


def find_dates(sentence: str, lang: str, ref: str | None,
               tense: str | None = None) -> list[DateMention]:
    """Dates written in running text, resolved against ``ref`` (the document's date).

    ``tense`` ('past'/'future'/'present') decides the year of a month and day written
    without one; when None, the nearest tense cue in the sentence decides.
    """
    return _scan(sentence, lang, ref, tense, strict=True)


_WORDS = re.compile(r"[^\W\d_]+(?:[\s-]+[^\W\d_]+)*")


def _year_value(words: list[str], lang: str) -> int | None:
    """A year in words: "two thousand and eighteen", "duemiladiciotto", "nineteen seventy"."""
    val = parse_number(" ".join(words), lang)
    if val is None and lang == "en" and len(words) >= 2:  # "nineteen ninety nine"
        head, tail = parse_number(words[0], lang), parse_number(" ".join(words[1:]), lang)
        if words[1] in ("zero", "oh") and len(words) == 3:
            tail = parse_number(words[2], lang)
        if head and 10 <= head <= 21 and tail is not None and 0 <= tail <= 99:
            val = head * 100 + tail
    return int(val) if val is not None and val == int(val) and 1000 <= val <= 2199 else None


def digit_years(span: str, lang: str) -> str:
    """A span with its years written in words turned to digits, for the span resolvers."""
    def one_run(m: re.Match[str]) -> str:
        words, out, i, found = re.split(r"[\s-]+", m.group(0)), [], 0, False
        while i < len(words):
            for size in range(len(words) - i, 0, -1):  # the longest year from here
                y = _year_value([w.lower() for w in words[i:i + size]], lang)
                if y is not None:
                    out.append(str(y))
                    i, found = i + size, True
                    break
            else:
                out.append(words[i])
                i += 1
        return " ".join(out) if found else m.group(0)
    return _WORDS.sub(one_run, span) if lang in ("it", "en") else span


def resolve_date(span: str, lang: str, ref: str | None,
                 tense: str | None = None) -> DateMention | None:
    """Resolve a span already known to be one date ("the 27th", "Oct2", "dopodomani")."""
    found = _scan(digit_years(span, lang), lang, ref, tense, strict=False)
    return max(found, key=lambda d: d.end - d.start) if found else None
