"""When an undated story is set, told by the people it names: its office titles are read
then, not today.

"Il presidente del Consiglio" in a page without a date, which names Draghi, Biden, Macron,
Scholz and Johnson, is Draghi: those five were in office together only from December 2021
to September 2022. The day is only for reading titles; it dates no contact.
"""

from __future__ import annotations

from datetime import date

from readouts.extract.people.actors import actor_index
from readouts.extract.people.roles import ELECT

_MIN_NAMED = 2  # people in office together before their time says when the story is


def _terms(actor: str) -> list[tuple[str, str]]:
    """The actor's terms in office: not the weeks as president-elect, which would set a
    story naming Trump and Assad in November 2024, when Biden was the American leader."""
    return [(str(r["from"] or "0000-01-01"), str(r["to"] or "9999-12-31"))
            for r in actor_index().roles(actor) if not str(r["role"]).endswith(ELECT)]


def implied_day(texts: list[str], lang: str, side: str | None,
                earlier: str | None = None) -> str | None:
    """The middle day of the span most of the people named by name held office together
    (at least two of them), where that span has ended; None where it runs to today (titles
    read today are right) or nobody's terms say more. A name given in passing from another
    time ("l'ex premier") holds no office with the others and is outvoted. An account that
    names too few people itself ("A Downing Street spokesperson said: The Prime Minister
    spoke to the President ...") is set on the day ``earlier`` accounts of its document
    were."""
    index = actor_index()
    named = {m.actor for text in texts for m in index.find(text, lang, None, side)
             if m.by == "name"}
    terms = {actor: spans for actor in named if (spans := _terms(actor))}
    if len(terms) < _MIN_NAMED:
        return earlier
    edges = sorted({edge for spans in terms.values() for span in spans for edge in span})
    best: tuple[int, str, str] | None = None  # (how many in office, from, to): the latest wins
    for start, end in zip(edges, edges[1:], strict=False):
        count = sum(any(a <= start and end <= b for a, b in spans) for spans in terms.values())
        if count >= _MIN_NAMED and (best is None or count >= best[0]):
            best = (count, start, end)
    if best is None or best[1] <= "0000" or best[2] >= "9999":
        return None
    first, last = date.fromisoformat(best[1][:10]), date.fromisoformat(best[2][:10])
    return (first + (last - first) / 2).isoformat()
