"""Cross-language sentence alignment between two accounts of one contact.

Cosine similarity of multilingual USE embeddings finds sentences that say the same
thing in different languages, but on its own it is weak evidence: a readout's genre and
language make every sentence look alike, and a paraphrase across languages often scores
no higher than a neighbour on the same subject. So each pair of sentences gets several
kinds of evidence (``features``): the cosine of the whole sentences, raw, centred on each
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

import math
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np
import yaml

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


@dataclass(frozen=True)
class _Sets:
    """Per sentence of one account: its speaker, the actors it names, its quantities."""

    speakers: list[frozenset[str]]
    actors: list[frozenset[str]]
    numbers: list[frozenset[float]]


def _sets(readout: Readout) -> _Sets:
    return _Sets(_speakers(readout), sentence_actors(readout), sentence_numbers(readout))


def _veto(sa: _Sets, sb: _Sets) -> np.ndarray:
    return (_disjoint(sa.speakers, sb.speakers) | _disjoint(sa.actors, sb.actors)
            | _disjoint(sa.numbers, sb.numbers))


def veto_matrix(a: Readout, b: Readout) -> np.ndarray:
    """Pairs said by different speakers, naming different actors, or stating different
    quantities: what one leader said is not what the other said, however alike."""
    return _veto(_sets(a), _sets(b))


def _rarity_anchor(ta: list[frozenset[str]], tb: list[frozenset[str]]) -> np.ndarray:
    """The rarest label (topic, concept) two sentences share, as 0..1: one raised once on
    each side scores 1, one raised in every sentence (relations with the US) close to 0."""
    n = len(ta) + len(tb)
    out = np.zeros((len(ta), len(tb)))
    if n <= 2:
        return out
    df: dict[str, int] = {}
    for labels in ta + tb:
        for t in labels:
            df[t] = df.get(t, 0) + 1
    top = math.log(n / 2)
    for i, x in enumerate(ta):
        for j, y in enumerate(tb):
            shared = x & y
            if shared:
                out[i, j] = min(1.0, max(math.log(n / df[t]) for t in shared) / top)
    return out


def topic_anchor(a: Readout, b: Readout) -> np.ndarray:
    """The rarest topic two sentences share (see ``_rarity_anchor``)."""
    return _rarity_anchor([frozenset(s.topics) for s in a.sentences],
                          [frozenset(s.topics) for s in b.sentences])


def concept_anchor(a: Readout, b: Readout) -> np.ndarray:
    """The rarest diplomatic notion two sentences share: "candid", "keep in touch"."""
    return _rarity_anchor(tag_concepts([s.text for s in a.sentences], a.language),
                          tag_concepts([s.text for s in b.sentences], b.language))


def _third_parties(readout: Readout, actors: list[frozenset[str]]) -> list[frozenset[str]]:
    """Actors each sentence names who are neither speakers nor in the opening sentence:
    not the principals, whom nearly every sentence names, but the Yellen or Blinken
    whose visit both sides report."""
    principals = {s.speaker for s in readout.sentences if s.speaker}
    principals |= actors[0] if actors else set()
    return [frozenset(x - principals) for x in actors]


def _sharing(xs: list[frozenset], ys: list[frozenset]) -> np.ndarray:
    """1 where both sets share a member."""
    out = np.zeros((len(xs), len(ys)))
    for i, x in enumerate(xs):
        if x:
            for j, y in enumerate(ys):
                if not x.isdisjoint(y):
                    out[i, j] = 1.0
    return out


def third_party_anchor(a: Readout, b: Readout) -> np.ndarray:
    """1 where two sentences name the same third party (see ``_third_parties``)."""
    return _sharing(_third_parties(a, sentence_actors(a)),
                    _third_parties(b, sentence_actors(b)))


def tone_anchor(a: Readout, b: Readout) -> np.ndarray:
    """1 where two sentences use the same tone word ("costruttivo" / "建设性")."""
    return _sharing([frozenset(characterize(s.text, a.language)) for s in a.sentences],
                    [frozenset(characterize(s.text, b.language)) for s in b.sentences])


def _centered(vectors: np.ndarray) -> np.ndarray:
    """Remove the account's mean direction (its language and the readout genre), which
    otherwise makes every sentence look alike; too short an account keeps its vectors."""
    if len(vectors) < _MIN_CENTERED:
        return vectors
    out = vectors - vectors.mean(axis=0, keepdims=True)
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)


def similarity(a: Readout, b: Readout) -> np.ndarray:
    """Cosine similarity of every sentence of ``a`` with every sentence of ``b``, each
    account centred on its mean."""
    return _centered(_vectors(a)) @ _centered(_vectors(b)).T


def _vectors(readout: Readout) -> np.ndarray:
    return embed([s.text for s in readout.sentences])


def _hubness_corrected(sim: np.ndarray) -> np.ndarray:
    """Similarity less each sentence's mean similarity with its nearest counterparts: a
    vague sentence close to everything ("the two sides exchanged views") counts less."""
    n, m = sim.shape
    row = np.sort(sim, axis=1)[:, -min(_HUB_K, m):].mean(axis=1, keepdims=True)
    col = np.sort(sim, axis=0)[-min(_HUB_K, n):, :].mean(axis=0, keepdims=True)
    return 2 * sim - row - col


def clause_similarity(a: Readout, b: Readout) -> tuple[np.ndarray, np.ndarray]:
    """Per pair of sentences: the best match of any two of their clauses, and the mean of
    each clause's best match (both ways), each account's clauses centred on their mean."""
    ca = [split_clauses(s.text, a.language) for s in a.sentences]
    cb = [split_clauses(s.text, b.language) for s in b.sentences]
    ea = _centered(embed([c for cs in ca for c in cs]))
    eb = _centered(embed([c for cs in cb for c in cs]))
    sim = ea @ eb.T
    starts_a = np.cumsum([0] + [len(cs) for cs in ca])
    starts_b = np.cumsum([0] + [len(cs) for cs in cb])
    best = np.zeros((len(ca), len(cb)))
    cover = np.zeros((len(ca), len(cb)))
    for i in range(len(ca)):
        rows = sim[starts_a[i]:starts_a[i + 1]]
        for j in range(len(cb)):
            block = rows[:, starts_b[j]:starts_b[j + 1]]
            best[i, j] = block.max()
            cover[i, j] = 0.5 * (block.max(axis=1).mean() + block.max(axis=0).mean())
    return best, cover


def _ranks(scores: np.ndarray, axis: int) -> np.ndarray:
    """0 for the best of each row (axis 1) or column (axis 0), 1 for the next, ..."""
    return np.argsort(np.argsort(-scores, axis=axis, kind="stable"), axis=axis, kind="stable")


def _joint(readout: Readout) -> np.ndarray:
    return np.array([is_joint(s.text, readout.language) for s in readout.sentences], float)


def features(a: Readout, b: Readout) -> dict[str, np.ndarray]:
    """Every kind of evidence for every pair of sentences, as (len(a), len(b)) arrays."""
    return _features(a, b, _sets(a), _sets(b))


def _features(a: Readout, b: Readout, sa: _Sets, sb: _Sets) -> dict[str, np.ndarray]:
    ea, eb = _vectors(a), _vectors(b)
    centered = _centered(ea) @ _centered(eb).T
    clause_best, clause_cover = clause_similarity(a, b)
    n, m = centered.shape
    opening = np.zeros((n, m))
    opening[0, 0] = 1.0
    places = np.abs(np.arange(n)[:, None] / max(n - 1, 1) - np.arange(m)[None, :] / max(m - 1, 1))
    topic, concept = topic_anchor(a, b), concept_anchor(a, b)
    third = _sharing(_third_parties(a, sa.actors), _third_parties(b, sb.actors))
    tone = tone_anchor(a, b)
    story = centered + 0.25 * (topic + concept + third + tone + opening)
    return {
        "cosine": ea @ eb.T,
        "centered": centered,
        "hubness": _hubness_corrected(centered),
        "clause_best": clause_best,
        "clause_cover": clause_cover,
        "clause_top": (_ranks(clause_cover, 1) == 0) + (_ranks(clause_cover, 0) == 0) * 1.0,
        "rank": np.log1p(_ranks(centered, 1)) + np.log1p(_ranks(centered, 0)),
        "topic": topic,
        "concept": concept,
        "third_party": third,
        "tone": tone,
        "opening": opening,
        "same_speaker": _sharing(sa.speakers, sb.speakers),
        "same_numbers": _sharing(sa.numbers, sb.numbers),
        "joint": np.outer(_joint(a), _joint(b)),
        "place": places,
        "context": np.clip(best_neighbour(story), 0.0, None),
    }


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
    sa, sb = _sets(a), _sets(b)
    found = _features(a, b, sa, sb)
    scores = (fitted or model()).probability(found)
    scores[_veto(sa, sb)] = 0.0
    if within_topic:
        topic_constraint(scores, found, a, b)
    return scores


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
    shared = _sharing([frozenset(s.topics) for s in a.sentences],
                      [frozenset(s.topics) for s in b.sentences])
    across = np.outer(tagged_a, tagged_b) & (shared <= 0) & (found["concept"] <= 0)
    damp = across & (scores < STRONG)
    scores[damp] *= CROSS_TOPIC
    return scores


_NEIGHBOURS = ((0, 0), (2, 2), (0, 1), (2, 1), (1, 0), (1, 2))  # offsets in the padded grid


def best_neighbour(scores: np.ndarray) -> np.ndarray:
    """For each pair, the best score of the pairs one sentence before or after it on
    either side or both (the diagonal: the story goes on; a row or column: one sentence
    covering two)."""
    n, m = scores.shape
    padded = np.pad(scores, 1, constant_values=-1.0)
    return np.max([padded[r:r + n, c:c + m] for r, c in _NEIGHBOURS], axis=0)


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
