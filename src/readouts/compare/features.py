"""The aligner's evidence for every pair of sentences of two accounts.

What one account contributes (its sentence vectors, speakers, actors, quantities, topics,
notions, tone words, clauses) is computed once per account in an ``Account``, however
many other accounts it is compared with; a pair of accounts then only combines two of
them, with numpy over whole matrices rather than a Python loop per pair of sentences.

Clauses are the dear part: each clause of a long sentence is encoded on its own. Their
features matter only where the whole sentences leave the question open, so they are
computed only for the candidate pairs (``candidates``): pairs not vetoed whose sentences
are close, or share a specific topic or notion. A pair left closed takes the sentence
cosine for its clause features, as a one-clause sentence has; a sentence in no
candidate pair has its clauses never encoded.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from readouts.compare.clauses import split_clauses
from readouts.compare.embed import embed
from readouts.extract.people.speakers import is_joint
from readouts.extract.tags.concepts import tag_concepts
from readouts.extract.tags.tone import characterize
from readouts.model import Readout

_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_YEARS = (1900, 2100)
_MIN_CENTERED = 4  # sentences an account needs before its mean direction means anything
_SMALL = 31  # day numbers, hours and small counts are too often dates to veto on
_HUB_K = 3  # neighbours whose mean similarity marks a sentence close to everything
# Candidate pairs for the clause features: the sentences' centred cosine at least this,
# or an anchor shared. On the hand alignments that leaves open 207 of the 228 gold links
# not vetoed and 285 of the 293 links the full computation makes, and 23% of the
# sentences with clauses need none encoded; leave-one-pair-out, one-sided sentences and
# links score as well as with every pair open (benchmarks/bench_align.py).
CANDIDATE_COSINE = 0.2

Sets = list[frozenset]


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


def _incidence(xs: Sets, ys: Sets) -> tuple[np.ndarray, np.ndarray, list]:
    """0/1 matrices (sentences x labels) of both sides over the labels either uses."""
    labels = sorted({x for s in xs + ys for x in s}, key=str)
    index = {label: k for k, label in enumerate(labels)}

    def matrix(sets: Sets) -> np.ndarray:
        out = np.zeros((len(sets), len(labels)))
        for i, s in enumerate(sets):
            for label in s:
                out[i, index[label]] = 1.0
        return out

    return matrix(xs), matrix(ys), labels


def sharing(xs: Sets, ys: Sets) -> np.ndarray:
    """1 where both sets share a member."""
    a, b, _ = _incidence(xs, ys)
    return (a @ b.T > 0).astype(float)


def disjoint(xs: Sets, ys: Sets) -> np.ndarray:
    """Boolean matrix: both sets non-empty and sharing nothing."""
    a, b, _ = _incidence(xs, ys)
    filled = np.outer(a.any(axis=1), b.any(axis=1))
    return filled & ~(a @ b.T > 0)


def rarity_anchor(ta: Sets, tb: Sets) -> np.ndarray:
    """The rarest label (topic, concept) two sentences share, as 0..1: one raised once on
    each side scores 1, one raised in every sentence (relations with the US) close to 0."""
    n = len(ta) + len(tb)
    if n <= 2:
        return np.zeros((len(ta), len(tb)))
    a, b, _ = _incidence(ta, tb)
    df = a.sum(axis=0) + b.sum(axis=0)
    weight = np.minimum(1.0, np.log(n / np.maximum(df, 1)) / math.log(n / 2))
    out = np.zeros((len(ta), len(tb)))
    for k in np.nonzero((a.sum(axis=0) > 0) & (b.sum(axis=0) > 0))[0]:  # labels both use
        np.maximum(out, np.outer(a[:, k], b[:, k]) * weight[k], out=out)
    return out


def centered(vectors: np.ndarray) -> np.ndarray:
    """Remove the account's mean direction (its language and the readout genre), which
    otherwise makes every sentence look alike; too short an account keeps its vectors."""
    if len(vectors) < _MIN_CENTERED:
        return vectors
    out = vectors - vectors.mean(axis=0, keepdims=True)
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)


@dataclass
class Account:
    """What the aligner needs of one readout, each part computed once on first use."""

    readout: Readout
    _clause_vectors: dict[int, np.ndarray] = field(default_factory=dict, repr=False)

    @cached_property
    def vectors(self) -> np.ndarray:
        return embed([s.text for s in self.readout.sentences])

    @cached_property
    def centered(self) -> np.ndarray:
        return centered(self.vectors)

    @cached_property
    def speakers(self) -> Sets:
        return [frozenset([s.speaker]) if s.speaker else frozenset()
                for s in self.readout.sentences]

    @cached_property
    def actors(self) -> Sets:
        return sentence_actors(self.readout)

    @cached_property
    def numbers(self) -> Sets:
        return sentence_numbers(self.readout)

    @cached_property
    def topics(self) -> Sets:
        return [frozenset(s.topics) for s in self.readout.sentences]

    @cached_property
    def concepts(self) -> Sets:
        return tag_concepts([s.text for s in self.readout.sentences], self.readout.language)

    @cached_property
    def third_parties(self) -> Sets:
        """Actors each sentence names who are neither speakers nor in the opening
        sentence: not the principals, whom nearly every sentence names, but the Yellen or
        Blinken whose visit both sides report."""
        principals = {s.speaker for s in self.readout.sentences if s.speaker}
        principals |= self.actors[0] if self.actors else set()
        return [frozenset(x - principals) for x in self.actors]

    @cached_property
    def tones(self) -> Sets:
        return [frozenset(characterize(s.text, self.readout.language))
                for s in self.readout.sentences]

    @cached_property
    def joint(self) -> np.ndarray:
        return np.array([is_joint(s.text, self.readout.language)
                         for s in self.readout.sentences], float)

    @cached_property
    def clauses(self) -> list[list[str]]:
        return [split_clauses(s.text, self.readout.language) for s in self.readout.sentences]

    @cached_property
    def _clause_mean(self) -> np.ndarray:
        """The mean direction of the account's clauses, a sentence's vector standing for
        each of its clauses (a clause of one sentence is the sentence)."""
        weights = np.array([len(cs) for cs in self.clauses], float)
        return (self.vectors * weights[:, None]).sum(axis=0) / max(weights.sum(), 1.0)

    def clause_texts(self, wanted: np.ndarray) -> list[str]:
        """The clauses of the sentences ``wanted`` (indices) still to be encoded: those of
        sentences with more than one clause whose vectors are not made yet."""
        return [c for i in map(int, wanted) if i not in self._clause_vectors
                and len(self.clauses[i]) > 1 for c in self.clauses[i]]

    def clause_vectors(self, wanted: np.ndarray) -> list[np.ndarray]:
        """Centred clause vectors of the sentences ``wanted`` (indices), encoding only the
        clauses of those sentences not encoded yet, in one batch."""
        todo = [int(i) for i in wanted if int(i) not in self._clause_vectors]
        vectors = iter(embed(self.clause_texts(np.array(todo, dtype=int))))
        center = sum(map(len, self.clauses)) >= _MIN_CENTERED
        for i in todo:
            if len(self.clauses[i]) > 1:
                raw = np.stack([next(vectors) for _ in self.clauses[i]])
            else:
                raw = self.vectors[i:i + 1]
            if center:
                raw = raw - self._clause_mean
                raw = raw / np.maximum(np.linalg.norm(raw, axis=1, keepdims=True), 1e-9)
            self._clause_vectors[i] = raw
        return [self._clause_vectors[int(i)] for i in wanted]


@dataclass(frozen=True)
class Evidence:
    """What two accounts share before any clause is compared: the vetoed pairs, the
    sentences' centred cosine, the anchors, and the pairs left open for clauses."""

    vetoed: np.ndarray
    centred: np.ndarray
    topic: np.ndarray
    concept: np.ndarray
    third: np.ndarray
    tone: np.ndarray
    open: np.ndarray

    @property
    def anchors(self) -> np.ndarray:
        return self.topic + self.concept + self.third + self.tone

    def clause_texts(self, a: Account, b: Account) -> list[str]:
        """The clauses the open pairs need that neither account has encoded yet."""
        return a.clause_texts(np.nonzero(self.open.any(axis=1))[0]) + \
            b.clause_texts(np.nonzero(self.open.any(axis=0))[0])


