"""Cross-language sentence alignment between two accounts of one contact.

Cosine similarity of multilingual USE embeddings finds sentences that say the same
thing in different languages, but on its own it is weak evidence: a readout's genre and
language make every sentence look alike, and a paraphrase across languages often scores
no higher than a neighbour on the same subject. So each pair of sentences gets several
kinds of evidence (``pairs``): the cosine of the whole sentences, raw, centred on each
account's mean and corrected for sentences that are close to everything; the best and
the mean match of their clauses, since a long Chinese sentence often covers two short
English ones; lexical anchors that survive translation (a topic or a diplomatic notion
both raise, rarer ones counting more; a third party both name; a tone word both use;
both being the opening sentence); both narrating a joint act; their places in the two
accounts; and how well their neighbours match, since accounts tell their story in much
the same order. A logistic model (``aligner.yaml``, fitted on the hand alignments of
tests/fixtures/alignment by ``benchmarks/bench_align.py --fit``) weighs them into the
probability that the two say the same thing.

Each sentence then links to its best counterpart when that is likely enough, in both
directions, so one long Chinese sentence may take two English ones. Embeddings barely
tell "Trump" from "Putin" or 100 from 200, and what one leader said is not what the
other said however alike the words, so pairs said by different speakers, naming disjoint
sets of actors or stating disjoint sets of quantities are vetoed, and a pair whose
sentences are on different topics (both tagged, sharing no topic and no notion) keeps
only part of its probability unless the evidence is strong (``topic_constraint``): a
link inside one topic beats one across topics.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np
import yaml

from readouts.compare.features import Account, rarity_anchor, sharing
from readouts.compare.pairs import (
    Evidence,
    Gate,
    best_neighbour,
    pair_evidence,
    pair_features,
    veto,
)
from readouts.model import Readout

__all__ = ["Account", "Evidence", "Link", "Model", "align", "best_neighbour", "features",
           "gate", "links_from_scores", "model", "pair_evidence", "score_accounts", "score_matrix",
           "similarity", "topic_constraint", "veto_matrix"]


@dataclass(frozen=True)
class Link:
    """Sentence ``a`` of the first account says what sentence ``b`` of the second says;
    ``score`` is the model's probability that it does."""

    a: int
    b: int
    score: float


@dataclass(frozen=True)
class Model:
    """The fitted logistic model: feature names, their standardisation and weights, the
    bias, and the linking threshold and margin (probabilities)."""

    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float
    threshold: float
    margin: float

    def probability(self, features: dict[str, np.ndarray]) -> np.ndarray:
        """P(same content) for every pair of sentences."""
        stack = np.stack([features[name] for name in self.features], axis=-1)
        z = (stack - self.mean) / self.scale
        return 1.0 / (1.0 + np.exp(-(z @ self.weights + self.bias)))


