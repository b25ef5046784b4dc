"""The dates and spans of time of a sentence, as the dates of the contacts it mentions.

A date belongs to the cue nearest it. Some dates are no contact's: a year bounding a span
("since 2013", "2013年以来"), the start of a stay ("dal 3 marzo"), a date in the clause of
another event that a "since" opens ("since Russia invaded Ukraine in February 2022"), a
date across a clause break from its cue. Cue words live in ``lang/<iso>/contacts.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from readouts.extract.contacts.contacts import contact_cues
from readouts.extract.contacts.mention_cues import (
    CLAUSE,
    Cue,
    in_clause,
    mention_cues,
    nearest_cue,
)
from readouts.extract.contacts.since import in_since_clause
from readouts.extract.contacts.when_cues import began_on, said_after, stamped
from readouts.extract.time.dates import DateMention, find_dates
from readouts.extract.time.periods import find_periods
from readouts.extract.time.tense import tense_at


@dataclass(frozen=True)
class When:
    """A date or a span of time in a sentence, as a mentioned contact's date."""

    start: int
    end: int
    value: str
    precision: str
    relative: bool = False
    period: bool = False


def _bounds_range(text: str, start: int, end: int, lang: str) -> bool:
    """"since 2013", "2013年以来", "с 2013 года", "dal 2013": a year bounding a span."""
    cues = mention_cues(lang)
    before, after = text[:start], text[end:]
    span = text[start:end]
    if cues.range_before is not None and cues.range_opening is not None and (
            cues.range_before.search(before) or cues.range_opening.match(span)):
        return True
    return bool(cues.range_after is not None and cues.range_after.match(after))


_CLAUSE_REACH = 120  # characters from a relative pronoun to a date of its clause
_ANTECEDENT_REACH = 40  # characters before a relative pronoun where its noun stands


def _in_other_relative(text: str, start: int, cues: list[Cue], lang: str) -> bool:
    """Is the date in a relative clause about a noun that is no contact ("the third
    anniversary of the war which began in February 2022")? A contact's own clause ("the
    meeting with Xi that took place in Bali in 2022") keeps its date."""
    relative = mention_cues(lang).relative
    if relative is None:
        return False
    lo = max(0, start - _CLAUSE_REACH)
    breaks = [m.end() for m in CLAUSE.finditer(text, lo, start)]
    opened = list(relative.finditer(text, breaks[-1] if breaks else lo, start))
    if not opened:
        return False
    pronoun = opened[-1]
    if any(pronoun.end() <= c.start and c.end <= start for c in cues):
        return False  # "which followed their meeting in March": the meeting's date
    near = pronoun.start() - _ANTECEDENT_REACH
    return not any(near <= c.end <= pronoun.start() for c in cues)


def sentence_dates(text: str, lang: str, ref: str | None, tense: str,
                   cues: list[Cue]) -> list[When]:
    """The sentence's dates, less the years that bound a range and those of a "since"
    clause. In a sentence that plans something, a date near a past verb and no plan of its
    own cue's clause is read in the past ("si sono incontrati a marzo e si rivedranno a
    luglio": last March, next July)."""
    found = find_dates(text, lang, ref, tense)
    if tense == "past" and found:
        found = _coming_days(text, lang, ref, found)
    if tense == "future" and found:
        past = {(d.start, d.end): d for d in find_dates(text, lang, ref, "past")}
        planned = contact_cues(lang).planned

        def in_past(start: int, end: int) -> bool:
            if tense_at(text, start, lang) != "past":
                return False
            i = nearest_cue(cues, start, end)
            lo = cues[i - 1].end if i > 0 else 0
            hi = cues[i + 1].start if i + 1 < len(cues) else len(text)
            plans = (planned, mention_cues(lang).wish)
            return not any(p is not None and in_clause(p, text, cues[i], lo, hi) for p in plans)
        found = [past.get((d.start, d.end), d) if in_past(d.start, d.end) else d
                 for d in found]
    since = mention_cues(lang).since
    return [When(d.start, d.end, d.value, d.precision, d.relative)
            for d in found
            if (d.precision != "year" or not _bounds_range(text, d.start, d.end, lang))
            and not (since is not None and since.search(text, max(0, d.start - 30), d.start))
            and not in_since_clause(text, d.start, [(c.start, c.end) for c in cues], lang)
            and not _in_other_relative(text, d.start, cues, lang)
            and not stamped(text, d.start, lang) and not began_on(text, d.start, lang)
            and not _said_before_cue(text, d.start, d.end, cues, lang)
            and not _said_on(text, d.start, lang)]


# How far past the document's day a day and month without a year may fall and still be
# that coming day in a past-tense sentence.
_DAYS_AHEAD = 14


