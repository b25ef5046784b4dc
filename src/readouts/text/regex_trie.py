"""Many literal words as one trie-shaped regex ("Kremlin|Kremlino" -> "Kremlin(?:o)?").

Python's re tries the alternatives of an alternation one by one at each position; with
shared prefixes factored, only the branch of the next character is tried, so hundreds of
names or source cues cost little. Every word that matches at one position lies on one
path, so the longest is tried first.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable

_LAST = chr(0x10FFFF)  # no letter after it to bound its run with


def _plain(char: str) -> str:
    """A space matches any run of whitespace; other characters as written."""
    return r"\s+" if char == " " else re.escape(char)


def trie_regex(words: Iterable[str], char: Callable[[str], str] = _plain) -> str:
    """Regex source matching any of ``words``; ``char`` gives each character's pattern.

    The trie is walked over the sorted words, a node being the run of words that share
    its prefix: no nested dicts to allocate (which, for the 25,000 names and titles of a
    language, cost more than the walk)."""
    ordered = sorted(set(words))
    patterns: dict[str, str] = {}  # each character's pattern, made once: names share them

    def pattern(c: str) -> str:
        found = patterns.get(c)
        if found is None:
            found = patterns[c] = char(c)
        return found

    def emit(lo: int, hi: int, depth: int) -> str:
        """The node of ``ordered[lo:hi]``, the words sharing their first ``depth`` letters."""
        out = []
        first, last = ordered[lo], ordered[hi - 1]
        while len(first) > depth and first[depth] == last[depth]:  # one letter: no group
            out.append(pattern(first[depth]))
            depth += 1
        end = len(first) == depth  # a word ends here: what follows is optional
        if end:
            lo += 1
            if lo == hi:
                return "".join(out)
        prefix, branches = first[:depth], []
        while lo < hi:
            c = ordered[lo][depth]
            stop = bisect_left(ordered, prefix + chr(ord(c) + 1), lo, hi) \
                if c != _LAST else hi
            branches.append(pattern(c) + emit(lo, stop, depth + 1))
            lo = stop
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        out.append(f"(?:{body})?" if end else body)
        return "".join(out)

    return emit(0, len(ordered), 0) if ordered else ""