@cache
def model() -> Model:
    """The model fitted on the hand alignments (``aligner.yaml`` beside this module)."""
    text = resources.files(__package__).joinpath("aligner.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    rows = data["features"]
    return Model(features=tuple(rows), mean=np.array([rows[n]["mean"] for n in rows]),
                 scale=np.array([rows[n]["scale"] for n in rows]),
                 weights=np.array([rows[n]["weight"] for n in rows]),
                 bias=float(data["bias"]), threshold=float(data["threshold"]),
                 margin=float(data["margin"]))


def veto_matrix(a: Readout, b: Readout) -> np.ndarray:
    """Pairs said by different speakers, naming different actors, or stating different
    quantities: what one leader said is not what the other said, however alike."""
    return veto(Account(a), Account(b))


def topic_anchor(a: Readout, b: Readout) -> np.ndarray:
    """The rarest topic two sentences share (see ``features.rarity_anchor``)."""
    return rarity_anchor(Account(a).topics, Account(b).topics)


def third_party_anchor(a: Readout, b: Readout) -> np.ndarray:
    """1 where two sentences name the same third party (``Account.third_parties``)."""
    return sharing(Account(a).third_parties, Account(b).third_parties)


def tone_anchor(a: Readout, b: Readout) -> np.ndarray:
    """1 where two sentences use the same tone word ("costruttivo" / "建设性")."""
    return sharing(Account(a).tones, Account(b).tones)


def similarity(a: Readout, b: Readout) -> np.ndarray:
    """Cosine similarity of every sentence of ``a`` with every sentence of ``b``, each
    account centred on its mean."""
    return Account(a).centered @ Account(b).centered.T


def features(a: Readout, b: Readout) -> dict[str, np.ndarray]:
    """Every kind of evidence for every pair of sentences, as (len(a), len(b)) arrays."""
    account_a, account_b = Account(a), Account(b)
    return pair_features(account_a, account_b, gate=gate(model(), account_a, account_b))


def align(a: Readout, b: Readout) -> list[Link]:
    """Links between the sentences of two accounts, sorted by ``a`` then ``b``."""
    if not a.sentences or not b.sentences:
        return []
    fitted = model()
    return links_from_scores(score_matrix(a, b), fitted.threshold, fitted.margin)


def score_matrix(a: Readout, b: Readout, fitted: Model | None = None,
                 within_topic: bool = True) -> np.ndarray:
    """Probability that two sentences say the same thing, for every pair; vetoed pairs 0;
    pairs across topics damped (``within_topic``, see ``topic_constraint``)."""
    return score_accounts(Account(a), Account(b), fitted, within_topic)


def score_accounts(a: Account, b: Account, fitted: Model | None = None,
                   within_topic: bool = True, evidence: Evidence | None = None) -> np.ndarray:
    """``score_matrix`` of two accounts whose per-account parts may be computed already
    (one account compared with several), as may their ``Evidence``."""
    fitted = fitted or model()
    evidence = evidence or pair_evidence(a, b)
    found = pair_features(a, b, evidence=evidence, gate=gate(fitted, a, b))
    scores = fitted.probability(found)
    scores[evidence.vetoed] = 0.0
    if within_topic:
        topic_constraint(scores, found, a.readout, b.readout)
    return scores


# Clauses are encoded alone only for the sentences of a pair this likely when every clause
# is pooled from its sentence: on the hand alignments that leaves a third of the clauses
# pooled, and one-sided sentences, claims and links score as with all encoded (within
# 0.001, benchmarks/bench_align.py); below it a link is out of reach (threshold 0.15).
EXACT_P = 0.05


def gate(fitted: Model, a: Account, b: Account) -> Gate:
    """The pairs worth their clauses encoded alone (``pairs.settle``): the model's
    probability on pooled clauses, vetoes and topics applied, at least ``EXACT_P``."""
    def worth(found: dict[str, np.ndarray], vetoed: np.ndarray) -> np.ndarray:
        scores = fitted.probability(found)
        scores[vetoed] = 0.0
        topic_constraint(scores, found, a.readout, b.readout)
        return scores >= EXACT_P

    return worth


# A pair of sentences on different topics (both tagged, no topic or notion shared) keeps
# this share of its probability unless the evidence is strong: Taiwan in one account is
# not freedom of navigation in the other, however alike the embeddings.
CROSS_TOPIC = 0.5
STRONG = 0.8


def topic_constraint(scores: np.ndarray, found: dict[str, np.ndarray], a: Readout,
                     b: Readout) -> np.ndarray:
    """Damp, in place, the pairs across topics whose probability is below ``STRONG``."""
    tagged_a = np.array([bool(s.topics) for s in a.sentences])
    tagged_b = np.array([bool(s.topics) for s in b.sentences])
    shared = sharing([frozenset(s.topics) for s in a.sentences],
                     [frozenset(s.topics) for s in b.sentences])
    across = np.outer(tagged_a, tagged_b) & (shared <= 0) & (found["concept"] <= 0)
    damp = across & (scores < STRONG)
    scores[damp] *= CROSS_TOPIC
    return scores


def links_from_scores(scores: np.ndarray, threshold: float, margin: float) -> list[Link]:
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