def pair_evidence(a: Account, b: Account, vetoed: np.ndarray | None = None) -> Evidence:
    """The ``Evidence`` of two accounts; ``vetoed`` when computed already."""
    vetoed = veto(a, b) if vetoed is None else vetoed
    centred = a.centered @ b.centered.T
    topic, concept = rarity_anchor(a.topics, b.topics), rarity_anchor(a.concepts, b.concepts)
    third = sharing(a.third_parties, b.third_parties)
    tone = sharing(a.tones, b.tones)
    return Evidence(vetoed, centred, topic, concept, third, tone,
                    candidates(centred, topic + concept + third + tone, vetoed))


def hubness_corrected(sim: np.ndarray) -> np.ndarray:
    """Similarity less each sentence's mean similarity with its nearest counterparts: a
    vague sentence close to everything ("the two sides exchanged views") counts less."""
    n, m = sim.shape
    row = np.sort(sim, axis=1)[:, -min(_HUB_K, m):].mean(axis=1, keepdims=True)
    col = np.sort(sim, axis=0)[-min(_HUB_K, n):, :].mean(axis=0, keepdims=True)
    return 2 * sim - row - col


def ranks(scores: np.ndarray, axis: int) -> np.ndarray:
    """0 for the best of each row (axis 1) or column (axis 0), 1 for the next, ..."""
    return np.argsort(np.argsort(-scores, axis=axis, kind="stable"), axis=axis, kind="stable")


