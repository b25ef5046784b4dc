"""What the words around a figure say about it: how exact it is ("oltre", "около", "多",
"左右") and what it measures (``about``: the nearest cue of ``measures.yaml`` in its clause).
"""

from __future__ import annotations

from readouts.extract.figures.figure_rules import PENDING, Rules
from readouts.model import Figure


def qualifier(text: str, num_text: str, start: int, end: int, r: Rules) -> str:
    """``exact``, ``more_than``, ``less_than`` or ``about``: a suffix after the figure
    ("左右") wins, then a vague remainder inside the numeral ("300多万"), then a word
    before it ("oltre", "more than")."""
    if r.qual_suffix is not None:
        qs = r.qual_suffix.match(text, end)
        if qs:
            return r.qualifier_suffixes[r.key(qs.group("q"))]
    if any(c in r.vague for c in num_text):
        return "more_than"
    q = r.qualifier.search(text, max(0, start - 40), start)
    return r.qualifiers[r.key(q.group("q"))] if q else "exact"


def assign_measures(sentence: str, figures: list[Figure], r: Rules) -> None:
    """Set ``about`` from the nearest measure cue in the figure's clause; a clause that is
    the figure and a short predicate ("同比增长11.2%", "达311亿美元") takes the last cue of the
    clause just before: the growth or the amount is of the trade named there.

    A cue inside another figure ("200 studenti") belongs to that figure only, so a list of
    figures does not lend one figure's noun to its neighbours.
    """
    assert r.measures is not None
    found = r.measures.finditer(sentence)
    cues = [
        (m.start(), m.end(), r.measure_of[r.key(m.group())]) for m in found
        if (r.excluder is None or not r.excluder.search(sentence, max(0, m.start() - 30),
                                                         m.start()))
        and not r.currency.match(sentence, m.start())
    ]  # "+2% al netto dell'energia" measures exports, not energy; "人民币" is no "人民"
    if not cues:
        return
    breaks = [m.start() for m in r.clause_breaks.finditer(sentence)]
    hard = {m.start() for m in r.hard_breaks.finditer(sentence)}
    for fig in figures:
        lo = max((b for b in breaks if b < fig.start), default=-1)
        hi = min((b for b in breaks if b >= fig.end), default=len(sentence))
        best: tuple[int, str] | None = None
        for cs, ce, measure in cues:
            if cs <= lo or ce > hi:
                continue
            if any(o is not fig and o.start <= cs < o.end for o in figures):
                continue
            if cs >= fig.end and fig.unit not in (*r.money_or_percent, PENDING) \
                    and r.joiner.search(sentence, fig.end, cs):
                continue  # "1000 eventi e l'interscambio": a count measures itself
            dist = max(0, fig.start - ce, cs - fig.end)
            if best is None or dist < best[0]:
                best = (dist, measure)
        if best is None and lo >= 0 and lo not in hard and _bare_clause(sentence, lo, hi, fig):
            prev_lo = max((b for b in breaks if b < lo), default=-1)
            before = [c for c in cues if prev_lo < c[0] and c[1] <= lo]
            if before:
                best = (0, before[-1][2])
        fig.about = best[1] if best else None


_PREDICATE_CHARS = 6  # "比上年增长了", "同比增长", "达到": a clause with no subject of its own


def _bare_clause(sentence: str, lo: int, hi: int, fig: Figure) -> bool:
    """Whether the figure's clause holds little besides it: a predicate before it of a few
    characters and a short tail ("左右"), with no subject that could be measured."""
    lead = "".join(sentence[lo + 1 : fig.start].split())
    tail = "".join(sentence[fig.end : hi].split())
    return len(lead) <= _PREDICATE_CHARS and len(tail) <= _PREDICATE_CHARS // 2 + 1
