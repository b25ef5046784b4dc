"""Cross-language sentence alignment between two accounts of one contact.

Cosine similarity of multilingual USE embeddings finds sentences that say the same
thing in different languages. Each sentence links to its best counterpart when that
scores above the threshold, in both directions, so one long Chinese sentence may take
two English ones. Embeddings barely tell "Trump" from "Putin" or 100 from 200, so a pair
whose sentences name disjoint sets of actors, or state disjoint sets of quantities, is
vetoed before the best counterparts are chosen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from readouts.compare.embed import embed
from readouts.model import Readout

# Calibrated on the hand alignments in tests/fixtures/alignment (benchmarks/bench_align.py):
# the F1-best cut on the corpus pairs.
THRESHOLD = 0.28
# A second counterpart (one-to-many) must score almost as well as the best one.
MARGIN = 0.03

_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_YEARS = (1900, 2100)
_MIN_CENTERED = 4  # sentences an account needs before its mean direction means anything
_SMALL = 31  # day numbers, hours and small counts are too often dates to veto on


@dataclass(frozen=True)
class Link:
    """Sentence ``a`` of the first account says what sentence ``b`` of the second says."""

    a: int
    b: int
    score: float


def sentence_actors(readout: Readout) -> list[frozenset[str]]:
    """Actor ids each sentence names or is spoken by."""
    actors: list[set[str]] = [set() for _ in readout.sentences]
    for m in readout.mentions:
        if 0 <= m.sentence < len(actors):
            actors[m.sentence].add(m.actor)
    for s in readout.sentences:
        if s.speaker and 0 <= s.i < len(actors):
            actors[s.i].add(s.speaker)
    return [frozenset(a) for a in actors]


def _digit_value(token: str) -> float | None:
    """A bare number as written; None for day numbers, years and unreadable tokens."""
    digits = token.replace(",", "")
    try:
        value = float(digits)
    except ValueError:
        return None
    if value <= _SMALL or (value.is_integer() and _YEARS[0] <= value <= _YEARS[1]):
        return None
    return value


def sentence_numbers(readout: Readout) -> list[frozenset[float]]:
    """Quantities each sentence states: its figures' scaled values, plus bare numbers."""
    numbers: list[set[float]] = [set() for _ in readout.sentences]
    for f in readout.figures:
        if 0 <= f.sentence < len(numbers):
            numbers[f.sentence].add(round(float(f.value), 6))
    for s in readout.sentences:
        if s.i >= len(numbers):
            continue
        for token in _DIGITS.findall(s.text):
            value = _digit_value(token)
            if value is not None:
                numbers[s.i].add(round(value, 6))
    return [frozenset(n) for n in numbers]


def _disjoint(xs: list[frozenset], ys: list[frozenset]) -> np.ndarray:
    """Boolean matrix: both sets non-empty and sharing nothing."""
    out = np.zeros((len(xs), len(ys)), dtype=bool)
    for i, x in enumerate(xs):
        if not x:
            continue
        for j, y in enumerate(ys):
            if y and x.isdisjoint(y):
                out[i, j] = True
    return out


def _speakers(readout: Readout) -> list[frozenset[str]]:
    return [frozenset([s.speaker]) if s.speaker else frozenset() for s in readout.sentences]


def veto_matrix(a: Readout, b: Readout) -> np.ndarray:
    """Pairs said by different speakers, naming different actors, or stating different
    quantities: what one leader said is not what the other said, however alike."""
    return (_disjoint(_speakers(a), _speakers(b))
            | _disjoint(sentence_actors(a), sentence_actors(b))
            | _disjoint(sentence_numbers(a), sentence_numbers(b)))


def _centered(vectors: np.ndarray) -> np.ndarray:
    """Remove the account's mean direction (its language and the readout genre), which
    otherwise makes every sentence look alike; too short an account keeps its vectors."""
    if len(vectors) < _MIN_CENTERED:
        return vectors
    out = vectors - vectors.mean(axis=0, keepdims=True)
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)


def similarity(a: Readout, b: Readout) -> np.ndarray:
    """Cosine similarity of every sentence of ``a`` with every sentence of ``b``."""
    ea = _centered(embed([s.text for s in a.sentences]))
    eb = _centered(embed([s.text for s in b.sentences]))
    return ea @ eb.T


def align(a: Readout, b: Readout, threshold: float = THRESHOLD,
          margin: float = MARGIN) -> list[Link]:
    """Links between the sentences of two accounts, sorted by ``a`` then ``b``."""
    if not a.sentences or not b.sentences:
        return []
    scores = similarity(a, b)
    scores[veto_matrix(a, b)] = -1.0
    return links_from_scores(scores, threshold, margin)


def links_from_scores(scores: np.ndarray, threshold: float = THRESHOLD,
                      margin: float = MARGIN) -> list[Link]:
    """Above the threshold: each sentence's best counterpart either way, plus pairs
    near-best both ways (a long sentence covering two short ones)."""
    if scores.size == 0:
        return []
    row_best = scores.max(axis=1, keepdims=True)
    col_best = scores.max(axis=0, keepdims=True)
    best = (scores >= row_best) | (scores >= col_best)
    near = (scores >= row_best - margin) & (scores >= col_best - margin)
    keep = (scores >= threshold) & (best | near)
    return [Link(int(i), int(j), round(float(scores[i, j]), 4))
            for i, j in zip(*np.nonzero(keep), strict=True)]
