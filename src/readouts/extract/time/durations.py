"""How long a contact lasted: "durato quasi due ore", "hour-long call", "около двух часов".

A span of time counts only when the text ties it to the talk: a verb of lasting before it
("lasted", "è durato", "продолжался", "持续"), or a compound adjective on a contact noun
("a two-hour conversation", "двухчасовой разговор", "两个小时的会谈"). Elapsed time
("two hours ago", "due ore fa", "两小时前") and other spans ("a 30-day ceasefire", "for
three consecutive years") are not. Words come from ``durations`` in ``lang/<iso>/dates.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from readouts import lang as langdata
from readouts.extract.figures.numbers import locale, normalize, parse_number, parse_zh
from readouts.extract.time.dayparts import clock_times
from readouts.text.alternation import alternation
from readouts.text.alternation import word_alternation as _alt
from readouts.text.regex_trie import trie_regex
from readouts.text.word_gate import GatedPattern

_RANGE_MARK = re.compile(r"\s*[-–—~～至到]\s*")  # between a start and an end time
_DIGIT = re.compile(r"\d")
_HYPHEN_ON = re.compile(r"-[^\W\d]")  # the span goes on as a compound: "two hour-long"


@dataclass(frozen=True)
class DurationMention:
    start: int
    end: int
    text: str
    minutes: int
    at_least: bool = False  # "more than two hours", "两个多小时": a bound, not the length


@dataclass(frozen=True)
class _Rules:
    lang: str
    units: dict[str, float]  # minutes per unit word
    contact_units: frozenset[str]
    numbers: dict[str, float]
    seq: re.Pattern[str]
    item: re.Pattern[str]
    whole: dict[str, float]
    whole_re: re.Pattern[str] | None
    compounds: tuple[tuple[GatedPattern, float], ...]  # tried on every sentence: gated
    fractions: dict[str, float]  # "e mezza", "and a quarter": a part of the unit before
    lasted: re.Pattern[str] | None
    tied_before: re.Pattern[str] | None  # "ended after", "spoke for" right before the span
    tied_after: re.Pattern[str] | None  # a start time right after: "for 10 minutes from 8:10"
    contact_after: re.Pattern[str] | None
    contact_of: re.Pattern[str] | None  # "un'ora di colloquio", "an hour of talks"
    nouns: re.Pattern[str] | None  # the talk's own nouns: "call", "colloquio", "разговор"
    talk: re.Pattern[str] | None  # its nouns and verbs: "общался с", "si sono sentiti"
    ended_at: re.Pattern[str] | None  # an end word between or after two times: "结束", "ended"
    approx: re.Pattern[str] | None  # "circa", "about" at the end of the words before
    more_than: re.Pattern[str] | None  # "oltre", "more than" right before: a lower bound
    more_in: re.Pattern[str] | None  # "多", "余" inside the span: a lower bound
    less_than: re.Pattern[str] | None  # "less than", "不到" right before: no length said
    forecast: re.Pattern[str] | None  # "should last about", "预计持续" right before: no length
    elapsed_after: re.Pattern[str] | None
    elapsed_before: re.Pattern[str] | None
    part_before: re.Pattern[str] | None  # "i primi dieci minuti": a part of the talk


@cache
def _rules(lang: str) -> _Rules:
    data = langdata.load(lang, "dates").get("durations") or {}
    units = {str(k).lower(): float(v) for k, v in (data.get("units") or {}).items()}
    numbers = {str(k).lower(): float(v) for k, v in (data.get("numbers") or {}).items()}
    for w in data.get("one") or []:
        numbers[str(w).lower()] = 1.0
    loc = locale(lang)
    morphemes = [w for w, (k, _) in loc.words.items() if k in ("num", "frac") and " " not in w]
    if lang == "zh":
        num = r"\d+(?:\.\d+)?|[〇零一二两三四五六七八九十百]+"
    else:
        word = rf"(?:{trie_regex(w for w in morphemes + list(numbers) if w)})+"
        conn = _alt(sorted(loc.connectors) + ["-"])
        num = rf"\d+(?:[.,]\d+)?|{word}(?:[\s-]+(?:(?:{conn})[\s-]+)?{word})*"  # "one-and-a-half"
    # a mark read as a unit only right after a digit ("90'", never the elided "un'")
    marks = {str(k).lower(): float(v) for k, v in (data.get("digit_marks") or {}).items()}
    unit = trie_regex(w for w in units if w)
    if marks:
        unit = rf"{unit}|(?<=\d){trie_regex(marks)}"
        units |= marks
    fractions = {re.sub(r"\s+", " ", str(h).lower()): 0.5 for h in data.get("half") or []}
    fractions |= {re.sub(r"\s+", " ", str(k).lower()): float(v)
                  for k, v in (data.get("fractions") or {}).items()}
    half = trie_regex(w for w in fractions if w)
    more = _alt([str(h) for h in data.get("more") or []])
    bound = "" if lang == "zh" else r"(?<!\w)"
    tail = "" if lang == "zh" else r"(?!\w)"
    item = (rf"{bound}(?P<num>{num})\s*-?\s*(?:个|個)?(?P<more>{more or '(?!)'})?"
            rf"(?P<half1>半)?(?P<unit>{unit}){tail}(?P<half>\s*(?:{half or '(?!)'}){tail})?")
    joiners = _alt([str(j) for j in data.get("joiners") or []] + ["又", "零", "余"])
    plain = re.sub(r"\?P<\w+>", "", item)
    seq = rf"(?:{plain})(?:\s*(?:(?:{joiners})\s*)?(?:{plain}))*"
    whole = {str(k).lower(): float(v) for k, v in (data.get("whole") or {}).items()}
    compounds = tuple((GatedPattern(re.compile(str(p), re.IGNORECASE)), float(v))
                      for p, v in (data.get("compounds") or {}).items())
    nouns = _alt([str(n) for n in data.get("contact_nouns") or []])
    talk = _alt([str(n) for key in ("contact_nouns", "talk_verbs") for n in data.get(key) or []])
    contact_after = re.compile(rf"\s*(?:\S+\s+){{0,2}}?(?:{nouns})" if lang != "zh" else
                               rf"\s*(?:的)?(?:{nouns})", re.IGNORECASE) if nouns else None
    of = _alt([str(w) for w in data.get("contact_of") or []])
    contact_of = re.compile(rf"\s*(?:(?:{of})\s+)?(?:{nouns})(?!\w)", re.IGNORECASE) \
        if nouns and "contact_of" in data and lang != "zh" else None
    approx = _alt([str(w) for w in data.get("approx") or []])
    return _Rules(
        lang=lang, units=units, numbers=numbers,
        contact_units=frozenset(str(u).lower() for u in data.get("contact_units") or []),
        seq=re.compile(seq, re.IGNORECASE),
        item=re.compile(item, re.IGNORECASE),
        whole=whole,
        whole_re=re.compile(rf"{bound}(?:{_alt(list(whole))}){tail}", re.IGNORECASE)
        if whole else None,
        compounds=compounds,
        fractions=fractions,
        lasted=alternation([str(p) for p in data.get("lasted") or []]),
        tied_before=alternation([rf"(?:{p})\s*$" for p in data.get("tied_before") or []]),
        tied_after=alternation([rf"^\s*(?:{p})" for p in data.get("tied_after") or []]),
        contact_after=contact_after,
        contact_of=contact_of,
        nouns=re.compile(rf"{bound}(?:{nouns}){tail}", re.IGNORECASE) if nouns else None,
        talk=re.compile(rf"{bound}(?:{talk}){tail}", re.IGNORECASE) if talk else None,
        ended_at=alternation([str(p) for p in data.get("ended_at") or []]),
        approx=re.compile(rf"(?:{approx})\s*$", re.IGNORECASE) if approx else None,
        more_than=re.compile(rf"(?<!\w)(?:{_alt([str(w) for w in data['more_than']])})\s*$",
                             re.IGNORECASE) if data.get("more_than") else None,
        more_in=re.compile(more) if more else None,
        less_than=alternation([rf"(?:{p})\s*$" for p in data.get("less_than") or []]),
        forecast=alternation([rf"(?:{p})\s*(?:(?:{approx})\s*)?$"
                              for p in data.get("forecast") or []]) if approx else
        alternation([rf"(?:{p})\s*$" for p in data.get("forecast") or []]),
        elapsed_after=alternation([rf"^\s*(?:{p})" for p in data.get("elapsed_after") or []]),
        elapsed_before=alternation([str(p) for p in data.get("elapsed_before") or []]),
        part_before=alternation([str(p) for p in data.get("part_before") or []]),
    )


def _number(text: str, r: _Rules) -> float | None:
    t = re.sub(r"\s+", " ", text.strip().lower())
    if t in r.numbers:
        return r.numbers[t]
    if r.lang == "zh":
        return float(t) if re.fullmatch(r"\d+(?:\.\d+)?", t) else parse_zh(t)
    if re.fullmatch(r"\d+(?:[.,]\d+)?", t):
        return float(t.replace(",", "."))
    value = parse_number(t, r.lang)
    head, _, rest = t.partition(" ")
    if value is None and rest and r.numbers.get(head) == 1.0:
        return _number(rest, r)  # "a two hour-long call": the article is no count
    return value


def _seq_minutes(text: str, r: _Rules) -> tuple[float, set[str]] | None:
    """Minutes of "2 ore e 5 minuti". Where the units stop getting smaller a new group
    starts: groups of one size are one span said twice ("90 minuti, un'ora e mezza"),
    others add up ("2 days 1 month")."""
    groups: list[float] = []
    seen: set[str] = set()
    last = None
    for m in r.item.finditer(text):
        n = _number(m["num"], r)
        if n is None:
            return None
        unit = re.sub(r"\s+", " ", m["unit"].lower())
        if m["half1"]:
            n += 0.5
        if m["half"]:
            n += r.fractions.get(re.sub(r"\s+", " ", m["half"].strip().lower()), 0.5)
        if last is None or r.units[unit] >= last:
            groups.append(0.0)
        groups[-1] += n * r.units[unit]
        seen.add(unit)
        last = r.units[unit]
    if not seen:
        return None
    if all(abs(g - groups[0]) <= 0.05 * groups[0] for g in groups):
        return groups[0], seen
    return sum(groups), seen


def parse_duration(span: str, lang: str) -> float | None:
    """Seconds in a span known to be a duration ("an hour and a half", "3天", "двух часов")."""
    r = _rules(lang)
    text = normalize(span)
    m = r.seq.search(text)
    if m:
        got = _seq_minutes(m.group(0), r)
        if got:
            return got[0] * 60
    if r.whole_re and (w := r.whole_re.search(text)):
        return r.whole[re.sub(r"\s+", " ", w.group(0).lower())] * 60
    for pattern, minutes in r.compounds:
        if pattern.search(text):
            return minutes * 60
    return None


_TIED_REACH = 120  # characters before a span where the cue that ties it may start


def _tied(text: str, start: int, end: int, r: _Rules, compound: bool) -> bool:
    """Whether the span at start..end says how long the talk lasted.

    The talk named right after the span ("un'ora di colloquio", "两个小时的会谈") or an end
    right before it ("terminato dopo") ties it even after words that otherwise mean elapsed
    time ("dopo", "近"); "fa", "ago" after it never do, nor "the first" before it (a part
    of the talk: "dopo i primi dieci minuti di colloquio").
    """
    after, before = text[end:end + 60], text[max(0, start - 60):start]
    # a start time's cue may stand further back, past a note on the clock ("commencing at
    # 10:40 a.m. (local time; 3:40 a.m. on November 18 JST) for approximately 25 minutes")
    wide = text[max(0, start - _TIED_REACH):start]
    if r.elapsed_after and r.elapsed_after.search(after) \
            or r.part_before and r.part_before.search(before[-25:]):
        return False
    approx = r.approx.search(before) if r.approx else None
    if approx:  # "per circa", "after about": the cue comes before the approximation
        wide = wide[:len(wide) - (len(before) - approx.start())]
        before = before[:approx.start()]
    if r.tied_before and r.tied_before.search(wide) or r.tied_after and r.tied_after.search(
            after):
        return True
    if (compound or r.lang == "zh") and r.contact_after and r.contact_after.match(after):
        return True
    if r.contact_of and r.contact_of.match(after):
        return True
    if r.elapsed_before and r.elapsed_before.search(before[-25:]):
        return False
    return bool(r.lasted and r.lasted.search(before))


_ROUNDED = 0.25  # a round span and clock times this close tell one length: the clock's is exact


def find_duration(sentence: str, lang: str) -> DurationMention | None:
    """How long the contact lasted, when the sentence ties a span of time to the talk; a
    round span restated by its clock times ("è durato un'ora, dalle 11.14 alle 12.12", "an
    hour, from 10:07 to 11:05") is the clock's, exact."""
    if lang not in ("it", "en", "ru", "zh"):
        return None
    r = _rules(lang)
    text = normalize(sentence)
    found = _stated_duration(sentence, text, r)
    if found is None or found.minutes <= 0:
        return found
    exact = _start_to_end(sentence, text, r)
    if exact is not None and exact.start != found.start \
            and abs(exact.minutes - found.minutes) <= found.minutes * _ROUNDED:
        return exact
    return found


_CLOCK_BEFORE = re.compile(r"\d\s?[:.]\s?$")  # "14:25:02hrs": a page's clock time, to the second
_CLOCK_HOURS = re.compile(r"^(?:[01]\d|2[0-3])[0-5]\d\s*\D")  # "at 1930 hrs": a clock's hour


def _clock_hours(text: str, m: re.Match[str]) -> bool:
    """Is the span a clock time written with an hours word ("Last Updated: Fri, Oct 8th,
    2021, 14:25:02hrs", "at 1930 hrs IST")? A time of day, never how long a talk lasted."""
    return _CLOCK_BEFORE.search(text, max(0, m.start() - 3), m.start()) is not None \
        or _CLOCK_HOURS.match(m.group(0)) is not None


def _under(text: str, start: int, r: _Rules) -> bool:
    """Is the span an upper bound alone ("less than an hour", "不到一个小时"), or a length
    foreseen ("dovrebbe durare circa due ore", "is expected to last two hours", "预计持续两
    小时")? Neither says how long the talk lasted."""
    return bool(r.less_than and r.less_than.search(text, max(0, start - 25), start)) \
        or bool(r.forecast and r.forecast.search(text, max(0, start - 50), start))


def _stated_duration(sentence: str, text: str, r: _Rules) -> DurationMention | None:
    """The first span of time the sentence ties to the talk, else its start and end times."""
    for m in r.seq.finditer(text):
        got = _seq_minutes(m.group(0), r)
        if not got or not got[1] <= r.contact_units or _clock_hours(text, m):
            continue
        # "a 25-minute call", "a two hour-long conversation": the span qualifies a noun
        compound = bool(re.search(r"\d\s*-\s*\w+$|-\w+$", m.group(0))) or r.lang == "zh" \
            or _HYPHEN_ON.match(text, m.end()) is not None
        if _under(text, m.start(), r):
            continue  # "less than an hour", "不到一个小时": a bound, not how long it lasted
        if _tied(text, m.start(), m.end(), r, compound):
            bound = bool(r.more_than and r.more_than.search(text, max(0, m.start() - 25),
                                                            m.start())) \
                or bool(r.more_in and r.more_in.search(m.group(0)))
            return DurationMention(m.start(), m.end(), sentence[m.start():m.end()],
                                   round(got[0]), bound)
    for pattern, minutes in r.compounds:
        for m in pattern.finditer(text):
            if _tied(text, m.start(), m.end(), r, True) and not _under(text, m.start(), r):
                return DurationMention(m.start(), m.end(), sentence[m.start():m.end()],
                                       round(minutes))
    return _start_to_end(sentence, text, r)


def _start_to_end(sentence: str, text: str, r: _Rules) -> DurationMention | None:
    """A talk's start and end times: "8:33–10:50", "began at 8:33 ... ended at 10:50"."""
    if r.nouns is None or not _DIGIT.search(text) or not r.nouns.search(text):
        return None
    times = clock_times(text, r.lang)
    for (s1, e1, t1), (s2, e2, t2) in zip(times, times[1:], strict=False):
        dash = _RANGE_MARK.fullmatch(text, e1, s2) is not None
        ended = r.ended_at is not None and r.ended_at.search(text, e1, e2 + 12) is not None
        if not (dash or ended):
            continue
        minutes = (t2 - t1) % 1440
        minutes = minutes - 720 if minutes > 720 else minutes  # a 12-hour clock
        if 0 < minutes <= 600:
            return DurationMention(s1, e2, sentence[s1:e2], minutes)
    return None


def names_the_talk(sentence: str, lang: str) -> bool:
    """Does the sentence name a talk ("the call", "il colloquio", "通话", "Трамп общался с
    Путиным")? Its times and lengths may then be the talk's."""
    if lang not in ("it", "en", "ru", "zh"):
        return False
    talk = _rules(lang).talk
    return bool(talk and talk.search(normalize(sentence)))


def talk_spans(sentence: str, lang: str) -> list[tuple[int, int]]:
    """Where the sentence names a talk, as (start, end): a date or a time far from all of
    them is of something else ("during his visit yesterday ..., he said the calls last")."""
    if lang not in ("it", "en", "ru", "zh"):
        return []
    talk = _rules(lang).talk
    return [(m.start(), m.end()) for m in talk.finditer(normalize(sentence))] if talk else []
