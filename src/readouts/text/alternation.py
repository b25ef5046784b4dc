"""One regex out of a data file's list of patterns: every cue list in lang/*/ is compiled
the same way, each pattern a group of its own, and an empty list is no pattern at all."""

from __future__ import annotations

import re


def alternation(patterns: list[str], flags: int = re.I) -> re.Pattern[str] | None:
    """The patterns as one alternation, or None when there are none."""
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags)
