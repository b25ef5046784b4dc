"""Relative clauses set off by commas ("Xi, who will meet Biden in Bali on Monday, is keeping
Albanese guessing"): a leader named inside one is no subject of the sentence's clause that
goes on after it, so a later contact of "he" and Albanese is Xi's, not Biden's."""

from __future__ import annotations

import re
from functools import cache

from readouts.extract.contacts.cues import contact_cues

_ASIDE_END = re.compile(r"[,;.!?，；。！？]")


@cache
def _opening(lang: str) -> re.Pattern[str] | None:
    relative = contact_cues(lang).relative
    return re.compile(rf"[,，]\s*(?:{relative.pattern})", re.I) if relative is not None else None


def relative_asides(text: str, lang: str | None) -> list[tuple[int, int]]:
    """The [start, end) spans of the sentence's comma-set relative clauses."""
    opening = _opening(lang) if lang else None
    if opening is None:
        return []
    spans = []
    for m in opening.finditer(text):
        stop = _ASIDE_END.search(text, m.end())
        spans.append((m.start(), stop.start() if stop else len(text)))
    return spans


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does one of the spans hold the whole of ``start`` to ``end``?"""
    return any(a <= start and end <= b for a, b in spans)
