"""A sentence telling a held contact, though a word of another contact in it reads ahead
("called Putin on Wednesday to discuss his upcoming India visit"): it outranks the contact
announced next."""

from __future__ import annotations

from readouts.extract.contacts.cues import contact_cues
from readouts.extract.contacts.kinds import type_spans
from readouts.extract.time.tense import tense_at


def held_at_cue(text: str, lang: str) -> bool:
    """Is the sentence's own contact held, though a word of another reads ahead ("called
    Putin on Wednesday to discuss his upcoming India visit", "la sua prossima visita")? No
    plan is told in it but on another contact's word (not "as it released President Trump's
    schedule for today"), right before that word or right after it ("la visita ufficiale del
    presidente Putin prevista per la prossima settimana"), and the tense nearest its own cue
    is the past."""
    spans, plan = type_spans(text, lang), contact_cues(lang).planned
    if not spans or tense_at(text, spans[0][0], lang) != "past":
        return False
    return plan is None or all(any(m.start() <= end and m.end() >= start - _OWN_PLAN_REACH
                                   or end <= m.start() <= end + _PLAN_AFTER_REACH
                                   for start, end, _, _ in spans[1:])
                               for m in plan.finditer(text))


_OWN_PLAN_REACH = 15  # characters from a plan's words to the contact's word it is of
_PLAN_AFTER_REACH = 45  # from that word to a plan's words after it ("visita di X prevista")
