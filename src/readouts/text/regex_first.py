"""The characters a regex's matches can start with, as a lookahead that skips the rest.

Python's re tries an alternation of regexes at every character of the text, each branch
in turn; most characters cannot start any branch. A lookahead on the possible first
characters, read off the regex's own parse, turns those positions into one class test
(the cue data stay plain regexes, and the lookahead cannot drift from them). A regex that
can start with any character, or match the empty string, is left as it is.
"""

from __future__ import annotations

import re
from re import _constants as sre
from re import _parser

_MAX_RANGE = 4096  # a class of more characters than this filters too little to pay
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
First = tuple[frozenset[str] | None, bool]  # (possible first characters or None: any, nullable)


def first_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Characters every match of ``pattern`` starts with, as written (their other cases
    too where ``re.I`` applies), or None when it may start with any."""
    try:
        return _first(_parser.parse(pattern, flags))
    except (re.error, TypeError, ValueError):
        return None


def with_first_chars(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` behind a lookahead on its first characters; the same
    matches, groups and flags, found faster. The lookahead ignores case (a superset where
    the pattern does not), so a case-insensitive part of the pattern keeps every match.
    The source is parsed once for its first characters and compiled once, guarded: the
    pattern alone is compiled only where there is no lookahead to put before it."""
    try:
        parsed = _parser.parse(pattern, flags)
        chars = _first(parsed)
    except (re.error, TypeError, ValueError):
        chars = None
    if chars is None:
        return re.compile(pattern, flags)
    lookahead = "(?=(?i:[" + "".join(re.escape(c) for c in sorted(chars)) + "]))"
    # the parse's flags are the compiled pattern's: those given, inline ones, re.UNICODE
    return re.compile(f"{lookahead}(?:{pattern})", parsed.state.flags)


def _first(parsed: _parser.SubPattern) -> frozenset[str] | None:
    chars, nullable = _sequence(list(parsed))
    return chars if chars and not nullable else None


def _sequence(items: list) -> First:
    """First characters of a sequence: its items' until one must consume a character."""
    chars: set[str] = set()
    for op, arg in items:
        found, nullable = _item(op, arg)
        if found is None:
            return None, False
        chars |= found
        if not nullable:
            return frozenset(chars), False
    return frozenset(chars), True


def _item(op: object, arg: object) -> First:  # noqa: C901, PLR0911 - one case per regex node
    if op is sre.LITERAL:
        return frozenset(chr(arg)), False  # type: ignore[arg-type]
    if op is sre.IN:
        return _class(arg), False  # type: ignore[arg-type]
    if op in _ZERO_WIDTH:  # anchors and lookarounds consume nothing: the next item decides
        return frozenset(), True
    if op is sre.SUBPATTERN:
        return _sequence(list(arg[3]))  # type: ignore[index]
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(arg))  # type: ignore[call-overload]
    if op is sre.BRANCH:
        chars: set[str] = set()
        nullable = False
        for branch in arg[1]:  # type: ignore[index]
            found, empty = _sequence(list(branch))
            if found is None:
                return None, False
            chars |= found
            nullable |= empty
        return frozenset(chars), nullable
    if op in _REPEATS:
        low, _, body = arg  # type: ignore[misc]
        found, nullable = _sequence(list(body))
        return found, found is not None and (nullable or low == 0)
    return None, False  # any character, a category (\w, \d), a group reference


def _class(items: list) -> frozenset[str] | None:
    chars: set[str] = set()
    for op, arg in items:
        if op is sre.LITERAL:
            chars.add(chr(arg))
        elif op is sre.RANGE and arg[1] - arg[0] < _MAX_RANGE:
            chars.update(map(chr, range(arg[0], arg[1] + 1)))
        else:  # a negated class, a category: any character may start it
            return None
    return frozenset(chars)
