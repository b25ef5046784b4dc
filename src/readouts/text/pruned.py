"""An alternation of cue patterns run with only the branches a text can match.

Python's re tries every branch of an alternation at every character, so a cue list of
thirty patterns costs thirty times one pattern on every sentence that holds any of their
words. A branch whose required words (``word_gate``) the text lacks can match nowhere in
it: leaving it out changes no match of the alternation (the first branch matching at the
leftmost position wins either way), only its cost. The alternation of the branches left is
compiled once per set of branches and run behind a lookahead on the characters they can
start with (``regex_first``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from readouts.text.regex_first import with_first_chars
from readouts.text.word_gate import WordGate, fold


class PrunedAlternation:
    """``finditer`` and ``search`` of ``(?:p1)|(?:p2)|...``, found by the branches the text
    holds the words of. With ``capture`` each branch is a group of its own and ``branches``
    tells which matched (the patterns must then hold no capturing group)."""

    _PATTERNS_LIMIT = 256  # sets of branches compiled before starting afresh

    def __init__(self, patterns: list[str], flags: int, capture: bool = False) -> None:
        self.patterns = list(patterns)
        self.flags = flags
        self.capture = capture
        self.gates = [WordGate(re.compile(p, flags)) for p in self.patterns]
        self._always = tuple(i for i, gate in enumerate(self.gates) if gate.words is None)
        self._words = tuple((word, i) for i, gate in enumerate(self.gates)
                            for word in gate.words or ())
        self._compiled: dict[tuple[int, ...], re.Pattern[str]] = {}

    def _active(self, text: str, folded: str | None) -> tuple[int, ...]:
        if not self._words:
            return self._always
        folded = fold(text) if folded is None else folded
        present = [i for word, i in self._words if word in folded]
        if not present:  # most texts: no set to build
            return self._always
        return tuple(sorted(set(present).union(self._always)))

    def _pattern(self, active: tuple[int, ...]) -> re.Pattern[str]:
        pattern = self._compiled.get(active)
        if pattern is None:
            if len(self._compiled) >= self._PATTERNS_LIMIT:
                self._compiled.clear()
            group = "({})" if self.capture else "(?:{})"
            joined = "|".join(group.format(self.patterns[i]) for i in active)
            pattern = self._compiled[active] = with_first_chars(joined, self.flags)
        return pattern

    def finditer(self, text: str, folded: str | None = None) -> Iterator[re.Match[str]]:
        """The alternation's matches in ``text``; ``folded``, ``fold(text)`` if at hand."""
        active = self._active(text, folded)
        return self._pattern(active).finditer(text) if active else iter(())

    def search(self, text: str, folded: str | None = None) -> re.Match[str] | None:
        """The alternation's first match in ``text``."""
        active = self._active(text, folded)
        return self._pattern(active).search(text) if active else None

    def branches(self, text: str) -> Iterator[tuple[re.Match[str], int]]:
        """``finditer``'s matches, each with the index of its pattern (with ``capture``)."""
        active = self._active(text, None)
        if active:
            for match in self._pattern(active).finditer(text):
                yield match, active[match.lastindex - 1]  # type: ignore[operator]
