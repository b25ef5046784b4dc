"""What one account brings to the aligner, computed once however often it is compared.

Its sentence vectors, speakers, actors, quantities, topics, notions, tone words and
clauses live in an ``Account``, however many other accounts it is compared with; a pair
of accounts then only combines two of them (``pairs``), with numpy over whole matrices
rather than a Python loop per pair of sentences. Clause vectors come two ways: each
clause encoded alone (dear: as much again as the sentence), or pooled from its
sentence's own pass of the encoder (``compare.pooled``: nearly free, close to it).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate

import numpy as np

from readouts.compare.clauses import split_clauses
from readouts.compare.embed import embed, pooled_rows
from readouts.extract.people.speakers import is_joint
from readouts.extract.tags.concepts import tag_concepts
from readouts.extract.tags.tone import characterize
from readouts.model import Readout

_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_YEARS = (1900, 2100)
_MIN_CENTERED = 4  # sentences an account needs before its mean direction means anything
_SMALL = 31  # day numbers, hours and small counts are too often dates to veto on
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
    both = np.nonzero((a.sum(axis=0) > 0) & (b.sum(axis=0) > 0))[0]  # labels both use
    for w in np.unique(weight[both]):  # the labels of one rarity at once: few products
        group = both[weight[both] == w]
        np.maximum(out, (a[:, group] @ b[:, group].T > 0) * w, out=out)
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

    def clause_vectors(self, wanted: np.ndarray, exact: np.ndarray | None = None
                       ) -> list[np.ndarray]:
        """Centred clause vectors of the sentences ``wanted`` (indices): each clause
        encoded alone where ``exact`` (a flag per sentence; all when None), else pooled
        from its sentence's pass (``embed.pooled``). Clauses to encode go in one batch."""
        exact_at = (lambda i: True) if exact is None else (lambda i: bool(exact[i]))
        todo = [i for i in map(int, wanted) if exact_at(i) and i not in self._clause_vectors]
        if todo:
            vectors = embed(self.clause_texts(np.array(todo, dtype=int)))
            raws, used = [], 0
            for i in todo:
                if len(self.clauses[i]) > 1:
                    raws.append(vectors[used:used + len(self.clauses[i])])
                    used += len(self.clauses[i])
                else:
                    raws.append(self.vectors[i:i + 1])
            self._clause_vectors.update(zip(todo, self._centred_clauses(raws), strict=True))
        pooled = self._pooled if exact is None or not all(map(exact_at, wanted)) else []
        return [self._clause_vectors[i] if exact_at(i) else pooled[i] for i in map(int, wanted)]

    @cached_property
    def _pooled(self) -> list[np.ndarray]:
        """Every sentence's centred clause vectors pooled from its own pass of the encoder
        (a one-clause sentence's is the sentence's), all in one lookup and one product."""
        multi = [i for i, cs in enumerate(self.clauses) if len(cs) > 1]
        rows = pooled_rows([self.readout.sentences[i].text for i in multi],
                           [self.clauses[i] for i in multi])
        raws, used = [], 0
        for i, cs in enumerate(self.clauses):
            if len(cs) > 1:
                raws.append(rows[used:used + len(cs)])
                used += len(cs)
            else:
                raws.append(self.vectors[i:i + 1])
        return self._centred_clauses(raws)

    def _centred_clauses(self, raws: list[np.ndarray]) -> list[np.ndarray]:
        """Each sentence's clause vectors less the account's clause mean, as unit vectors,
        computed for all the sentences ``raws`` holds at once."""
        if sum(map(len, self.clauses)) < _MIN_CENTERED or not raws:
            return raws
        out = np.concatenate(raws) - self._clause_mean
        out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)
        ends = list(accumulate(map(len, raws)))
        return [out[end - len(raw):end] for raw, end in zip(raws, ends, strict=True)]
