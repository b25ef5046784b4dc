"""A gate before a case-insensitive regex: does the text hold any word a match requires?

Tone shapes and raw topic cues are long alternations tried at every word of every
sentence, and most sentences hold none of the words any match must contain (the tone
adjectives "candid", "конструктивн"; "guarant", "anniversar"). Looking for those words
in the folded text costs a fraction of the scan. The words are read off the regex's own
parse (``regex_gate.required_literals``), so the data stay plain regexes.

Folding is exact for the scripts of the supported languages: every character ``re.I``
matches to a letter folds to that letter (``casefold``, with the Turkish dotted and
dotless i as plain i), so the gate turns away no text the regex would match
(tests/test_word_gate.py checks every Unicode character against the gates' letters).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from readouts.text.regex_gate import required_literals
from readouts.text.regex_trie import trie_regex

_TURKISH_I = str.maketrans({"İ": "i", "ı": "i"})


@lru_cache(maxsize=256)  # one sentence meets many gates in a row: folded once
def fold(text: str) -> str:
    """``text`` as the gate compares it: case folded, the Turkish i's as plain i (looked
    for first: translating every character costs more than the fold itself)."""
    if "İ" in text or "ı" in text:
        text = text.translate(_TURKISH_I)
    return text.casefold()


class WordGate:
    """``may_match(text)`` is False only when none of ``patterns`` (case-insensitive) can
    match. A pattern requiring no word selective enough is searched itself beside patterns
    that do ("习会" beside the type cues' words); patterns that all require none let every
    text through."""

    def __init__(self, *patterns: re.Pattern[str]) -> None:
        needs = [(pattern, required_literals(pattern.pattern)) for pattern in patterns]
        words = {fold(w) for _, need in needs for w in need or ()}
        self.words = tuple(sorted(words)) if words else None
        # the words as one trie-shaped regex: a text is scanned once, in C, for any of them
        self._any = re.compile(trie_regex(self.words, re.escape)) if self.words else None
        unread = [pattern for pattern, need in needs if need is None]
        self._unread = re.compile("|".join(f"(?:{p.pattern})" for p in unread),
                                  unread[0].flags) if unread and words else None

    def may_match(self, text: str) -> bool:
        if self._any is None:
            return True
        return self._any.search(fold(text)) is not None or (
            self._unread is not None and self._unread.search(text) is not None)


class GatedPattern:
    """A regex behind its word gate: ``search`` and ``finditer`` find nothing at once in a
    text holding none of the words every match requires (most sentences), and run the
    regex otherwise, so they find exactly what the regex finds."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.gate = WordGate(pattern)
        self.groupindex = pattern.groupindex

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.gate.may_match(text) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self.gate.may_match(text) else iter(())
