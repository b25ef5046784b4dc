"""Many literal words as one trie-shaped regex ("Kremlin|Kremlino" -> "Kremlin(?:o)?").

Python's re tries the alternatives of an alternation one by one at each position; with
shared prefixes factored, only the branch of the next character is tried, so hundreds of
names or source cues cost little. Every word that matches at one position lies on one
path, so the longest is tried first.

A large trie (the phrase matcher's 60,000 names, titles and country words a language: 0.3 s
of pure Python each, in every process) is kept in the user cache folder, keyed by its words
and each of their characters' pattern, and read back; any trouble builds it as before.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable

from readouts.cache_dir import cache_folder, store_in_cache

_LAST = chr(0x10FFFF)  # no letter after it to bound its run with
_CACHED = 1000  # words from which a trie is read from the cache: smaller ones build faster
_KEEP = 32  # trie files kept in the folder; the oldest go first (the words change with data)


def _plain(char: str) -> str:
    """A space matches any run of whitespace; other characters as written."""
    return r"\s+" if char == " " else re.escape(char)


def trie_regex(words: Iterable[str], char: Callable[[str], str] = _plain) -> str:
    """Regex source matching any of ``words``; ``char`` gives each character's pattern.

    The trie is walked over the sorted words, a node being the run of words that share
    its prefix: no nested dicts to allocate (which, for the 25,000 names and titles of a
    language, cost more than the walk)."""
    ordered = sorted(set(words))
    if len(ordered) < _CACHED:
        return _build(ordered, char)
    blob = "\0".join(ordered)
    folder = cache_folder()
    if folder is None or blob.count("\0") != len(ordered) - 1:  # a word of its own with NUL
        return _build(ordered, char)
    chars = "".join(f"{c}\0{char(c)}\0" for c in sorted(set(blob) - {"\0"}))
    digest = hashlib.blake2b(f"{blob}\1{chars}".encode("utf-8", "surrogatepass"),
                             digest_size=16).hexdigest()
    path = folder / "trie" / f"{digest}.txt"
    try:
        return path.read_bytes().decode("utf-8")  # as written: no newline translated
    except (OSError, ValueError):  # not built yet, or a file that cannot be read back
        pass
    source = _build(ordered, char)
    try:
        store_in_cache(path, source.encode("utf-8"), _KEEP)
    except ValueError:  # a lone surrogate: the file could not be read back either
        pass
    return source


def _build(ordered: list[str], char: Callable[[str], str]) -> str:
    """The trie's regex source, walked over the sorted, distinct words."""
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
