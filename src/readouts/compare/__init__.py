"""compare stage: what each side said about one contact.

``compare_event`` makes one Comparison per event reported by two or more of its
principals' governments (CONTRACT.md); the renderers in ``readouts.compare.report`` show
it to a person. Accounts by third governments and by media are no side: they are
neither aligned nor counted, only listed in ``also_reported_by`` with their own facts.
"""

from __future__ import annotations

import numpy as np

from readouts.compare import embed
from readouts.compare.align import (
    Account,
    Evidence,
    gate,
    links_from_scores,
    pair_evidence,
    score_accounts,
)
from readouts.compare.align import model as aligner_model
from readouts.compare.claims import find_claims
from readouts.compare.differences import (
    fact_discrepancies,
    figure_discrepancies,
    topic_differences,
)
from readouts.compare.facts import facts_only, source_facts
from readouts.compare.figures import side_by_side
from readouts.compare.pairs import settle
from readouts.compare.sides import split_sides
from readouts.compare.summary import summary_line
from readouts.compare.topics import by_topic
from readouts.model import Analysis, Comparison, Event, Readout

__all__ = ["compare_all", "compare_event", "compare_plans", "encode_accounts"]

Key = tuple[str, int]


Plan = tuple[Event, dict[str, list[Readout]], list[Readout]]  # event, its sides, the rest
Pairs = dict[tuple[str, str], Evidence]  # (account, account) -> what the two share


def compare_event(event: Event, readouts: list[Readout],
                  summary_lang: str = "en") -> Comparison | None:
    """The Comparison of one event's accounts; None unless two or more of its principals'
    sides report it. ``summary`` is English; ``summaries`` holds it in ``summary_lang``
    too."""
    found = compare_plans([(event, *split_sides(event, readouts))], summary_lang)
    return found[0] if found else None


def compare_all(analysis: Analysis, summary_lang: str = "en") -> list[Comparison]:
    """One Comparison per event that two or more of its principals' sides report."""
    index = {r.id: r for d in analysis.documents for r in d.readouts}
    plans = [(event, *split_sides(event, [index[rid] for rid in event.reported_by
                                          if rid in index]))
             for event in analysis.events]
    return compare_plans(plans, summary_lang)


def encode_accounts(accounts: list[Account | Readout]) -> None:
    """Every sentence's vector and its clauses' pooled vectors, from one pass of the
    encoder for all the accounts (``embed.embed_sentences``)."""
    found = [a if isinstance(a, Account) else Account(a) for a in accounts]
    embed.embed_sentences([s.text for a in found for s in a.readout.sentences],
                          [c for a in found for c in a.clauses])


def _account_pairs(by_side: dict[str, list[Readout]]) -> list[tuple[Readout, Readout]]:
    """Every pair of accounts from two different sides, both with sentences."""
    sides = list(by_side)
    return [(ra, rb) for x, side_a in enumerate(sides) for side_b in sides[x + 1:]
            for ra in by_side[side_a] for rb in by_side[side_b]
            if ra.sentences and rb.sentences]


def compare_plans(plans: list[Plan], summary_lang: str = "en") -> list[Comparison]:
    """The Comparisons of the events with two or more sides, in order.

    The encoder runs twice for them all, however many events: once for every sentence
    (its clauses pooled from it), once for the clauses worth encoding alone
    (``pairs.settle``); an account in several events is read once.
    """
    plans = [plan for plan in plans if len(plan[1]) >= 2]
    if not plans:
        return []
    with embed.one_blas_thread():
        accounts = {r.id: Account(r) for _, by_side, _ in plans for rs in by_side.values()
                    for r in rs}
        encode_accounts(list(accounts.values()))
        fitted = aligner_model()
        pairs: Pairs = {}
        for _, by_side, _ in plans:
            for ra, rb in _account_pairs(by_side):
                if (ra.id, rb.id) not in pairs:
                    a, b = accounts[ra.id], accounts[rb.id]
                    pairs[(ra.id, rb.id)] = found = pair_evidence(a, b)
                    settle(a, b, found, gate(fitted, a, b))
        embed.embed(list(dict.fromkeys(
            text for (a, b), found in pairs.items()
            for text in found.clause_texts(accounts[a], accounts[b]))))
        return [_compare(event, by_side, apart, summary_lang, accounts, pairs)
                for event, by_side, apart in plans]


def _compare(event: Event, by_side: dict[str, list[Readout]], apart: list[Readout],
             summary_lang: str, accounts: dict[str, Account], pairs: Pairs) -> Comparison:
    comparison = Comparison(event=event.id,
                            sides={side: [r.id for r in rs] for side, rs in by_side.items()},
                            also_reported_by=[r.id for r in apart])
    links: dict[Key, dict[Key, float]] = {}
    probabilities: dict[tuple[str, str], np.ndarray] = {}
    fitted = aligner_model()
    for ra, rb in _account_pairs(by_side):
        scores = score_accounts(accounts[ra.id], accounts[rb.id], fitted,
                                evidence=pairs[(ra.id, rb.id)])
        probabilities[(ra.id, rb.id)] = scores
        for link in links_from_scores(scores, fitted.threshold, fitted.margin):
            a, b = (ra.id, link.a), (rb.id, link.b)
            comparison.aligned.append({"a": list(a), "b": list(b), "score": link.score})
            links.setdefault(a, {})[b] = link.score
            links.setdefault(b, {})[a] = link.score
    comparison.unmatched = {side: [[r.id, s.i] for r in rs for s in r.sentences
                                   if (r.id, s.i) not in links]
                            for side, rs in by_side.items()}
    comparison.topics = topic_differences(by_side)
    concepts = {r.id: accounts[r.id].concepts for rs in by_side.values() for r in rs}
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
