"""Dates in a sentence, resolved against the document date, with the tense deciding the year.

One language-neutral grammar reads ``lang/<iso>/dates.yaml`` (month and weekday names,
relative words, ordinals, cue words before bare years and months) and builds its regexes
once per language. Two modes share it: ``find_dates`` reads running text strictly (no bare
day numbers, no "the second", English months only capitalised), ``resolve_date`` reads a
span already known to be a date and accepts the loose forms too ("the 27th", "Oct2").

The grammar (``date_grammar``) and the builders that resolve its matches (``date_resolve``)
are lower siblings; durations, parts of day and tense too, and are re-exported here.
Periods (``periods``) and the date of an undated document (``published``) build on this
module, one way: it imports neither.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from readouts import lang as langdata
from readouts.extract.figures.numbers import normalize, parse_number
from readouts.extract.time.date_context import Ctx, day_of, group, valid, zh_int
from readouts.extract.time.date_grammar import ZH_DAY, Rule, alt, lexicon, rules
from readouts.extract.time.date_resolve import BUILDERS, WHOLE
from readouts.extract.time.dayparts import daypart_near, find_part_of_day
from readouts.extract.time.durations import DurationMention, find_duration, parse_duration
from readouts.extract.time.tense import sentence_tense
from readouts.text.word_gate import GatedPattern

__all__ = [
    "DateMention", "DurationMention", "find_dates", "find_duration", "find_part_of_day",
    "parse_duration", "resolve_date", "sentence_tense", "starts_a_gap", "weekday_dates",
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


def _parse_ref(ref: str | None) -> date | None:
    if not ref:
        return None
    try:
        if len(ref) == 7:  # a document dated to the month was written by its end: a day of
            # that month it tells of in the past is in that month, not a year before
            first = date.fromisoformat(f"{ref}-01")
            return (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        return date.fromisoformat(ref[:10])
    except ValueError:
        return None


def _scan(sentence: str, lang: str, ref: str | None, tense: str | None,
          strict: bool) -> list[DateMention]:
    if lang not in ("it", "en", "ru", "zh"):
        return []
    text = normalize(sentence)
    ctx = Ctx(lexicon(lang), _parse_ref(ref), tense, text, strict,
              month_only=ref is not None and len(ref) == 7)
    spans: list[tuple[int, int, int, re.Match[str], Rule]] = []
    gates: dict[re.Pattern[str] | GatedPattern, bool] = {}
    for order, rule in enumerate(rules(lang, strict)):
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
        res = BUILDERS[rule.kind](m, ctx)
        if res is None:
            if rule.kind in WHOLE and ctx.ref is not None:
                taken.append((start, end))  # "Feb 30" is no date: not "30" alone either
            continue
        value, precision, relative, part = res
        taken.append((start, end))
        if relative and precision == "day" and ref is not None and len(ref) < 10 \
                and not any(c.isdigit() for c in m.group(0)):
            continue  # "oggi" in a page dated to the month: which day is unknown
        if text[end - 1] == "." and re.search(r"[^\W\d]{5,}\.$", text[start:end]):
            end -= 1  # a sentence's full stop after a full month name
        if part is None:
            part = daypart_near(sentence, start, end, lang)
        out.append(DateMention(start, end, sentence[start:end].strip(), value, precision,
                               part, relative))
    out.sort(key=lambda d: d.start)
    return _glossed(out, text, sentence)


_GLOSS_OPEN = re.compile(r"\s*[\[(（]\s*")
_GLOSS_CLOSE = re.compile(r"\s*[\])）]")


def _glossed(found: list[DateMention], text: str, sentence: str) -> list[DateMention]:
    """A relative day with its calendar day in brackets right after ("last night [18 May
    2025]", "ieri sera (18 maggio)", "昨晚（5月18日）") is one date: the bracket's day, which the
    writer gave because the page's own day may not be the reader's, with the relative words'
    part of day."""
    out: list[DateMention] = []
    i = 0
    while i < len(found):
        rel, nxt = found[i], found[i + 1] if i + 1 < len(found) else None
        if nxt is not None and rel.relative and rel.precision == "day" == nxt.precision \
                and any(c.isdigit() for c in nxt.text) \
                and not any(c.isdigit() for c in rel.text) \
                and _GLOSS_OPEN.fullmatch(text, rel.end, nxt.start) is not None \
                and (close := _GLOSS_CLOSE.match(text, nxt.end)) is not None:
            out.append(replace(nxt, start=rel.start, end=close.end(),
                               text=sentence[rel.start:close.end()].strip(),
                               part_of_day=rel.part_of_day or nxt.part_of_day))
            i += 2
            continue
        out.append(rel)
        i += 1
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
    lex, norm, out = lexicon(lang), normalize(text), []
    for pattern in _weekday_patterns(lang):
        for m in pattern.finditer(norm):
            if not (group(m, "wd") and group(m, "mon") and (group(m, "d") or group(m, "dw"))):
                continue
            if group(m, "y"):
                continue
            mo = (zh_int(m["mon"]) if lang == "zh"
                  else lex.months.get(re.sub(r"\s+", " ", m["mon"].lower()).rstrip(".")))
            d = day_of(m, lex)
            wday = lex.weekdays.get(m["wd"].lower())
            if mo is None or d is None or wday is None:
                continue
            years = tuple(y for y in range(latest, latest - back, -1)
                          if valid(y, mo, d) and date(y, mo, d).weekday() == wday)
            if years:
                out.append(WeekdayDate(text[m.start():m.end()].strip(), mo, d, years))
    return out


@cache
def _weekday_patterns(lang: str) -> tuple[GatedPattern, ...]:
    """The running-text rules that can hold a weekday; Chinese writes it after the date."""
    if lang != "zh":
        return tuple(r.pattern for r in rules(lang, True) if r.kind in ("dmy", "mdy", "wd"))
    wd = alt(list(lexicon(lang).weekdays))
    return (GatedPattern(re.compile(
        rf"(?<!\d)(?P<mon>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月"
        rf"(?P<d>{ZH_DAY})"
        rf"[日号]\s*[（(]?\s*(?P<wd>{wd})")),)


@cache
def _since(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """"since" before a date (or opening its span: the grammar takes "since May" whole), and
    the words after one ("以来") that make it a gap's start."""
    data = langdata.load(lang, "dates")
    before, after = data.get("since") or [], data.get("since_after") or []
    return (re.compile(rf"(?<!\w)(?:{alt(before)})\s", re.IGNORECASE) if before else None,
            re.compile(rf"\s*(?:{alt(after)})") if after else None)


@cache
def _range_head(lang: str) -> re.Pattern[str] | None:
    """A date opening on a range of days ("12 по 14 октября", "28 al 30 novembre")."""
    words = langdata.load(lang, "dates").get("day_range") or []
    return re.compile(rf"\d{{1,2}}\s*(?:[-\u2013\u2014]|(?:{alt(words)})\s)") if words else None


def starts_a_gap(sentence: str, mention: DateMention, lang: str) -> bool:
    """A date right after "since" ("their first call since November", "впервые с сентября")
    is where a gap starts: the day of no contact; not a range of days it opens ("с 12 по 14
    октября")."""
    before, after = _since(lang)
    if after is not None and after.match(sentence, mention.end):
        return True
    if before is None or (head := _range_head(lang)) is not None and head.match(mention.text):
        return False
    return before.match(sentence, mention.start) is not None or any(
        not sentence[m.end():mention.start].strip()
        for m in before.finditer(sentence, max(0, mention.start - 20), mention.start + 1))


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

