"""Who is a side of a comparison: the governments of the contact's principals.

A Chinese broadcaster's item on a Biden–Putin call, or Kyiv's comment on it, reports the
contact but speaks for neither party: those accounts are shown apart ("also reported
by"), never set against the principals' own accounts. Media with no government (side
None) are shown apart too.
"""

from __future__ import annotations

from readouts.extract.people.actors import actor_index
from readouts.model import Event, Readout


def principal_sides(event: Event) -> set[str]:
    """Countries of the contact's principals (actors the knowledge base places)."""
    index = actor_index()
    return {c for c in (index.country_of(p) for p in event.participants) if c}


def split_sides(event: Event, readouts: list[Readout]
                ) -> tuple[dict[str, list[Readout]], list[Readout]]:
    """({side: its own accounts}, accounts by third governments and media).

    An event that names no principal the knowledge base places has every government's
    account as a side: nothing tells a party from a third government there.
    """
    principals = principal_sides(event)
    by_side: dict[str, list[Readout]] = {}
    apart: list[Readout] = []
    for r in readouts:
        if r.side is not None and (not principals or r.side in principals):
            by_side.setdefault(r.side, []).append(r)
        else:
            apart.append(r)
    return by_side, apart
