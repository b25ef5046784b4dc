"""The trie regex, walked over the sorted words, is the nested-dict trie's pattern."""

from __future__ import annotations

import random
import re
from typing import Any

import pytest

from readouts.text.regex_trie import _plain, trie_regex


def _reference(words: list[str]) -> str:
    """The trie as nested dicts, each node's branches in letter order."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for c in word:
            node = node.setdefault(c, {})
        node[""] = True

    def emit(node: dict[str, Any]) -> str:
        branches = [_plain(c) + emit(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


@pytest.mark.parametrize(("words", "expected"), [
    ([], ""), ([""], ""), (["a"], "a"), (["a", "ab"], "a(?:b)?"), (["a", "a"], "a"),
    (["ab", "ac", "a"], "a(?:(?:b|c))?"), (["x y", "x"], r"x(?:\s+y)?"),
    (["abc", "abd", "b"], "(?:ab(?:c|d)|b)"), (["Xi", "Xi Jinping"], r"Xi(?:\s+Jinping)?"),
    (["a\U0010ffff", "a\U0010ffffb", "ab"], "a(?:b|\U0010ffff(?:b)?)"),
])
def test_trie_shapes(words: list[str], expected: str) -> None:
    assert trie_regex(words) == expected == _reference(words)
    assert all(re.fullmatch(expected, w) for w in words if w)


def test_any_words_give_the_nested_trie_pattern() -> None:
    rng = random.Random(13)
    for _ in range(3000):
        letters = rng.choice(["ab", "abc", "a b.", "x\U0010ffffy", "aбв", "习近平"])
        words = ["".join(rng.choice(letters) for _ in range(rng.randint(0, 6)))
                 for _ in range(rng.randint(0, 9))]
        assert trie_regex(words) == _reference(words), words
