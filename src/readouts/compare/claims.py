"""Attributed claims: what one side's account has the other side's leader say.

The Chinese readout has Biden say the US "does not support Taiwan independence"; the US
readout has no such words. A sentence of one side's account whose speaker is the other
side's leader is a claim about that leader, checked against the leader's own side:

- ``confirmed``: the own side has the leader (or both leaders) say it: a sentence shares
  the claim's topic and a diplomatic notion, and the aligner sees some likeness;
- ``different``: the own side speaks of the same topic in other words or another stance;
- ``absent``: it does not, or the claim holds a pledge (knowledge/pledges.yaml) the own
  side never states: the pledge is the news, whatever else both say on the topic.

Topics and notions that fill most of an account ("relations with the US", "discussed")
tell nothing about one claim and are not counted.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np

from readouts.extract.people.actors import actor_index
from readouts.extract.tags.concepts import tag_concepts
from readouts.extract.tags.topics import CueMatcher
from readouts.model import Event, Readout

_COMMON = 0.25  # a label on more than this share of the sentences is not specific
# A shared notion confirms only with some sign from the aligner that the two sentences
# say the same thing: "responsibly" and "responsibility" alone are no counterpart.
MIN_SAME = 0.05


@cache
def _pledge_matcher(lang: str) -> CueMatcher:
    return CueMatcher(lang, "pledges")


def pledges(text: str, lang: str) -> frozenset[str]:
    """Pledge ids a sentence states."""
    try:
        return frozenset(_pledge_matcher(lang).topics(text))
    except KeyError:  # a language with no pledge cues
        return frozenset()


@dataclass
class _Sentence:
    readout: str
    i: int
    speaker: str | None
    topics: frozenset[str]
    concepts: frozenset[str]
    pledges: frozenset[str]


def _sentences(readouts: list[Readout], tagged: dict[str, list[frozenset[str]]]
               ) -> list[_Sentence]:
    out = []
    for r in readouts:
        concepts = tagged.get(r.id) or tag_concepts([s.text for s in r.sentences], r.language)
        for s, c in zip(r.sentences, concepts, strict=True):
            out.append(_Sentence(r.id, s.i, s.speaker, frozenset(s.topics), c,
                                 pledges(s.text, r.language)))
    return out


def _common(sentences: list[_Sentence], attr: str) -> frozenset[str]:
    """Labels on more than ``_COMMON`` of the sentences."""
    counts: dict[str, int] = {}
    for s in sentences:
        for label in getattr(s, attr):
            counts[label] = counts.get(label, 0) + 1
    limit = _COMMON * max(len(sentences), 1)
    return frozenset(label for label, n in counts.items() if n > limit and n > 1)


def leaders(event: Event, by_side: dict[str, list[Readout]]) -> dict[str, set[str]]:
    """{side: its principals}; an event naming none takes each side's foreign speakers."""
    index = actor_index()
    out: dict[str, set[str]] = {side: set() for side in by_side}
    for p in event.participants:
        if index.country_of(p) in out:
            out[index.country_of(p)].add(p)
    if not any(out.values()):
        for rs in by_side.values():
            for r in rs:
                for s in r.sentences:
                    if s.speaker and index.country_of(s.speaker) in out:
                        out[index.country_of(s.speaker)].add(s.speaker)
    return out


def find_claims(event: Event, by_side: dict[str, list[Readout]],
                probabilities: dict[tuple[str, str], np.ndarray] | None = None,
                concepts: dict[str, list[frozenset[str]]] | None = None
                ) -> list[dict[str, Any]]:
    """Every claim with its verdict and counterpart (CONTRACT.md, Comparison.claims).

    ``probabilities``: the aligner's matrix for each pair of accounts, {(a, b): P};
    ``concepts``: each account's notions per sentence where the aligner tagged them."""
    probabilities = probabilities or {}
    concepts = concepts or {}

    def same(x: _Sentence, y: _Sentence) -> float:
        if (x.readout, y.readout) in probabilities:
            return float(probabilities[(x.readout, y.readout)][x.i, y.i])
        if (y.readout, x.readout) in probabilities:
            return float(probabilities[(y.readout, x.readout)][y.i, x.i])
        return 0.0

    heads = leaders(event, by_side)
    side_sentences = {side: _sentences(rs, concepts) for side, rs in by_side.items()}
    out: list[dict[str, Any]] = []
    for side, sentences in side_sentences.items():
        for other, own in side_sentences.items():
            if other == side or not heads[other]:
                continue
            common_t = _common(sentences + own, "topics")
            common_c = _common(sentences + own, "concepts")
            said = [s for s in own if s.speaker is None or s.speaker in heads[other]]
            said_pledges = frozenset().union(*(s.pledges for s in own))
            for s in sentences:
                if s.speaker not in heads[other]:
                    continue
                verdict, counterpart = _verdict(s, said, said_pledges, same,
                                                (s.topics - common_t,
                                                 s.concepts - common_c))
                out.append({"sentence": [s.readout, s.i], "about": s.speaker,
                            "verdict": verdict,
                            "counterpart": list(counterpart) if counterpart else None,
                            "pledges": sorted(s.pledges)})
    return out


def _verdict(claim: _Sentence, said: list[_Sentence], said_pledges: frozenset[str],
             same: Callable[[_Sentence, _Sentence], float],
             specific: tuple[frozenset[str], frozenset[str]]
             ) -> tuple[str, tuple[str, int] | None]:
    topics, concepts = specific
    if claim.pledges - said_pledges:
        return "absent", None
    if claim.pledges:
        best = max((s for s in said if s.pledges & claim.pledges),
                   key=lambda s: len(s.pledges & claim.pledges), default=None)
        return ("confirmed", (best.readout, best.i)) if best else ("absent", None)
    scored = [(len(topics & s.topics), len(concepts & s.concepts), same(claim, s), s)
              for s in said]
    confirmed = [x for x in scored if x[1] and (x[0] or not topics) and x[2] >= MIN_SAME]
    if confirmed:
        best = max(confirmed, key=lambda x: (x[0] + x[1], x[2], -x[3].i))[3]
        return "confirmed", (best.readout, best.i)
    same_topic = [x for x in scored if x[0]]
    if same_topic:
        best = max(same_topic, key=lambda x: (x[0], x[2], -x[3].i))[3]
        return "different", (best.readout, best.i)
    return "absent", None
