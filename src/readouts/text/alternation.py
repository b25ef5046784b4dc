"""One regex out of a data file's list of patterns: every cue list in lang/*/ is compiled
the same way, each pattern a group of its own, and an empty list is no pattern at all."""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(patterns: list[str], flags: int = re.I) -> re.Pattern[str] | None:
    """The patterns as one alternation, or None when there are none."""
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags)


def union(patterns: Iterable[str], flags: int = re.I) -> re.Pattern[str]:
    """The patterns as one alternation, each a group of its own; where there are none, one
    that never matches (a list a language's data leaves out is searched like any other)."""
    return re.compile("|".join(f"(?:{p})" for p in patterns) or r"(?!)", flags)


def word_alternation(words: Iterable[object]) -> str:
    """Regex source matching any of the literal ``words``, longest first (so a word never
    loses to its own start), a space in one matching any run of blanks; empty ones left out."""
    uniq = sorted({str(w) for w in words if w}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in uniq)