def _coming_days(text: str, lang: str, ref: str | None,
                 found: list[DateMention]) -> list[DateMention]:
    """A day and month without a year, a few days past the document's day, is that coming
    day even in a sentence told in the past ("hanno discusso i temi del vertice del 20 e 21
    marzo", written on the 15th: this March's summit, still ahead): nobody leaves out the
    year of a day fifty weeks back. The contact is then announced, not held."""
    if not ref or len(ref) != len("2025-03-15"):
        return found
    day = date.fromisoformat(ref)
    ahead = {(d.start, d.end): d for d in find_dates(text, lang, ref, "future")}

    def coming(past: DateMention) -> DateMention:
        soon = ahead.get((past.start, past.end))
        if soon is None or past.precision != "day" or soon.precision != "day" \
                or soon.value[4:] != past.value[4:] or soon.value == past.value:
            return past  # a weekday or a day of the month: the tense decides
        gap = (date.fromisoformat(soon.value) - day).days
        return soon if 0 < gap <= _DAYS_AHEAD else past
    return [coming(d) for d in found]


_SAID_ON_REACH = 40  # characters from a speech verb to the date it gives the words


def _said_on(text: str, start: int, lang: str) -> bool:
    """A speech verb right before a date ("Biden will call Putin, according to spokeswoman
    Emily Horne on Wednesday"): the day words were said, not the contact's."""
    said_on = contact_cues(lang).said_on
    return said_on is not None and said_on.search(
        text, max(0, start - _SAID_ON_REACH), start) is not None


def _said_before_cue(text: str, start: int, end: int, cues: list[Cue], lang: str) -> bool:
    """A speech verb after a date and before any contact's cue ("On 19 September Trump
    announced he would meet Xi"): the day words were said, not the contact's."""
    verb = said_after(text, start, end, lang)
    return verb is not None and not any(end <= c.start < verb for c in cues)


def sentence_periods(text: str, lang: str, ref: str | None, cues: list[Cue]) -> list[When]:
    """Spans of time within one month or one year ("next month", "later this year"), less
    those bounding a range: a contact dated by a span takes its month or year."""
    periods: list[When] = []
    if ref is None:
        return periods
    for p in find_periods(text, lang, ref):
        if _bounds_range(text, p.start, p.end, lang) \
                or in_since_clause(text, p.start, [(c.start, c.end) for c in cues], lang) \
                or _in_other_relative(text, p.start, cues, lang) \
                or began_on(text, p.start, lang):
            continue
        first, last = p.period_start, p.period_end
        if len(first) >= 7 and first[:7] == last[:7]:
            periods.append(When(p.start, p.end, first[:7], "month", period=True))
        elif first[:4] == last[:4]:
            periods.append(When(p.start, p.end, first[:4], "year", period=True))
    return periods


def across(text: str, cues: list[Cue], w: When, breaks: re.Pattern[str]) -> bool:
    """Does a clause break stand between the cue nearest a date and the date after it? (A
    date fronted before its clause, "去年11月，我们在旧金山会晤", is the clause's own.)"""
    cue = cues[nearest_cue(cues, w.start, w.end)]
    return cue.end <= w.start and breaks.search(text, cue.end, w.start) is not None


def wished_after(text: str, cues: list[Cue], w: When, wish: re.Pattern[str] | None) -> bool:
    """Does a wish stand between a date and the cue after it ("On 10 September Trump
    allowed the possibility of a call")? The date is the wish's day, not the contact's."""
    if wish is None:
        return False
    cue = cues[nearest_cue(cues, w.start, w.end)]
    return w.end <= cue.start and wish.search(text, w.end, cue.start) is not None


def contacts_of(cues: list[Cue], live: list[int], dates: list[When],
                bound: dict[int, list[When]]) -> list[tuple[list[int], When | None]]:
    """The contacts of a sentence's live cues: one per cue a date is nearest, with the
    finest of its dates (a cue is one contact, however many dates stand near it: "met
    Rousseff, elected in March, of a bank founded in 2014"); the undated cues, each its own
    contact (or one dated by a span of time), as their parties may differ."""
    if len({d.value for d in dates}) == 1:
        d = dates[0]
        return [([nearest_cue(cues, d.start, d.end)], _finest(dates))]
    by_cue: dict[int, list[When]] = {}
    for d in dates:
        by_cue.setdefault(nearest_cue(cues, d.start, d.end), []).append(d)
    if by_cue:
        return [([i], _nearest_when(cues[i], ds)) for i, ds in by_cue.items()]
    out: list[tuple[list[int], When | None]] = []
    for i in live:
        spans = [w for w in bound.get(i, []) if w.period]
        out.append(([i], spans[0] if spans else None))
    return out


def _nearest_when(cue: Cue, dates: list[When]) -> When:
    return min(dates, key=lambda d: (max(cue.start - d.end, d.start - cue.end, 0),
                                     {"day": 0, "month": 1, "year": 2}.get(d.precision, 3)))


def _finest(dates: list[When]) -> When:
    order = {"day": 0, "month": 1, "year": 2}
    return min(dates, key=lambda d: order.get(d.precision, 3))