def candidates(sentence_cosine: np.ndarray, anchors: np.ndarray, veto: np.ndarray
               ) -> np.ndarray:
    """Pairs whose clauses are worth comparing: not vetoed, and close as whole sentences
    (``CANDIDATE_COSINE``) or sharing a topic, notion, third party or tone word
    (``anchors`` > 0)."""
    return ((sentence_cosine >= CANDIDATE_COSINE) | (anchors > 0)) & ~veto


def clause_similarity(a: Account, b: Account, open_pairs: np.ndarray,
                      fallback: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per pair of sentences: the best match of any two of their clauses, and the mean of
    each clause's best match (both ways), each account's clauses centred on their mean;
    ``fallback`` (the sentences' own similarity) where the pair is not open."""
    best, cover = fallback.copy(), fallback.copy()
    rows, cols = np.nonzero(open_pairs.any(axis=1))[0], np.nonzero(open_pairs.any(axis=0))[0]
    if not len(rows) or not len(cols):
        return best, cover
    ca, cb = a.clause_vectors(rows), b.clause_vectors(cols)
    la, lb = np.array([len(c) for c in ca]), np.array([len(c) for c in cb])
    sa, sb = np.r_[0, np.cumsum(la)[:-1]], np.r_[0, np.cumsum(lb)[:-1]]
    sim = np.concatenate(ca) @ np.concatenate(cb).T  # clauses x clauses
    to_b = np.maximum.reduceat(sim, sb, axis=1)  # each clause of a: best in sentence j
    to_a = np.maximum.reduceat(sim, sa, axis=0)  # each clause of b: best in sentence i
    block_best = np.maximum.reduceat(to_b, sa, axis=0)
    cover_ab = np.add.reduceat(to_b, sa, axis=0) / la[:, None]
    cover_ba = np.add.reduceat(to_a, sb, axis=1) / lb[None, :]
    grid = np.ix_(rows, cols)
    wanted = open_pairs[grid]
    best[grid] = np.where(wanted, block_best, best[grid])
    cover[grid] = np.where(wanted, 0.5 * (cover_ab + cover_ba), cover[grid])
    return best, cover


_NEIGHBOURS = ((0, 0), (2, 2), (0, 1), (2, 1), (1, 0), (1, 2))  # offsets in the padded grid


def best_neighbour(scores: np.ndarray) -> np.ndarray:
    """For each pair, the best score of the pairs one sentence before or after it on
    either side or both (the diagonal: the story goes on; a row or column: one sentence
    covering two)."""
    n, m = scores.shape
    padded = np.pad(scores, 1, constant_values=-1.0)
    return np.max([padded[r:r + n, c:c + m] for r, c in _NEIGHBOURS], axis=0)


def veto(a: Account, b: Account) -> np.ndarray:
    """Pairs said by different speakers, naming different actors, or stating different
    quantities: what one leader said is not what the other said, however alike."""
    return (disjoint(a.speakers, b.speakers) | disjoint(a.actors, b.actors)
            | disjoint(a.numbers, b.numbers))


def pair_features(a: Account, b: Account, vetoed: np.ndarray | None = None,
                  evidence: Evidence | None = None) -> dict[str, np.ndarray]:
    """Every kind of evidence for every pair of sentences, as (len(a), len(b)) arrays;
    ``evidence`` when the pair's ``Evidence`` is computed already."""
    found = evidence or pair_evidence(a, b, vetoed)
    centred, anchors = found.centred, found.anchors
    n, m = centred.shape
    opening = np.zeros((n, m))
    opening[0, 0] = 1.0
    places = np.abs(np.arange(n)[:, None] / max(n - 1, 1) - np.arange(m)[None, :] / max(m - 1, 1))
    clause_best, clause_cover = clause_similarity(a, b, found.open, centred)
    story = centred + 0.25 * (anchors + opening)
    return {
        "cosine": a.vectors @ b.vectors.T,
        "centered": centred,
        "hubness": hubness_corrected(centred),
        "clause_best": clause_best,
        "clause_cover": clause_cover,
        "clause_top": (ranks(clause_cover, 1) == 0) + (ranks(clause_cover, 0) == 0) * 1.0,
        "rank": np.log1p(ranks(centred, 1)) + np.log1p(ranks(centred, 0)),
        "topic": found.topic,
        "concept": found.concept,
        "third_party": found.third,
        "tone": found.tone,
        "opening": opening,
        "same_speaker": sharing(a.speakers, b.speakers),
        "same_numbers": sharing(a.numbers, b.numbers),
        "joint": np.outer(a.joint, b.joint),
        "place": places,
        "context": np.clip(best_neighbour(story), 0.0, None),
    }
