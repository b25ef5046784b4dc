"""The aligner's evidence for every pair of sentences of two accounts.

Two ``features.Account`` objects combine into one (len(a), len(b)) array per kind of
evidence. Clauses are the dear part: each clause of a long sentence encoded on its own
costs as much again as the sentence. Their features matter only where the whole
sentences leave the question open, so they are computed only for the candidate pairs
(``candidates``): pairs not vetoed whose sentences are close, or share a specific topic or
notion; a pair left closed takes the sentence cosine for its clause features, as a
one-clause sentence has. Among the open pairs, the clauses of a sentence are encoded alone
only where the pair, scored on clauses pooled from their sentences, might link
(``settle``); elsewhere the pooled vectors stand.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from readouts.compare.features import Account, disjoint, rarity_anchor, sharing

_HUB_K = 3  # neighbours whose mean similarity marks a sentence close to everything
# Candidate pairs for the clause features: the sentences' centred cosine at least this,
# or an anchor shared. On the hand alignments that leaves open 207 of the 228 gold links
# not vetoed and 285 of the 293 links the full computation makes, and 23% of the
# sentences with clauses need none encoded; leave-one-pair-out, one-sided sentences and
# links score as well as with every pair open (benchmarks/bench_align.py).
CANDIDATE_COSINE = 0.2


@dataclass
class Evidence:
    """What two accounts share before any clause is compared: the vetoed pairs, the
    sentences' centred cosine, the anchors, and the pairs left open for clauses; then,
    once their pooled clauses have been weighed (``settle``), the sentences of each side
    whose clauses are worth encoding alone (``exact_a``, ``exact_b``)."""

    vetoed: np.ndarray
    centred: np.ndarray
    topic: np.ndarray
    concept: np.ndarray
    third: np.ndarray
    tone: np.ndarray
    open: np.ndarray
    exact_a: np.ndarray | None = None
    exact_b: np.ndarray | None = None
    base: dict[str, np.ndarray] | None = None  # the sentence features, once computed

    @property
    def anchors(self) -> np.ndarray:
        return self.topic + self.concept + self.third + self.tone

    def clause_texts(self, a: Account, b: Account) -> list[str]:
        """The clauses to encode alone that neither account has encoded yet."""
        rows, cols = self.open.any(axis=1), self.open.any(axis=0)
        if self.exact_a is not None and self.exact_b is not None:
            rows, cols = rows & self.exact_a, cols & self.exact_b
        return a.clause_texts(np.nonzero(rows)[0]) + b.clause_texts(np.nonzero(cols)[0])


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
                      fallback: np.ndarray, exact_a: np.ndarray | None = None,
                      exact_b: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Per pair of sentences: the best match of any two of their clauses, and the mean of
    each clause's best match (both ways), each account's clauses centred on their mean;
    ``fallback`` (the sentences' own similarity) where the pair is not open. A sentence
    whose ``exact_*`` flag is off has its clauses pooled, not encoded alone."""
    best, cover = fallback.copy(), fallback.copy()
    rows, cols = np.nonzero(open_pairs.any(axis=1))[0], np.nonzero(open_pairs.any(axis=0))[0]
    if not len(rows) or not len(cols):
        return best, cover
    ca, cb = a.clause_vectors(rows, exact_a), b.clause_vectors(cols, exact_b)
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


Gate = Callable[[dict[str, np.ndarray], np.ndarray], np.ndarray]
# (features, vetoed) -> pairs worth their clauses encoded alone


def pair_features(a: Account, b: Account, vetoed: np.ndarray | None = None,
                  evidence: Evidence | None = None, gate: Gate | None = None
                  ) -> dict[str, np.ndarray]:
    """Every kind of evidence for every pair of sentences, as (len(a), len(b)) arrays;
    ``evidence`` when the pair's ``Evidence`` is computed already. With a ``gate``, the
    clauses of the sentences of the pairs it passes on pooled clauses are encoded alone,
    the others' keep their pooled vectors (see ``settle``); without, all are encoded."""
    found = evidence or pair_evidence(a, b, vetoed)
    base = _sentence_features(a, b, found)
    if gate is not None and found.exact_a is None:
        settle(a, b, found, gate)
    return _with_clauses(base, a, b, found, found.exact_a, found.exact_b)


def settle(a: Account, b: Account, found: Evidence, gate: Gate) -> None:
    """Set ``found.exact_a`` and ``exact_b``: the sentences in an open pair that ``gate``
    passes when every clause is pooled from its sentence, the cheap approximation (the
    clauses' features decide little elsewhere, and encoding them costs as much again as
    the sentences)."""
    base = _sentence_features(a, b, found)
    approx = _with_clauses(base, a, b, found, np.zeros(len(a.clauses), bool),
                           np.zeros(len(b.clauses), bool))
    worth = found.open & gate(approx, found.vetoed)
    found.exact_a, found.exact_b = worth.any(axis=1), worth.any(axis=0)


def _with_clauses(base: dict[str, np.ndarray], a: Account, b: Account, found: Evidence,
                  exact_a: np.ndarray | None, exact_b: np.ndarray | None
                  ) -> dict[str, np.ndarray]:
    clause_best, clause_cover = clause_similarity(a, b, found.open, found.centred,
                                                  exact_a, exact_b)
    return {**base, "clause_best": clause_best, "clause_cover": clause_cover,
            "clause_top": (ranks(clause_cover, 1) == 0) + (ranks(clause_cover, 0) == 0) * 1.0}


def _sentence_features(a: Account, b: Account, found: Evidence) -> dict[str, np.ndarray]:
    """The features of whole sentences, computed once per pair of accounts (``settle`` and
    the final scoring both ask)."""
    if found.base is None:
        found.base = _whole_sentences(a, b, found)
    return found.base


def _whole_sentences(a: Account, b: Account, found: Evidence) -> dict[str, np.ndarray]:
    centred, anchors = found.centred, found.anchors
    n, m = centred.shape
    opening = np.zeros((n, m))
    opening[0, 0] = 1.0
    places = np.abs(np.arange(n)[:, None] / max(n - 1, 1) - np.arange(m)[None, :] / max(m - 1, 1))
    story = centred + 0.25 * (anchors + opening)
    return {
        "cosine": a.vectors @ b.vectors.T,
        "centered": centred,
        "hubness": hubness_corrected(centred),
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
