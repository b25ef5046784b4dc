"""What a figure's sentence and account say about it beyond the number itself.

``extract_figures`` reads one sentence; an account's figures also need the account around
them: the period each figure covers (the span of time in its clause, not one it is compared
with: "in the first ten months, ..., exceeding the whole of 2020"), whether it is a goal or a
forecast rather than a fact ("will reach 200 billion", "довести до", "力争"), and the
currency of a bare sum the account stated in money before ("la soglia dei 200 miliardi"
after dollar figures). Cue words live in ``lang/<iso>/numbers.yaml`` (``target``,
``comparison``); the past-tense cues are those of ``dates.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from readouts import lang as langdata
from readouts.extract.figures.figure_rules import money_units, unstated_currency
from readouts.extract.figures.figures import extract_figures
from readouts.extract.time.periods import PeriodMention, find_periods
from readouts.model import Figure, Period, Sentence
from readouts.text.alternation import alternation

_WINDOW = 80  # characters before a figure where its goal or fact cue stands
_HARD_BREAKS = re.compile(r"[;；:：。]")


@dataclass(frozen=True)
class _Cues:
    """Compiled target and comparison cues of one language."""

    goal: re.Pattern[str] | None  # a goal, plan or forecast before the figure
    fact: re.Pattern[str] | None  # a fact: the past tense, "ha raggiunto"
    deadline: re.Pattern[str] | None  # right after the figure: "entro il 2030", "的目标"
    exact: re.Pattern[str] | None  # "довести ... до": the "up to" word belongs to the goal
    comparison: re.Pattern[str] | None  # before a period: "rispetto al", "than", "比"
    contrast: re.Pattern[str] | None  # opens a clause about something else: "mentre", "while"


@cache
def _cues(lang: str) -> _Cues:
    target = langdata.load(lang, "numbers").get("target") or {}
    tense = langdata.load(lang, "dates").get("tense") or {}
    return _Cues(
        goal=alternation([*(target.get("goal") or []), *(tense.get("future") or [])]),
        fact=alternation([*(target.get("fact") or []), *(tense.get("past") or [])]),
        deadline=alternation(target.get("deadline") or []),  # tried with match() at the figure end
        exact=alternation([f"(?:{p})\\s*$" for p in target.get("exact") or []]),
        comparison=alternation(langdata.load(lang, "numbers").get("comparison") or []),
        contrast=alternation(langdata.load(lang, "numbers").get("contrast") or []),
    )


def _last(pattern: re.Pattern[str] | None, text: str) -> re.Match[str] | None:
    found = None
    if pattern is not None:
        for found in pattern.finditer(text):  # noqa: B007 - the last one is wanted
            pass
    return found


def _clause_start(text: str, pos: int) -> int:
    lo = max(0, pos - _WINDOW)
    breaks = [m.end() for m in _HARD_BREAKS.finditer(text, lo, pos)]
    return breaks[-1] if breaks else lo


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


@dataclass(frozen=True)
class _Goal:
    """Where a target's own clause starts, and the year a deadline after it names."""

    start: int
    deadline_year: str | None = None


def _goal(text: str, fig: Figure, cues: _Cues) -> _Goal | None:
    """Is the figure a target? Yes when the cue nearest before it in its clause is a
    goal's ("punta a", "will", "намерены", "力争") rather than a fact's (a past tense), or
    when none is and a deadline follows it ("200 billion by 2030", "2000亿美元的目标")."""
    lo = _clause_start(text, fig.start)
    window = text[lo:fig.start]
    goal, fact = _last(cues.goal, window), _last(cues.fact, window)
    deadline = cues.deadline.match(text, fig.end) if cues.deadline is not None else None
    year = _YEAR.search(deadline.group()) if deadline else None
    # where both end together the goal's verb is in the past ("si sono impegnate", "agreed")
    if goal is not None and (fact is None or goal.end() >= fact.end()):
        return _Goal(lo + goal.start(), year.group() if year else None)
    if fact is None and deadline is not None:
        return _Goal(fig.start, year.group() if year else None)
    return None


def _period_for(text: str, fig: Figure, periods: list[PeriodMention],
                figures: list[Figure], cues: _Cues, goal: _Goal | None) -> Period | None:
    """The nearest span of time that is the figure's own: not a number inside a figure
    ("2000亿"), not one the figure is compared with ("rispetto al 2020", "than in 2020"),
    not one after it in a clause about something else ("mentre", "while", "а", "而"), and
    for a target one in its own clause ("by 2025"), not the fact's before it."""
    best: tuple[int, PeriodMention] | None = None
    for p in periods:
        if any(f.start < p.end and p.start < f.end for f in figures):
            continue
        if goal is not None and p.start < goal.start:
            continue
        lead_from = fig.end if p.start >= fig.end else _clause_start(text, p.start)
        lead = text[lead_from:p.start]
        if cues.comparison is not None and cues.comparison.search(lead):
            continue
        if p.start >= fig.end and cues.contrast is not None and cues.contrast.search(lead):
            continue  # "62 miliardi, +4%, mentre l'intero 2020 ...": the later clause's span
        gap = max(p.start - fig.end, fig.start - p.end, 0)
        if best is None or gap < best[0]:
            best = (gap, p)
    if best is not None:
        return Period(best[1].period_start, best[1].period_end)
    if goal is not None and goal.deadline_year:
        return Period(goal.deadline_year, goal.deadline_year)
    return None


def readout_figures(sentences: list[Sentence], lang: str, ref: str | None) -> list[Figure]:
    """Every figure of an account, with its sentence, speaker, period and target flag; a
    bare sum takes the currency the account last used for the same measure (or, where the
    language says so, the one its accounts leave unsaid); a goal in a sentence naming no
    measure ("Puntano a superare la soglia dei 100 miliardi") is of the measure of the sum
    the sentence before ended on."""
    cues = _cues(lang)
    figures: list[Figure] = []
    money = dict(unstated_currency(lang))  # measure -> currency the account stated it in
    continued: str | None = None  # the measure of the sum the sentence before ended on
    for s in sentences:
        goal_ahead = continued if continued and cues.goal is not None \
            and cues.goal.search(s.text) else None  # read only after a sum
        found = extract_figures(s.text, lang, money, goal_ahead)
        sums = [f.about for f in found if f.about and f.unit in money_units(lang)]
        continued = sums[-1] if sums else None
        if not found:
            continue
        periods = find_periods(s.text, lang, ref)
        for f in found:
            f.sentence, f.speaker = s.i, s.speaker
            goal = _goal(s.text, f, cues)
            f.target = goal is not None
            if goal is not None and f.qualifier == "less_than" and cues.exact is not None \
                    and cues.exact.search(s.text, _clause_start(s.text, f.start), f.start):
                f.qualifier = "exact"  # "довести товарооборот до 200 млрд": the goal itself
            f.period = _period_for(s.text, f, periods, found, cues, goal)
            if f.about and f.unit in money_units(lang):
                money[f.about] = f.unit
            figures.append(f)
    return figures
