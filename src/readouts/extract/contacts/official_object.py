"""An official a leader met, named right after the contact's verb ("Xi Jinping ha incontrato
martedì Vyacheslav Volodin, presidente della Duma russa, in un incontro che anticipa la visita
di Putin", "Xi met Duma Chairman Vyacheslav Volodin on Tuesday, ahead of Putin's visit"): he
is the counterpart, though the sentence goes on to name another leader in a clause of its own;
the rule that leaders outrank officials holds only where both stand in the contact's clause."""

from __future__ import annotations

from readouts.extract.contacts.kinds import type_spans
from readouts.extract.contacts.leaders import can_be_party, is_leader
from readouts.extract.contacts.status import CLAUSE_BREAK
from readouts.extract.people.actors import actor_index
from readouts.model import Mention

_OBJECT_GAP = 40  # characters between the verb and the official it takes (a day, a title)


def official_met(text: str, mentions: list[Mention], lang: str, ref: str | None
                 ) -> list[str] | None:
    """[the subject, the official] where a leader named before the sentence's first contact
    word meets an official of the roster (not a newcomer a title made up, "ЦК КПВ") named
    right after it, with no break between, and everyone else
    the sentence names stands past a break after the official (a title naming another
    leader, "Xi incontra il presidente della Duma in vista della visita di Putin", adds no
    party either); else None."""
    spans = type_spans(text, lang)
    if not spans:
        return None
    cue = min(spans)
    ordered = sorted(mentions, key=lambda m: m.start)
    before = [m for m in ordered if m.end <= cue[0] and can_be_party(m.actor, ref)]
    after = [m for m in ordered if m.start > cue[0]]  # a cue may run into the name ("met X")
    if not before or not after or not is_leader(before[-1].actor, ref):
        return None
    official, subject = after[0], before[-1]
    if is_leader(official.actor, ref) or not can_be_party(official.actor, ref) \
            or not any(r.get("from") for r in actor_index().roles(official.actor)) \
            or official.actor == subject.actor \
            or official.start - cue[1] > _OBJECT_GAP \
            or CLAUSE_BREAK.search(text, cue[0], official.start) \
            or any(m.actor not in (subject.actor, official.actor) for m in before):
        return None
    later = [m for m in after[1:] if m.actor not in (subject.actor, official.actor)]
    if later and not CLAUSE_BREAK.search(text, official.end, later[0].start):
        return None
    return [subject.actor, official.actor]
