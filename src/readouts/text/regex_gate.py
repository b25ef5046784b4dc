"""Literal gates for cue patterns: a cheap test that a text may match, before the regex.

A cue list compiled to one alternation of dozens of regexes is tried at every character of
every sentence, and most sentences match none of it. Nearly every cue holds a literal word
any match must contain ("phone", "incontr", "звон", "通话"): looking for those words with
``str.find`` is many times cheaper than running the alternation. The words are read off
the regex's own parse, so the data files stay plain regexes and the gate cannot drift
from them; a cue with no such word (a bare character class) is run as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _constants as sre
from re import _parser

from readouts.text.regex_trie import trie_regex

_MIN_LITERAL = 3  # shorter required strings ("a ", "in") pass nearly every sentence
_MIN_HAN = 2  # two Chinese characters ("通话", "会晤") are as rare as a long Latin word
_HAN = re.compile(r"[\u3400-\u9fff]")
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def required_literals(pattern: str) -> frozenset[str] | None:
    """Lower-case strings of which every match of ``pattern`` contains at least one, or None
    when the pattern requires no string selective enough to be worth a gate."""
    try:
        parsed = _parser.parse(pattern, re.I)
    except re.error:
        return None
    needs = _needs(list(parsed))
    if needs is None or not all(_selective(s) for s in needs):
        return None
    return needs


def _selective(word: str) -> bool:
    return len(word) >= _MIN_LITERAL or (len(word) >= _MIN_HAN and _HAN.search(word) is not None)


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two requirements: longer shortest string, then fewer strings."""
    if a is None or b is None:
        return a or b
    return max(a, b, key=lambda s: (min(len(x) for x in s), -len(s)))


def _needs(items: list) -> frozenset[str] | None:  # noqa: C901 - one case per regex node
    best: frozenset[str] | None = None
    run: list[str] = []
    for op, arg in items:
        if op is sre.LITERAL:
            run.append(chr(arg).lower())
            continue
        if run:
            best = _better(best, frozenset({"".join(run)}))
            run = []
        found: frozenset[str] | None = None
        if op is sre.SUBPATTERN:
            found = _needs(list(arg[3]))
        elif op is sre.ATOMIC_GROUP:
            found = _needs(list(arg))
        elif op is sre.BRANCH:
            branches = [_needs(list(branch)) for branch in arg[1]]
            if all(b is not None for b in branches):
                found = frozenset().union(*branches)
        elif op in _REPEATS and arg[0] >= 1:
            found = _needs(list(arg[2]))
        best = _better(best, found)
    if run:
        best = _better(best, frozenset({"".join(run)}))
    return best


class LiteralGate:
    """``may_match(text)`` is False only when no pattern of the list can match the text."""

    def __init__(self, patterns: Iterable[str]) -> None:
        words: set[str] = set()
        open_patterns: list[str] = []
        for pattern in patterns:
            needs = required_literals(pattern)
            if needs is None:
                open_patterns.append(pattern)
            else:
                words.update(needs)
        # a word holding another shorter required word is implied by it
        self.words = tuple(sorted(w for w in words
                                  if not any(o != w and o in w for o in words)))
        # the words as one trie-shaped regex: a text is scanned once, in C, for any of them
        self._any = re.compile(trie_regex(self.words, re.escape)) if self.words else None
        self.fallback = (re.compile("|".join(f"(?:{p})" for p in open_patterns), re.I | re.M)
                         if open_patterns else None)

    def may_match(self, text: str) -> bool:
        return (self._any is not None and self._any.search(text.lower()) is not None) or (
            self.fallback is not None and self.fallback.search(text) is not None)
