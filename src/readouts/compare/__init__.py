"""compare stage: what each side said about one contact.

``compare_event`` makes one Comparison per event reported by two or more of its
principals' governments (CONTRACT.md); the renderers in ``readouts.compare.report`` show
it to a person. Accounts by third governments and by media are no side: they are
neither aligned nor counted, only listed in ``also_reported_by`` with their own facts.
"""

from __future__ import annotations

import numpy as np

from readouts.compare import embed
from readouts.compare.align import Account, links_from_scores, score_accounts
from readouts.compare.align import model as aligner_model
from readouts.compare.claims import find_claims
from readouts.compare.differences import (
    fact_discrepancies,
    figure_discrepancies,
    topic_differences,
)
from readouts.compare.facts import facts_only, source_facts
from readouts.compare.figures import side_by_side
from readouts.compare.sides import split_sides
from readouts.compare.summary import summary_line
from readouts.compare.topics import by_topic
from readouts.model import Analysis, Comparison, Event, Readout

__all__ = ["compare_all", "compare_event"]

Key = tuple[str, int]


def compare_event(event: Event, readouts: list[Readout],
                  summary_lang: str = "en") -> Comparison | None:
    """The Comparison of one event's accounts; None unless two or more of its principals'
    sides report it. ``summary`` is English; ``summaries`` holds it in ``summary_lang``
    too."""
    by_side, apart = split_sides(event, readouts)
    if len(by_side) < 2:
        return None
    with embed.one_blas_thread():
        return _compare(event, by_side, apart, summary_lang)


def _compare(event: Event, by_side: dict[str, list[Readout]], apart: list[Readout],
             summary_lang: str) -> Comparison:
    # every sentence of every side in one batch; each account's parts computed once
    embed.embed([s.text for rs in by_side.values() for r in rs for s in r.sentences])
    accounts = {r.id: Account(r) for rs in by_side.values() for r in rs}
    comparison = Comparison(event=event.id,
                            sides={side: [r.id for r in rs] for side, rs in by_side.items()},
                            also_reported_by=[r.id for r in apart])
    links: dict[Key, dict[Key, float]] = {}
    probabilities: dict[tuple[str, str], np.ndarray] = {}
    fitted = aligner_model()
    sides = list(by_side)
    for x, side_a in enumerate(sides):
        for side_b in sides[x + 1:]:
            for ra in by_side[side_a]:
                for rb in by_side[side_b]:
                    if not ra.sentences or not rb.sentences:
                        continue
                    scores = score_accounts(accounts[ra.id], accounts[rb.id], fitted)
                    probabilities[(ra.id, rb.id)] = scores
                    for link in links_from_scores(scores, fitted.threshold, fitted.margin):
                        a, b = (ra.id, link.a), (rb.id, link.b)
                        comparison.aligned.append({"a": list(a), "b": list(b),
                                                   "score": link.score})
                        links.setdefault(a, {})[b] = link.score
                        links.setdefault(b, {})[a] = link.score
    comparison.unmatched = {side: [[r.id, s.i] for r in rs for s in r.sentences
                                   if (r.id, s.i) not in links]
                            for side, rs in by_side.items()}
    comparison.topics = topic_differences(by_side)
    concepts = {rid: a.concepts for rid, a in accounts.items()}
    comparison.by_topic = by_topic(by_side, concepts)
    comparison.facts = source_facts([r for rs in by_side.values() for r in rs] + apart)
    comparison.facts_only = facts_only(by_side)
    comparison.figures = side_by_side(by_side)
    comparison.claims = find_claims(event, by_side, probabilities, concepts)
    comparison.discrepancies = fact_discrepancies(by_side, apart) + \
        figure_discrepancies(by_side)
    comparison.summary = summary_line(comparison, by_side, "en")
    comparison.summaries = {"en": comparison.summary}
    if summary_lang != "en":
        comparison.summaries[summary_lang] = summary_line(comparison, by_side, summary_lang)
    return comparison


def compare_all(analysis: Analysis, summary_lang: str = "en") -> list[Comparison]:
    """One Comparison per event that two or more of its principals' sides report."""
    index = {r.id: r for d in analysis.documents for r in d.readouts}
    out: list[Comparison] = []
    for event in analysis.events:
        readouts = [index[rid] for rid in event.reported_by if rid in index]
        comparison = compare_event(event, readouts, summary_lang)
        if comparison is not None:
            out.append(comparison)
    return out
