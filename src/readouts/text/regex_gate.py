"""The literal words a cue pattern requires: a cheap test that a text may match, before the
regex (``word_gate.WordGate`` looks for them).

A cue list compiled to one alternation of dozens of regexes is tried at every character of
every sentence, and most sentences match none of it. Nearly every cue holds a literal word
any match must contain ("phone", "incontr", "звон", "通话"): looking for those words with
``str.find`` is many times cheaper than running the alternation. The words are read off
the regex's own parse, so the data files stay plain regexes and the gate cannot drift
from them; a cue with no such word (a bare character class) is run as before.
"""

from __future__ import annotations

import re
from re import _constants as sre
from re import _parser

from readouts.text.scripts import HAN

_MIN_LITERAL = 3  # shorter required strings ("a ", "in") pass nearly every sentence
_MIN_HAN = 2  # two Chinese characters ("通话", "会晤") are as rare as a long Latin word
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
    return len(word) >= _MIN_LITERAL or (len(word) >= _MIN_HAN and HAN.search(word) is not None)


def _weight(word: str) -> int:
    """How much a required string narrows: its length, where a short word's spaces do not
    count (" by ", "the " stand in nearly every sentence; " guarant" does not)."""
    core = word.strip()
    return len(word) if len(core) > _MIN_LITERAL else len(core)


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two requirements: heavier lightest string, then fewer strings
    ("placed|sent" of "(?:placed|sent) by" over " by ")."""
    if a is None or b is None:
        return a or b
    return max(a, b, key=lambda s: (min(_weight(x) for x in s), -len(s)))


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
