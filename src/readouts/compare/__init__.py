"""compare stage: what each side said about one contact.

``compare_all`` makes one Comparison per event reported by two or more sides (CONTRACT.md);
the renderers in ``readouts.compare.report`` show it to a person. Accounts by independent
media (side None) are no side: they are neither aligned nor counted, only shown.
"""

from __future__ import annotations

from readouts.compare.align import align as align_sentences
from readouts.compare.differences import (
    fact_discrepancies,
    figure_discrepancies,
    stated_alone,
    topic_differences,
)
from readouts.compare.summary import summary_line
from readouts.model import Analysis, Comparison, Event, Readout

__all__ = ["compare_all", "compare_event", "group_by_side"]


def group_by_side(readouts: list[Readout]) -> dict[str, list[Readout]]:
    """{side: its readouts}, sides in order of their first account."""
    by_side: dict[str, list[Readout]] = {}
    for r in readouts:
        if r.side is not None:
            by_side.setdefault(r.side, []).append(r)
    return by_side


def compare_event(event: Event, readouts: list[Readout],
                  summary_lang: str = "en") -> Comparison | None:
    """The Comparison of one event's accounts; None unless two or more sides report it."""
    by_side = group_by_side(readouts)
    if len(by_side) < 2:
        return None
    comparison = Comparison(event=event.id,
                            sides={side: [r.id for r in rs] for side, rs in by_side.items()})
    matched: set[tuple[str, int]] = set()
    sides = list(by_side)
    for x, side_a in enumerate(sides):
        for side_b in sides[x + 1:]:
            for ra in by_side[side_a]:
                for rb in by_side[side_b]:
                    for link in align_sentences(ra, rb):
                        comparison.aligned.append({"a": [ra.id, link.a], "b": [rb.id, link.b],
                                                   "score": link.score})
                        matched.update({(ra.id, link.a), (rb.id, link.b)})
    comparison.unmatched = {side: [[r.id, s.i] for r in rs for s in r.sentences
                                   if (r.id, s.i) not in matched]
                            for side, rs in by_side.items()}
    comparison.topics = topic_differences(by_side)
    comparison.discrepancies = fact_discrepancies(by_side) + figure_discrepancies(by_side)
    comparison.summary = summary_line(comparison, summary_lang, stated_alone(by_side))
    return comparison


def compare_all(analysis: Analysis, summary_lang: str = "en") -> list[Comparison]:
    """One Comparison per event that two or more sides report."""
    index = {r.id: r for d in analysis.documents for r in d.readouts}
    out: list[Comparison] = []
    for event in analysis.events:
        readouts = [index[rid] for rid in event.reported_by if rid in index]
        comparison = compare_event(event, readouts, summary_lang)
        if comparison is not None:
            out.append(comparison)
    return out
