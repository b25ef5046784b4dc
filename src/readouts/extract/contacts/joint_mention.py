"""A mentioned contact its own words count as one of three or more ("a trilateral meeting
of A, B and C", "l'incontro a tre", "трёхсторонняя встреча", "三方会晤"): one contact of all
the leaders its stretch names, never a pair of them nor one per pair."""

from __future__ import annotations

from collections.abc import Sequence

from readouts.extract.contacts.cues import contact_cues
from readouts.extract.contacts.facts import unique
from readouts.extract.contacts.leaders import can_be_party, is_leader
from readouts.extract.contacts.mention_parties import segment
from readouts.model import Mention

# characters between the count's word and the contact's: before it ("a trilateral
# leaders' meeting", "трёхсторонней встречи"), after it ("il vertice trilaterale", "l'incontro
# a tre"); not a gathering further on ("met Kishida on the sidelines of the trilateral summit")
_BEFORE_REACH = 25
_AFTER_REACH = 12


def joint_parties(text: str, named: list[Mention], spans: Sequence[tuple[int, int]], i: int,
                  on: str | None, lang: str) -> list[str]:
    """The parties of cue ``i`` where its words say it is of three or more: the leaders named
    in its own stretch, with the subject named before it where the stretch names two ("his
    trilateral talks with A and B"); none (read as usual) where fewer are named."""
    joint = contact_cues(lang).joint
    if joint is None:
        return []
    start, end = spans[i]
    lo, hi = segment(text, spans, i)
    if not joint.search(text, max(lo, start - _BEFORE_REACH), min(hi, end + _AFTER_REACH)):
        return []
    leaders = [m for m in sorted(named, key=lambda m: m.start)
               if is_leader(m.actor, on) and can_be_party(m.actor, on)]
    own = unique([m.actor for m in leaders if lo <= m.start and m.end <= hi])
    if len(own) == 2:
        before = [m.actor for m in leaders if m.end <= lo and m.actor not in own]
        own = [before[-1], *own] if before else own
    return own if len(own) >= 3 else []
