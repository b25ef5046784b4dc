"""Which dates of a sentence can be its contact's: not another contact's, not a background
month far from the contact's words, not a day still to come of a contact held; and the
finest of them, next to the contact's cue."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cache, lru_cache

from readouts import lang as langdata
from readouts.extract.contacts.cue_spans import foreign, nearest
from readouts.extract.contacts.datelines import said_or_dateline
from readouts.extract.contacts.kinds import type_spans
from readouts.extract.contacts.since import in_since_clause
from readouts.extract.contacts.when_cues import (
    after_phrase,
    began_on,
    earlier_one_on,
    of_an_event,
    on_the_eve,
)
from readouts.extract.time.dates import DateMention, find_dates, starts_a_gap
from readouts.extract.time.periods import find_periods

_COARSE_REACH = 80  # a month or year this far from every cue of the contact is background


@lru_cache(maxsize=16)
def sentence_dates(text: str, lang: str, ref: str | None,
           tense: str | None = None) -> tuple[DateMention, ...]:
    """The dates of a sentence, each in the tense nearest it unless ``tense`` says: read once."""
    return tuple(find_dates(text, lang, ref, tense))


def _after(d: DateMention, ref: str | None) -> bool:
    """A day after the reference day: no date of a contact already held."""
    if ref is None or len(ref) < 10 or d.precision != "day":
        return False  # a document dated to the month or year says no day is after it
    limit = date.fromisoformat(ref[:10]) + timedelta(days=0 if d.relative else 1)
    return d.value > limit.isoformat()


def _spans_of_time(text: str, lang: str, ref: str | None, ahead: bool) -> list[DateMention]:
    """A sentence's spans of time within one month ("last month", "il mese scorso",
    "в прошлом месяце", "上个月", "next month"), as month dates. A span holding the page's
    own day ("this week", "this month") says no more than that day does of a contact held;
    of one announced ("will hold a call this week") it is the month, as the page's day is
    no day of a contact still ahead."""
    found = []
    dates = sentence_dates(text, lang, ref)
    for p in find_periods(text, lang, ref) if ref else ():
        first, last = p.period_start, p.period_end
        if p.endpoints or len(first) < 7 or first[:7] != last[:7] or any(
                d.start < p.end and p.start < d.end for d in dates):
            continue  # a range ("from 3 to 7 March"), or a date's own words ("17 settembre")
        day = (ref or "")[:10]
        if not ahead and ((first <= day <= last) if len(first) == 10
                          else first[:7] == day[:7]):
            continue
        found.append(DateMention(p.start, p.end, p.text, first[:7], "month", None, True))
    return found


def own_dates(text: str, lang: str, ref: str | None, kind: str, held: bool,
               tense: str | None = None, spans_of_time: bool = False
               ) -> tuple[list[DateMention], list[DateMention]]:
    """(the dates that can be the contact's, the days said or datelined) of a sentence:
    not another contact's ("si erano incontrati a fine ottobre" in a report of a call),
    not a background month or year far from the contact's words ("created a year ago"),
    not a day still to come for a contact held; the day before an event it came on the eve
    of ("alla vigilia dell'incontro di giovedì 15 maggio"). `spans_of_time`: read the
    sentence's spans of time ("last month") instead of its dates."""
    spans = type_spans(text, lang)
    own, said = [], []
    for d in _spans_of_time(text, lang, ref, not held and tense == "future") \
            if spans_of_time else sentence_dates(text, lang, ref, tense):
        if said_or_dateline(text, d, lang):
            said.append(d)
            continue
        if d.precision == "day" and on_the_eve(text, d.start, d.end, lang):
            eve = date.fromisoformat(d.value) - timedelta(days=1)
            own.append(replace(d, value=eve.isoformat(), part_of_day=None))
            continue
        if foreign(spans, d.start, d.end, kind) or starts_a_gap(text, d, lang) \
                or began_on(text, d.start, lang) or earlier_one_on(text, d.start, lang) \
                or in_since_clause(text, d.start, [s[:2] for s in spans], lang) \
                or of_an_event(text, d.start, d.end, lang):
            continue  # "since the pandemic began in 2020", "l'attacco missilistico del 1° ottobre"
        near = nearest(spans, d.start, d.end)
        if d.precision != "day" and near and near[0] > _COARSE_REACH:
            continue
        if near and d.end <= near[1][0] and _before_an_after(text, d, near[1][0], lang):
            continue
        if held and _after(d, ref):
            continue
        own.append(d)
    return own, said


def _before_an_after(text: str, d: DateMention, cue: int, lang: str) -> bool:
    """A date before "after the talks" ("è ripartito oggi per Nuova Delhi dopo degli
    incontri"): the day of what followed the contact, not the contact's."""
    start = after_phrase(text, cue, lang)
    return start is not None and d.end <= start


def pick_date(text: str, lang: str, dates: list[DateMention]) -> DateMention | None:
    """The finest date; among several, the one next to the contact's cue."""
    if not dates:
        return None
    order = {"day": 0, "month": 1, "year": 2}
    finest = min(order.get(d.precision, 3) for d in dates)
    best = [d for d in dates if order.get(d.precision, 3) == finest]
    spans = type_spans(text, lang)
    if len({d.value for d in best}) < 2 or not spans:
        return best[0]
    best.sort(key=lambda d: d.start)
    gaps = [nearest(spans, d.start, d.end)[0] for d in best]  # type: ignore[index]
    joined = _day_joined(lang)
    if joined is not None:  # a list of days stands as one: its first, at the list's gap
        for i in range(len(best) - 2, -1, -1):
            if joined.fullmatch(text, best[i].end, best[i + 1].start):
                gaps[i] = gaps[i + 1] = min(gaps[i], gaps[i + 1])
    return best[min(range(len(best)), key=lambda i: (gaps[i], best[i].start))]


# a day's part of day or a preposition around the joiner: "sera e il sabato"; in Chinese,
# with no spaces, only a part of day ("周五晚和周六晚")
_JOIN_REACH = {"zh": 3}
_JOIN_REACH_WORDS = 12


@cache
def _day_joined(lang: str) -> re.Pattern[str] | None:
    """What stands between two days told as one list ("venerdì sera e sabato sera", "周五晚
    和周六晚"): a joiner, with a part of day or an article around it, no clause's end."""
    words = langdata.load(lang, "dates").get("day_joiners") or []
    if not words:
        return None
    joiner = "|".join(re.escape(str(w)) for w in sorted(words, key=len, reverse=True))
    before, after = ("", "") if lang == "zh" else (r"(?<!\w)", r"(?!\w)")
    clause = rf"[^.;:!?。；：！？]{{0,{_JOIN_REACH.get(lang, _JOIN_REACH_WORDS)}}}"
    return re.compile(rf"{clause}?{before}(?:{joiner}){after}{clause}")

