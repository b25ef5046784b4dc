"""Part of the day a contact took place in: morning, afternoon, evening or night.

Words come from ``parts_of_day`` in ``lang/<iso>/dates.yaml`` ("in serata", "下午",
"вечером", "this evening"); greetings such as "good morning" are excluded there. Clock
times ("attorno alle 16", "10.07am ET", "в 17:00 мск") come from ``clock`` there, read by
their hour as written; a time in the place's own zone ("ora locale") wins over another's,
and one written in another zone is read in the place's where the caller knows it.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from functools import cache
from zoneinfo import ZoneInfo

from readouts import lang as langdata
from readouts.text.alternation import alternation

_PARTS = ("morning", "afternoon", "evening", "night")
_BEFORE = 30  # how far before a date its part of day may be written ("утром 7 мая")
_LOOKAHEAD = 40  # room for a part-of-day pattern's lookahead past the date's start


@cache
def _rules(lang: str) -> tuple[re.Pattern[str] | None, tuple[str, ...], re.Pattern[str]]:
    data = langdata.load(lang, "dates")
    groups, names = [], []
    for part in _PARTS:
        pats = (data.get("parts_of_day") or {}).get(part) or []
        if pats:
            groups.append("(" + "|".join(f"(?:{p})" for p in pats) + ")")
            names.append(part)
    # one word boundary before every part, not one per pattern: five times faster to scan
    src = "|".join(groups)
    src = rf"(?<!\w)(?:{src})(?!\w)" if lang != "zh" else src
    pattern = re.compile(src, re.IGNORECASE) if groups else None
    glue = sorted(data.get("daypart_glue") or [], key=len, reverse=True)
    glue_src = "|".join(re.escape(g) for g in glue)
    gap = re.compile(rf"[\s,]*(?:(?:{glue_src})\b[\s,]*)*" if glue_src else r"[\s,]*",
                     re.IGNORECASE)
    return pattern, tuple(names), gap


@cache
def _clock(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None,
                               re.Pattern[str] | None]:
    """Clock times (groups renamed per pattern), the place's own zone, a universal zone."""
    data = langdata.load(lang, "dates").get("clock") or {}
    times = [re.sub(r"\(\?P<(\w+)>", rf"(?P<\1_{i}>", str(p))
             for i, p in enumerate([*(data.get("times") or []), *(data.get("words") or [])])]
    return (alternation(times), alternation([str(p) for p in data.get("local") or []]),
            alternation([str(p) for p in data.get("universal") or []]))


def _hour_part(hour: int) -> str:
    """5-11 morning, 12-17 afternoon, 18-21 evening, 22-4 night."""
    if 5 <= hour <= 11:
        return "morning"
    if 12 <= hour <= 17:
        return "afternoon"
    return "evening" if 18 <= hour <= 21 else "night"


def clock_times(sentence: str, lang: str) -> list[tuple[int, int, int]]:
    """Every clock time of the sentence as (start, end, minutes after midnight), read as
    written (an "8时33分" in an evening stays 8:33: only differences are asked of it)."""
    times = _clock(lang)[0]
    out = []
    for m in times.finditer(sentence) if times is not None else ():
        found = {k.split("_")[0]: v for k, v in m.groupdict().items() if v}
        hour = _hour_of(found["h"], lang)
        if found.get("ampm"):
            hour = hour % 12 + (12 if found["ampm"].lower().startswith("p") else 0)
        minutes = int(found.get("m") or found.get("m2") or 0) + _fraction(found.get("frac"), lang)
        out.append((m.start(), m.end(), hour * 60 + minutes))
    return out


@cache
def _words(lang: str) -> tuple[dict[str, int], dict[str, int]]:
    """An hour and a fraction of one written in words ("verso le nove", "alle dieci e
    mezza", "в девять часов"): the data's hour_words and hour_fractions."""
    data = langdata.load(lang, "dates").get("clock") or {}
    return ({str(k).lower(): int(v) for k, v in (data.get("hour_words") or {}).items()},
            {str(k).lower(): int(v) for k, v in (data.get("hour_fractions") or {}).items()})


def _hour_of(written: str, lang: str) -> int:
    return int(written) if written.isdigit() else _words(lang)[0][written.lower()]


def _fraction(written: str | None, lang: str) -> int:
    return _words(lang)[1].get(" ".join(written.lower().split()), 0) if written else 0


