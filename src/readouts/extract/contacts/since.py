"""A date inside a clause "since" opens or closes ("dall'inizio della pandemia nel 2020",
"since Russia invaded Ukraine in February 2022", "自2020年疫情以来"): the start of a span,
dating that clause's event, never a contact's day unless the clause names the contact."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from readouts import lang as langdata
from readouts.extract.contacts.cues import CLAUSE, cue_alternation

_SINCE_REACH = 120  # characters from a "since" to a date of its clause
_LOOKAHEAD = 40  # characters of the date a "since" opener may check ("dal 2019")


@cache
def _since(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    data = langdata.load(lang, "contacts") or {}
    return (cue_alternation(data.get("since_clause") or []),
            cue_alternation(data.get("since_close") or []))


@cache
def _own_span(lang: str) -> re.Pattern[str] | None:
    """A span of time a closing word may end on ("今年以来"), after the date: then the
    span is the clause's own, the date outside it (``since_own_span`` in contacts.yaml)."""
    words = (langdata.load(lang, "contacts") or {}).get("since_own_span") or []
    return re.compile(f"(?:{'|'.join(str(w) for w in words)})$") if words else None


def in_since_clause(text: str, start: int, cues: Sequence[tuple[int, int]], lang: str) -> bool:
    """Is the date at ``start`` in a clause a "since" opens, with no contact cue (``cues``:
    start and end) between them ("Modi, in Moscow for the first time since Russia invaded
    Ukraine in February 2022"), or one a closing word ends ("…以来")? "since their meeting
    in Bali in 2022" keeps the meeting's date."""
    opener, close = _since(lang)
    if close is not None and _closed(text, start, cues, close, _own_span(lang)):
        return True
    if opener is None:
        return False
    lo = max(0, start - _SINCE_REACH)
    breaks = [m.end() for m in CLAUSE.finditer(text, lo, start)]
    lo = breaks[-1] if breaks else lo
    # an opener may look ahead at the date it opens, or open the date's own words ("da
    # gennaio", "dal 2019": a date read from its preposition on)
    opened = [m.end() for m in opener.finditer(text, lo, start + _LOOKAHEAD)
              if m.start() <= start]
    if not opened:
        return False
    return not any(opened[-1] <= a and b <= start for a, b in cues)


def _closed(text: str, start: int, cues: Sequence[tuple[int, int]],
            close: re.Pattern[str], own: re.Pattern[str] | None) -> bool:
    """Is the date followed, in its clause and before any cue, by a word closing a "since"
    clause ("川普去年重返总统宝座……以来，两位领导人的首次会晤": last year is his return)?"""
    hi = min(len(text), start + _SINCE_REACH)
    stop = CLAUSE.search(text, start, hi)
    found = close.search(text, start, stop.start() if stop else hi)
    if found is None or any(start <= a and b <= found.start() for a, b in cues):
        return False
    # "15日下午…举行今年以来第二次视频会晤": the close ends a span of its own, not the date's
    span = own.search(text, start + 1, found.start()) if own else None
    return span is None
