"""Time spans a figure covers, and a document's date inferred from what it says.

Period rules are regex templates in ``periods.rules`` of ``lang/<iso>/dates.yaml``, each
with a kind ("months", "first_months", "first_quarters", "quarter", "half", "year",
"consecutive", "past_years") and placeholders {M1} {M2} (months), {N} (a count), {ORD}
(an ordinal), {Y} (a year or a year word: "this year", "去年", "в прошлом году").
A span without a year ends no later than the document's month: "from January to November"
written in February is last year's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from readouts import lang as langdata
from readouts.extract.numbers import normalize, parse_number, parse_zh


@dataclass(frozen=True)
class PeriodMention:
    start: int
    end: int
    text: str
    period_start: str  # YYYY-MM-DD | YYYY-MM | YYYY
    period_end: str


def _alt(words: list[str]) -> str:
    uniq = sorted({str(w) for w in words if w}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in uniq)


@dataclass(frozen=True)
class _Rules:
    lang: str
    months: dict[str, int]
    year_words: dict[str, int]
    ordinals: dict[str, int]
    numbers: dict[str, int]
    rules: tuple[tuple[str, re.Pattern[str]], ...]
    gate: re.Pattern[str]  # words without which no rule can match: skips most sentences


@cache
def _rules(lang: str) -> _Rules:
    data = langdata.load(lang, "dates")
    pdata = data.get("periods") or {}
    months = {str(n).lower(): i + 1 for i, names in enumerate(data.get("months") or [])
              for n in names}
    year_words = {str(k).lower(): int(v) for k, v in (pdata.get("year_words") or {}).items()}
    ordinals = {str(k).lower(): int(v) for k, v in (data.get("ordinals") or {}).items()}
    ordinals |= {str(k).lower(): int(v) for k, v in (pdata.get("ordinals") or {}).items()}
    numbers = {str(k).lower(): int(v) for k, v in (pdata.get("numbers") or {}).items()}
    zh = lang == "zh"
    mon = r"1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九十]" if zh else _alt(list(months))
    ysfx = str(pdata.get("year_suffix") or "")
    year = (rf"(?:(?P<y>(?:19|20)\d\d)(?!\d)(?:{ysfx})?"
            rf"|(?P<yw>{_alt(list(year_words)) or '(?!)'}))")
    num = r"\d{1,2}|[一二两三四五六七八九十]+" if zh else r"\d{1,2}|[^\W\d_]+(?:[\s-][^\W\d_]+)?"
    ordn = rf"\d|{_alt(list(ordinals))}" + ("|[一二三四]" if zh else "")
    words = _alt(list(year_words)) or "(?!)"
    subs = {"{M1}": f"(?P<m1>{mon})", "{M2}": f"(?P<m2>{mon})", "{Y}": year,
            "{YW}": f"(?P<yw>{words})", "{N}": f"(?P<n>{num})", "{ORD}": f"(?P<ord>{ordn})"}
    out = []
    for kind, template in pdata.get("rules") or []:
        src = str(template)
        for key, val in subs.items():
            src = src.replace(key, val)
        if not zh:
            src = rf"(?<!\w)(?:{src})(?!\w)"
        out.append((str(kind), re.compile(src, re.IGNORECASE)))
    triggers = [str(t) for t in pdata.get("triggers") or []] + [r"\d"]
    if months:
        triggers.append(_alt(list(months)))
    if year_words:
        triggers.append(_alt(list(year_words)))
    gate = re.compile("|".join(f"(?:{t})" for t in triggers), re.IGNORECASE)
    return _Rules(lang, months, year_words, ordinals, numbers, tuple(out), gate)


def _count(text: str, r: _Rules) -> int | None:
    t = text.lower().strip()
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
    first, last = _months_of(kind, gd, r)
    if first is None or last is None or not 1 <= first <= last <= 12:
        return None
    if not named and ref and last > ref.month:
        y -= 1  # a span written without a year has ended by the document's date
    return f"{y:04d}-{first:02d}", f"{y:04d}-{last:02d}"


def _months_of(kind: str, gd: dict, r: _Rules) -> tuple[int | None, int | None]:
    if kind == "months":
        return _month(gd.get("m1") or "", r), _month(gd.get("m2") or "", r)
    n = _count(gd.get("n") or gd.get("ord") or "", r)
    if n is None:
        return None, None
    if kind == "first_months":
        return 1, n
    if kind == "first_quarters":
        return 1, 3 * n
    if kind == "quarter":
        return 3 * n - 2, 3 * n
    if kind == "half":
        return (1, 6) if n == 1 else (7, 12) if n == 2 else (None, None)
    if kind == "second_half":
        return 7, 12
    if kind == "first_half":
        return 1, 6
    return None, None


def find_periods(sentence: str, lang: str, ref: str | None) -> list[PeriodMention]:
    """Spans of time a figure may cover, as (start, end) dates; longest match wins."""
    if lang not in ("it", "en", "ru", "zh"):
        return []
    r = _rules(lang)
    text = normalize(sentence)
    if not r.gate.search(text):
        return []
    try:
        ref_date = date.fromisoformat(ref[:10]) if ref else None
    except ValueError:
        ref_date = None
    found = []
    for order, (kind, pattern) in enumerate(r.rules):
        for m in pattern.finditer(text):
            found.append((-(m.end() - m.start()), order, m, kind))
    found.sort(key=lambda f: (f[0], f[1]))
    taken: list[tuple[int, int]] = []
    out = []
    for _, _, m, kind in found:
        if any(m.start() < e and s < m.end() for s, e in taken):
            continue
        span = _span(kind, m, r, ref_date)
        if span:
            taken.append((m.start(), m.end()))
            out.append(PeriodMention(m.start(), m.end(), sentence[m.start():m.end()], *span))
    out.sort(key=lambda p: p.start)
    return out


# --------------------------------------------------------------------------- published

@cache
def _anniversaries() -> tuple[dict, ...]:
    return tuple(langdata.load("en", "anniversaries").get("events") or [])


@cache
def _anniversary_number(lang: str) -> re.Pattern[str] | None:
    pats = (langdata.load("en", "anniversaries").get("number") or {}).get(lang) or []
    return re.compile("|".join(f"(?:{p})" for p in pats), re.IGNORECASE) if pats else None


def _anniversary_year(text: str, lang: str) -> tuple[int, str] | None:
    """Year of an anniversary of a known event: '75th anniversary of ... relations' + 1949."""
    number = _anniversary_number(lang)
    if number is None:
        return None
    best = None
    for m in number.finditer(text):
        raw = next(g for g in m.groups() if g)
        n = int(raw) if raw.isdigit() else (parse_zh(raw) if lang == "zh"
                                            else parse_number(raw, lang))
        if not n:
            continue
        window = text[max(0, m.start() - 80):m.end() + 160]
        for event in _anniversaries():
            cues = (event.get("cues") or {}).get(lang) or []
            if any(re.search(c, window, re.IGNORECASE) for c in cues):
                year = int(event["year"]) + int(n)
                if best is None or year > best[0]:
                    best = (year, f"{m.group(0)} ({event['id']}, {event['year']})")
                break
    return best


_DATELINE_CHARS = 40  # a dateline's date opens the text: "MOSCOW, December 7 -", "12 March ..."


def infer_published(text: str, lang: str) -> tuple[str, str, str] | None:
    """(value, precision, evidence) for an undated document, from what its text says.

    A dateline near the top wins; else the latest full date outside future sentences, or
    the latest year named (or implied by an anniversary). A period such as "the first nine
    months of the year" moves the date to the month after it at the earliest.
    """
    from readouts.extract.dates import find_dates
    from readouts.extract.tense import tense_at

    first_line = text.lstrip()[:200].split("\n", 1)[0]
    for d in find_dates(first_line, lang, None):
        if d.precision == "day" and not d.relative and d.start < _DATELINE_CHARS:
            return d.value, "day", f"dateline: {d.text}"
    this_year = date.today().year
    full: tuple[str, str] | None = None
    year: tuple[int, str] | None = None
    for d in find_dates(text, lang, None):
        if d.relative or int(d.value[:4]) > this_year + 1:
            continue
        if tense_at(text, d.start, lang) == "future":
            continue
        if d.precision == "day" and (full is None or d.value > full[0]):
            full = (d.value, d.text)
        y = int(d.value[:4])
        if year is None or y > year[0]:
            year = (y, d.text)
    anniv = _anniversary_year(text, lang)
    if anniv and anniv[0] <= this_year + 1 and (year is None or anniv[0] > year[0]):
        year = (anniv[0], f"anniversary: {anniv[1]}")
    if year is None:
        return None
    if full and int(full[0][:4]) >= year[0]:
        return full[0], "day", f"date in text: {full[1]}"
    bound = _period_bound(text, lang, year[0])
    if bound:
        return f"{year[0]:04d}-{bound[0]:02d}", "month", f"{year[1]}; after {bound[1]}"
    return str(year[0]), "year", f"year: {year[1]}"


def _period_bound(text: str, lang: str, year: int) -> tuple[int, str] | None:
    """The earliest month a document can date from, given the periods of ``year`` it reports."""
    best = None
    for p in find_periods(text, lang, f"{year}-12-31"):
        if len(p.period_end) == 7 and p.period_end.startswith(str(year)):
            month = int(p.period_end[5:7]) + 1
            if month <= 12 and (best is None or month > best[0]):
                best = (month, p.text)
    return best
