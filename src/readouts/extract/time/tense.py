"""The tense of a sentence, from cue words in ``lang/<iso>/dates.yaml``.

A date written without a year ("a marzo", "12月7日") takes its year from the document date
and the tense: a planned meeting "in March" written in December is next March, a review of
"June 12" written in December is this year's June.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from readouts import lang as langdata
from readouts.text.alternation import alternation

_ORDER = ("future", "past", "present")


@cache
def _cues(lang: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    data = langdata.load(lang, "dates").get("tense") or {}
    out = []
    for name in _ORDER:
        pats = data.get(name) or []
        if pats:
            out.append((name, re.compile("|".join(f"(?:{p})" for p in pats), re.IGNORECASE)))
    return tuple(out)


def sentence_tense(sentence: str, lang: str) -> str | None:
    """'future', 'past' or 'present' by the first kind of cue found (future wins), else None."""
    for name, pattern in _cues(lang):
        if pattern.search(sentence):
            return name
    return None


@cache
def _report_tail(lang: str) -> re.Pattern[str] | None:
    pats = langdata.load(lang, "dates").get("report_tail") or []
    return alternation(pats)


def contact_tense(sentence: str, lang: str) -> str | None:
    """The tense of a sentence less a reporting clause closing it ("Modi hosts Putin on
    Friday, the ministry said"): that clause tells when the words were said, not when the
    contact is."""
    tail = _report_tail(lang)
    m = tail.search(sentence.rstrip(" .")) if tail is not None else None
    return sentence_tense(sentence[:m.start()] if m else sentence, lang)


@dataclass(frozen=True)
class TenseMarks:
    """Every tense cue of a text as (start, end, rank, tense), by start, read once."""
    marks: tuple[tuple[int, int, int, str], ...]
    longest: int  # the longest cue: how far back one can still end near a position


def tense_marks(sentence: str, lang: str) -> TenseMarks:
    """The tense cues of ``sentence``, to be asked at each date with ``tense_from``."""
    marks = sorted((m.start(), m.end(), rank, name)
                   for rank, (name, pattern) in enumerate(_cues(lang))
                   for m in pattern.finditer(sentence))
    return TenseMarks(tuple(marks), max((e - s for s, e, _, _ in marks), default=0))


def tense_from(index: TenseMarks, pos: int) -> str | None:
    """The tense of the cue nearest to ``pos`` (the earlier kind on a tie), in log time."""
    marks = index.marks
    best: tuple[int, int, str] | None = None
    i = bisect_left(marks, (pos,))
    for start, _, rank, name in marks[i:i + len(_ORDER)]:  # one cue per kind starts anywhere
        key = (start - pos, rank, name)
        if best is None or key < best:
            best = key
    for j in range(i - 1, -1, -1):
        start, end, rank, name = marks[j]
        if best is not None and pos - start > best[0] + index.longest:
            break  # every cue further back ends further away
        key = (max(pos - end, 0), rank, name)
        if best is None or key < best:
            best = key
    return best[2] if best else None


def tense_at(sentence: str, pos: int, lang: str) -> str | None:
    """The tense of the cue nearest to ``pos``: a sentence may report a call and plan a visit."""
    return tense_from(tense_marks(sentence, lang), pos)
