"""Many literal words as one trie-shaped regex ("Kremlin|Kremlino" -> "Kremlin(?:o)?").

Python's re tries the alternatives of an alternation one by one at each position; with
shared prefixes factored, only the branch of the next character is tried, so hundreds of
names or source cues cost little. Every word that matches at one position lies on one
path, so the longest is tried first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any


def _plain(char: str) -> str:
    """A space matches any run of whitespace; other characters as written."""
    return r"\s+" if char == " " else re.escape(char)


def trie_regex(words: Iterable[str], char: Callable[[str], str] = _plain) -> str:
    """Regex source matching any of ``words``; ``char`` gives each character's pattern."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for c in word:
            node = node.setdefault(c, {})
        node[""] = True

    def emit(node: dict[str, Any]) -> str:
        branches = [char(c) + emit(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)
