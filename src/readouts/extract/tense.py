"""The tense of a sentence, from cue words in ``lang/<iso>/dates.yaml``.

A date written without a year ("a marzo", "12月7日") takes its year from the document date
and the tense: a planned meeting "in March" written in December is next March, a review of
"June 12" written in December is this year's June.
"""

from __future__ import annotations

import re
from functools import cache

from readouts import lang as langdata

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


def tense_at(sentence: str, pos: int, lang: str) -> str | None:
    """The tense of the cue nearest to ``pos``: a sentence may report a call and plan a visit."""
    best: tuple[int, int, str] | None = None
    for rank, (name, pattern) in enumerate(_cues(lang)):
        for m in pattern.finditer(sentence):
            dist = m.start() - pos if m.start() >= pos else pos - m.end()
            key = (max(dist, 0), rank, name)
            if best is None or key < best:
                best = key
    return best[2] if best else None
