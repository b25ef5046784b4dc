"""Layout of news pages and bulletins: headline levels, tables of contents, datelines.

A bulletin (CCTV's Xinwen Lianbo day page) is a table of contents then items under
headlines of one level; a briefing or page carries a dateline ("12 March 2025, 18:40",
"24 февраля 2025 года 13:35"). Month names and dateline shapes are per-language data
(lang/<lang>/sources.yaml, `dateline`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from readouts.lang import SUPPORTED
from readouts.lang import load as load_lang

_HEADING_MARK = re.compile(r"^(#{1,6})\s")
_LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}[.、)．]|[（(]\d{1,2}[）)]|[-*•]\s)")
_DIGIT = re.compile(r"\d{4}")  # a dateline has a year
_WORDS = re.compile(r"[^\W\d_]+")


def heading_levels(lines: Iterable[str]) -> Counter[int]:
    """How many markdown headlines of each level ('#' = 1) the lines hold."""
    return Counter(len(m.group(1)) for line in lines if (m := _HEADING_MARK.match(line)))


def is_digest(text: str) -> bool:
    """Is this a table of contents (mostly numbered lines), not an item's text?"""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if not lines:
        return True
    listed = sum(bool(_LIST_ITEM.match(ln)) for ln in lines)
    return listed * 2 >= len(lines)


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern[str], dict[str, int]], ...]:
    out = []
    for lang in SUPPORTED:
        data = load_lang(lang, "sources").get("dateline", {})
        months = {k.lower(): v for k, v in data.get("months", {}).items()}
        alternation = "|".join(sorted(map(re.escape, months), key=len, reverse=True)) or "(?!)"
        for pattern in data.get("patterns", []):
            out.append((re.compile(pattern.replace("{months}", alternation), re.I), months))
    return tuple(out)


def _format(m: re.Match[str], months: dict[str, int]) -> str | None:
    month_text = m.group("m")
    month = int(month_text) if month_text.isdigit() else months.get(month_text.lower())
    day, year = int(m.group("d")), int(m.group("y"))
    if not month or not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    value = f"{year:04d}-{month:02d}-{day:02d}"
    groups = m.groupdict()
    if groups.get("H"):
        hour, minute = int(groups["H"]), int(groups["M"])
        ampm = (groups.get("ampm") or "").lower().replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        if hour < 24 and minute < 60:
            value += f"T{hour:02d}:{minute:02d}"
    return value


def read_dateline(text: str, standalone: bool) -> str | None:
    """'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM' from a dateline.

    standalone: the text is one line that is a dateline (a place may precede it: "Mosca,
    12 marzo 2025, 18:40"); otherwise the first date followed by a time in the text (a
    page's "24 февраля 2025 года 13:35"), since a bare date in prose is no dateline.
    """
    if not _DIGIT.search(text):
        return None
    for rx, months in _patterns():
        for m in rx.finditer(text):
            if standalone:
                rest = text[:m.start()] + text[m.end():]
                if len(_WORDS.findall(rest)) > 3 or rest.rstrip().endswith((".", "。")):
                    continue
            elif not m.groupdict().get("H"):
                continue
            value = _format(m, months)
            if value:
                return value
    return None
