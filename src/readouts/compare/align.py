"""Cross-language sentence alignment between two accounts of one contact.

Cosine similarity of multilingual USE embeddings finds sentences that say the same
thing in different languages, but on its own it is weak evidence: a readout's genre and
language make every sentence look alike, and a paraphrase across languages often scores
no higher than a neighbour on the same subject. So the score adds lexical anchors that
survive translation (a topic both sentences raise, rarer topics counting more; a third
party both name; a tone word both use; both being the opening sentence, which in this
genre reports the contact itself). Accounts also tell their story in much the same
order, so a pair whose neighbours score well too (the next sentences of both, or a
sentence beside it covering the same ground) gains a share of their score. Each
sentence then links to its best counterpart when that scores above the threshold, in
both directions, so one long Chinese sentence may take two English ones. Embeddings
barely tell "Trump" from "Putin" or 100 from 200, so a pair whose sentences name
disjoint sets of actors, or state disjoint sets of quantities, is vetoed before the
best counterparts are chosen.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np

from readouts.compare.embed import embed
from readouts.extract.tone import characterize
from readouts.model import Readout

# Calibrated on the hand alignments in tests/fixtures/alignment (benchmarks/bench_align.py
# --sweep, which also reports the leave-one-pair-out figure): the F1-best cut and weight.
THRESHOLD = 0.36
# What each anchor (shared topic, third party, tone word, opening) adds to the cosine.
ANCHOR = 0.25
# Share of the best neighbouring pair's score a pair gains.
CONTEXT = 0.2
# A second counterpart (one-to-many) must score almost as well as the best one.
MARGIN = 0.03

_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_YEARS = (1900, 2100)
_MIN_CENTERED = 4  # sentences an account needs before its mean direction means anything
_SMALL = 31  # day numbers, hours and small counts are too often dates to veto on


@dataclass(frozen=True)
class Link:
    """Sentence ``a`` of the first account says what sentence ``b`` of the second says;
    ``score`` is the evidence (cosine, anchors, context), capped at 1 for display."""

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


def _topic_anchor(a: Readout, b: Readout) -> np.ndarray:
    """The rarest topic two sentences share, as 0..1: a topic raised once on each side
    scores 1, one raised in every sentence (relations with the US) close to 0."""
    ta = [set(s.topics) for s in a.sentences]
    tb = [set(s.topics) for s in b.sentences]
    n = len(ta) + len(tb)
    out = np.zeros((len(ta), len(tb)))
    if n <= 2:
        return out
    df: dict[str, int] = {}
    for topics in ta + tb:
        for t in topics:
            df[t] = df.get(t, 0) + 1
    top = math.log(n / 2)
    for i, x in enumerate(ta):
        for j, y in enumerate(tb):
            shared = x & y
            if shared:
                out[i, j] = min(1.0, max(math.log(n / df[t]) for t in shared) / top)
    return out


def _third_parties(readout: Readout) -> list[frozenset[str]]:
    """Actors each sentence names who are neither speakers nor in the opening sentence:
    not the principals, whom nearly every sentence names, but the Yellen or Blinken
    whose visit both sides report."""
    actors = sentence_actors(readout)
    principals = {s.speaker for s in readout.sentences if s.speaker}
    principals |= actors[0] if actors else set()
    return [frozenset(x - principals) for x in actors]


def _tones(readout: Readout) -> list[frozenset[str]]:
    return [frozenset(characterize(s.text, readout.language)) for s in readout.sentences]


def _sharing(xs: list[frozenset], ys: list[frozenset]) -> np.ndarray:
    """1 where both sets share a member."""
    out = np.zeros((len(xs), len(ys)))
    for i, x in enumerate(xs):
        if x:
            for j, y in enumerate(ys):
                if not x.isdisjoint(y):
                    out[i, j] = 1.0
    return out


def anchor_matrix(a: Readout, b: Readout) -> np.ndarray:
    """Evidence beyond the embeddings, one unit per anchor: the rarest shared topic, a
    shared third party, a shared tone word, and the two opening sentences."""
    out = _topic_anchor(a, b) + _sharing(_third_parties(a), _third_parties(b)) \
        + _sharing(_tones(a), _tones(b))
    if out.size:
        out[0, 0] += 1.0
    return out


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
    return links_from_scores(score_matrix(a, b), threshold, margin)


def score_matrix(a: Readout, b: Readout, anchor: float = ANCHOR,
                 context: float = CONTEXT) -> np.ndarray:
    """Cosine plus anchors plus context for every pair of sentences; vetoed pairs -1."""
    scores = similarity(a, b) + anchor * anchor_matrix(a, b)
    vetoed = veto_matrix(a, b)
    scores[vetoed] = -1.0
    scores = scores + context * np.clip(best_neighbour(scores), 0.0, None)
    scores[vetoed] = -1.0
    return scores


_NEIGHBOURS = ((0, 0), (2, 2), (0, 1), (2, 1), (1, 0), (1, 2))  # offsets in the padded grid


def best_neighbour(scores: np.ndarray) -> np.ndarray:
    """For each pair, the best score of the pairs one sentence before or after it on
    either side or both (the diagonal: the story goes on; a row or column: one sentence
    covering two)."""
    n, m = scores.shape
    padded = np.pad(scores, 1, constant_values=-1.0)
    return np.max([padded[r:r + n, c:c + m] for r, c in _NEIGHBOURS], axis=0)


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
    return [Link(int(i), int(j), round(min(1.0, float(scores[i, j])), 4))
            for i, j in zip(*np.nonzero(keep), strict=True)]
