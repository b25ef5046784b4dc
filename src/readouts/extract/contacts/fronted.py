"""A contact told in an opening clause of the same time, its subjects named after it ("In una
telefonata con Putin, Macron e Scholz hanno chiesto…", "In a phone call with Putin, Macron and
Scholz urged…", "В ходе разговора с Путиным Макрон и Шольц призвали…"): the leaders who open
the main clause talked with the ones the opening clause names, all on one contact."""

from __future__ import annotations

from readouts.extract.contacts.cues import contact_cues
from readouts.extract.contacts.facts import unique
from readouts.extract.contacts.kinds import type_spans
from readouts.extract.contacts.leaders import can_be_party, is_leader
from readouts.extract.contacts.status import CLAUSE_BREAK
from readouts.model import Mention

_SUBJECT_GAP = 40  # from the clause's end to its subject ("…, il presidente francese Macron")
_LIST_GAP = 60  # between two subjects listed together ("Macron e il cancelliere tedesco Scholz")


def fronted_parties(text: str, mentions: list[Mention], kind: str, lang: str,
                    ref: str | None) -> list[str]:
    """The subjects after an opening clause that tells the contact, then the counterparts the
    clause names; [] where the sentence opens otherwise or names no one on either side of
    the clause's end."""
    cues = contact_cues(lang)
    opening = cues.fronted.match(text) if cues.fronted is not None else None
    cue = next((span for span in type_spans(text, lang) if span[3] == kind), None)
    if opening is None or cue is None or cue[0] < opening.start() \
            or CLAUSE_BREAK.search(text, opening.end(), cue[0]):
        return []  # "In un'intervista, Macron ha detto di aver sentito Putin": no such clause
    end = CLAUSE_BREAK.search(text, cue[1])
    leaders = sorted((m for m in mentions if is_leader(m.actor, ref)
                      and can_be_party(m.actor, ref)), key=lambda m: m.start)
    if end is None:
        return []
    inside = [m.actor for m in leaders if m.end <= end.start()]  # "con Putin", "与普京"
    after = [m for m in leaders if m.start >= end.end()]
    if not inside or not after or after[0].start - end.end() > _SUBJECT_GAP:
        return []
    subjects = [after[0]]
    joiner = cues.pair_joiner
    for m in after[1:]:
        gap = text[subjects[-1].end:m.start]
        if len(gap) > _LIST_GAP or joiner is None or not (joiner.match(gap)
                                                          or gap.strip() == ","):
            break
        subjects.append(m)
    names = unique([m.actor for m in subjects])
    return unique([*names, *inside]) if not set(names) & set(inside) else []
