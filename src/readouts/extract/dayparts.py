"""Part of the day a contact took place in: morning, afternoon, evening or night.

Words come from ``parts_of_day`` in ``lang/<iso>/dates.yaml`` ("in serata", "下午",
"вечером", "this evening"); greetings such as "good morning" are excluded there.
"""

from __future__ import annotations

import re
from functools import cache

from readouts import lang as langdata

_PARTS = ("morning", "afternoon", "evening", "night")
_BEFORE = 30  # how far before a date its part of day may be written ("утром 7 мая")
_LOOKAHEAD = 40  # room for a part-of-day pattern's lookahead past the date's start


@cache
def _rules(lang: str) -> tuple[re.Pattern[str] | None, tuple[str, ...], re.Pattern[str]]:
    data = langdata.load(lang, "dates")
    groups, names = [], []
    bound = lang != "zh"
    for part in _PARTS:
        for pat in (data.get("parts_of_day") or {}).get(part) or []:
            src = rf"(?<!\w)(?:{pat})(?!\w)" if bound else f"(?:{pat})"
            groups.append(f"({src})")
            names.append(part)
    pattern = re.compile("|".join(groups), re.IGNORECASE) if groups else None
    glue = sorted(data.get("daypart_glue") or [], key=len, reverse=True)
    glue_src = "|".join(re.escape(g) for g in glue)
    gap = re.compile(rf"[\s,]*(?:(?:{glue_src})\b[\s,]*)*" if glue_src else r"[\s,]*",
                     re.IGNORECASE)
    return pattern, tuple(names), gap


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
            return _part(m, names)
    window = max(0, start - _BEFORE)
    # up to a little past the date, not the text's end: "late(?= on)" looks past it
    for m in pattern.finditer(sentence, window, start + _LOOKAHEAD):
        if m.end() > start:
            break
        if gap.fullmatch(sentence, m.end(), start):
            return _part(m, names)
    return None