@cache
def _zones(lang: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    data = (langdata.load(lang, "dates").get("clock") or {}).get("zones") or {}
    return tuple((str(zone), pattern) for zone, pats in data.items()
                 if (pattern := alternation([str(p) for p in pats or []])) is not None)


def _written_zone(sentence: str, end: int, lang: str) -> str | None:
    """The zone written right after a clock time ("ora di Mosca", "ET", "мск"), if any."""
    return next((zone for zone, pattern in _zones(lang) if pattern.match(sentence, end)), None)


def _in_zone(minutes: int, source: str, target: str, day: date) -> int:
    """A clock time of ``source`` on ``day`` as ``target`` reads it, in minutes."""
    written = datetime.combine(day, time(minutes // 60, minutes % 60), ZoneInfo(source))
    there = written.astimezone(ZoneInfo(target))
    return there.hour * 60 + there.minute


def clock_spans(sentence: str, lang: str, zone: str | None = None,
                day: date | None = None) -> list[tuple[int, int, str]]:
    """The parts of day of the sentence's clock times as (start, end, part), in the place's
    own zone: where ``zone`` (the place's) is known, a time written in another ("alle 22:30
    ora di Mosca" for Alaska) is read there; else only those in the place's own zone where
    it gives several ("16:30 ora locale"), and a universal or the reader's own time ("16:04
    GMT", "ora italiana") places nobody's day."""
    _, local, universal = _clock(lang)
    found, own = [], []
    times = clock_times(sentence, lang)
    torn = _torn(sentence, times)
    for start, end, minutes in times:
        if (start, end) in torn and not zone:
            continue
        written = _written_zone(sentence, end, lang) if zone else None
        if written:
            if written != zone:
                minutes = _in_zone(minutes, written, zone, day or date.today())
            own.append((start, end, _hour_part(minutes // 60)))
            continue
        if universal is not None and universal.match(sentence, end):
            continue
        span = (start, end, _hour_part(minutes // 60))
        found.append(span)
        if local is not None and local.match(sentence, end):
            own.append(span)
    return own or found


# "11.30 pm IST (1 pm Washington time)", "北京时间23时30分（华盛顿时间10时30分）"
_RESTATED = re.compile(r"(?:[^\W\d]+\s*){0,3}[(（]\s*(?:[^\W\d]+\s*){0,3}\Z")


def _torn(sentence: str, times: list[tuple[int, int, int]]) -> set[tuple[int, int]]:
    """The clock times restated in brackets in another zone ("at 11.30 pm IST (1 pm
    Washington time)") where the two fall in different parts of the day: a call between
    the two places has no one part of day."""
    torn: set[tuple[int, int]] = set()
    for (s1, e1, m1), (s2, e2, m2) in zip(times, times[1:], strict=False):
        if _RESTATED.match(sentence[e1:s2].strip()) and \
                _hour_part(m1 // 60) != _hour_part(m2 // 60):
            torn |= {(s1, e1), (s2, e2)}
    return torn


def _torn_words(sentence: str, words: list[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    """The parts of day told in words and restated in brackets in another place's
    ("美国时间周一晚（大马时间周二早）", "Monday evening (Tuesday morning in Beijing)"): as
    with clock times, a contact between the two places has no one part of day."""
    torn: set[tuple[int, int, str]] = set()
    for one, two in zip(words, words[1:], strict=False):
        if one[2] != two[2] and _RESTATED.match(sentence[one[1]:two[0]].strip()):
            torn |= {one, two}
    return torn


def clock_part(sentence: str, lang: str) -> str | None:
    """The part of day of the sentence's first clock time, its first in the place's zone
    where it gives several."""
    spans = clock_spans(sentence, lang)
    return spans[0][2] if spans else None


def part_spans(sentence: str, lang: str, zone: str | None = None,
               day: date | None = None) -> list[tuple[int, int, str]]:
    """Every part of day the sentence says, as (start, end, part): the words in text order,
    then the clock times (in the place's ``zone`` where known); the caller decides which
    belongs to the contact."""
    pattern, names, _ = _rules(lang)
    words = [(m.start(), m.end(), _part(m, names))
             for m in (pattern.finditer(sentence) if pattern is not None else ())]
    if words and ("(" in sentence or "（" in sentence):
        other = _other_clock(sentence, lang)
        words = [w for w in words if not any(a <= w[0] and w[1] <= b for a, b in other)]
        torn = _torn_words(sentence, words)
        words = [w for w in words if w not in torn]
    return words + clock_spans(sentence, lang, zone, day)


_OPENING = re.compile(r"\s*[(（]")
_CLOSING = re.compile(r"[)）]")


def _other_clock(sentence: str, lang: str) -> list[tuple[int, int]]:
    """The brackets right after a clock time in the place's own zone ("intorno alle 9
    dell'ora locale (quando in Italia erano le tre di notte)", "at 9 am local time (3 am in
    Rome, in the middle of the night)"): they restate the time on another clock, whose part
    of day is not the place's."""
    local = _clock(lang)[1]
    out = []
    for _, end, _ in clock_times(sentence, lang) if local is not None else ():
        zone = local.match(sentence, end)
        opened = _OPENING.match(sentence, zone.end()) if zone else None
        if opened:
            closed = _CLOSING.search(sentence, opened.end())
            out.append((opened.start(), closed.end() if closed else len(sentence)))
    return out


def _part(m: re.Match[str], names: tuple[str, ...]) -> str:
    return names[(m.lastindex or 1) - 1]


def find_part_of_day(sentence: str, lang: str) -> str | None:
    """The first part of day the sentence names, or None."""
    pattern, names, _ = _rules(lang)
    if pattern is None:
        return None
    m = pattern.search(sentence)
    return _part(m, names) if m else None


def daypart_near(sentence: str, start: int, end: int, lang: str) -> str | None:
    """A part of day written right before or after a date ("Tuesday evening", "утром 7 мая")."""
    pattern, names, gap = _rules(lang)
    if pattern is None:
        return None
    after = gap.match(sentence, end)
    if after:
        m = pattern.match(sentence, after.end())
        if m:
            return _kept(sentence, m, names)
    window = max(0, start - _BEFORE)
    # up to a little past the date, not the text's end: "late(?= on)" looks past it
    for m in pattern.finditer(sentence, window, start + _LOOKAHEAD):
        if m.end() > start:
            break
        if gap.fullmatch(sentence, m.end(), start):
            return _kept(sentence, m, names)
    return None


def _kept(sentence: str, m: re.Match[str], names: tuple[str, ...]) -> str | None:
    """The part of day of a date, unless restated in brackets as another part in another
    place's day ("周一晚（大马时间周二早）"): then the contact between the two has none."""
    part = _part(m, names)
    if "(" not in sentence and "（" not in sentence:
        return part
    words = [(w.start(), w.end(), _part(w, names)) for w in m.re.finditer(sentence)]
    return None if (m.start(), m.end(), part) in _torn_words(sentence, words) else part
