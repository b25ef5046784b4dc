"""The trie regex, walked over the sorted words, is the nested-dict trie's pattern."""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Any

import pytest

from readouts.text.regex_trie import _build, _plain, trie_regex


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



def _many(rng: random.Random, count: int) -> list[str]:
    """``count`` random words, enough for the trie to be kept in the cache (line breaks
    among their letters: the file must give them back as written)."""
    letters = "ab cд习\r\n.\U0010ffff"
    return ["".join(rng.choice(letters) for _ in range(rng.randint(1, 9))) for _ in range(count)]


def test_a_large_trie_read_back_from_the_cache_is_the_one_built(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("READOUTS_CACHE_DIR", str(tmp_path))
    words = _many(random.Random(5), 3000)
    assert trie_regex(words) == _reference(words)
    assert list((tmp_path / "trie").glob("*.txt")), "a large trie is kept"
    assert trie_regex(reversed(words)) == _reference(words)  # read back, whatever the order
    escaped = trie_regex(words, re.escape)  # another character pattern: another trie
    assert escaped == _build(sorted(set(words)), re.escape) != _reference(words)
    assert trie_regex(words, re.escape) == escaped


def test_a_broken_trie_file_is_built_again(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("READOUTS_CACHE_DIR", str(tmp_path))
    words = _many(random.Random(7), 2000)
    trie_regex(words)
    for path in (tmp_path / "trie").glob("*.txt"):
        path.write_bytes(b"\xff\xfe")  # not UTF-8: as good as missing
    assert trie_regex(words) == _reference(words)


def test_cache_off_builds_the_same_trie(monkeypatch: pytest.MonkeyPatch) -> None:
    words = _many(random.Random(9), 2000)
    monkeypatch.setenv("READOUTS_CACHE_DIR", "off")
    assert trie_regex(words) == _reference(words)
