"""Words a leader is quoted saying: a contact word in them ("«Ne riparliamo al telefono»",
"\"gli faccio le mie congratulazioni\"") is a remark, not the kind of the contact reported
when the account's own words outside the quotes name one.

Quotations may run over several sentences (an opening statement, then "Lo ha detto
Meloni al termine dell'incontro"), so the marks are followed across the account; a quote
never closed is no quotation at all (a stray mark must not hide the lead). Short quoted
terms ("«видеоконференции»", "“云会晤”") are the account's own naming, not a remark.
"""

from __future__ import annotations

import re

from readouts.model import Sentence
from readouts.text.scripts import HAN

_OPENERS = {"«": "»", "„": "“", "“": "”", "「": "」", "『": "』", "\"": "\"", "”": "”"}
# Marks written the wrong way round ("sull'”importanza dei negoziati“"): a quote opened with
# a closing mark ends at the opening one too.
_REVERSED = {"”": "“"}
# An opening mark with only a stop after it ("attraverso i negoziati “.") closes a quote, it
# opens none.
_AT_END = re.compile(r"\s*[.!?;:,。！？；…]*\s*$")
_REMARK_WORDS = 3  # a quoted remark: three words or more ("Ne riparliamo al telefono")
_REMARK_HAN = 8  # or, in Han script, eight characters
_MAX_SENTENCES = 6  # a quote left open longer than this is a stray mark
_MARKS = re.compile("[" + re.escape("".join(set(_OPENERS) | set(_OPENERS.values()))) + "]")

Ranges = list[tuple[int, int]]


def _remark(parts: list[str]) -> bool:
    words = " ".join(parts)
    return len(words.split()) >= _REMARK_WORDS or len(HAN.findall(words)) >= _REMARK_HAN


def quoted_ranges(sentences: list[Sentence]) -> list[Ranges]:
    """For each sentence, the spans of its text inside a quoted remark (offsets in its own
    text), following quotations that run over several sentences."""
    out: list[Ranges] = [[] for _ in sentences]
    closer: str | None = None
    pending: list[tuple[int, int, int]] = []  # (sentence, start, end) of the open quote
    for k, s in enumerate(sentences):
        if closer is not None and k - pending[0][0] >= _MAX_SENTENCES:
            closer, pending = None, []  # never closed in reach: a stray mark
        if closer is not None:
            pending.append((k, 0, len(s.text)))
        for mark in _MARKS.finditer(s.text):
            j, ch = mark.start(), mark.group()
            if closer is None and ch in _OPENERS:
                if _AT_END.match(s.text, j + 1):
                    continue
                closer, pending = _OPENERS[ch], [(k, j + 1, len(s.text))]
            elif closer is not None and (ch == closer or ch == _REVERSED.get(closer)):
                pending[-1] = (k, pending[-1][1], j)
                if _remark([sentences[i].text[a:b] for i, a, b in pending]):
                    for i, a, b in pending:
                        out[i].append((a, b))
                closer, pending = None, []
    return out


def all_quoted(spans: list[tuple[int, int]], ranges: Ranges) -> bool:
    """Does every cue span lie inside the quoted ranges (and is there one)?"""
    return bool(spans) and bool(ranges) and all(
        any(a <= start and end <= b for a, b in ranges) for start, end in spans)


def unquoted(text: str, ranges: Ranges) -> str:
    """The text with its quoted remarks blanked, offsets kept."""
    for a, b in ranges:
        text = text[:a] + " " * (b - a) + text[b:]
    return text
