"""A mentioned contact whose subject is a named person who leads no country ("a Bruxelles
Paolo Gentiloni, candidato per la Commissione, ha avuto un faccia a faccia con von der
Leyen"): it is that person's contact, never one of the story's principals with the partner,
and not a contact between leaders at all."""

from __future__ import annotations

import re

from readouts.extract.contacts.content_clause import in_content
from readouts.extract.contacts.cues import contact_cues
from readouts.extract.contacts.leaders import is_leader
from readouts.model import Mention

_APPOSITION = re.compile(r"\s*,[^,;.\n，；。]{1,80},")  # ", candidato per la Commissione,"
_CLAUSE_END = re.compile(r"[,;，；]")


def named_other_subject(text: str, subjects: list[Mention], partner: Mention, start: int,
                        on: str | None, lang: str | None) -> bool:
    """Is the person named nearest before the cue, in its own clause (an apposition set off
    by commas allowed), someone who leads no country, and not one who only says or reports
    it ("Lavrov said the meeting with Trump …")?"""
    before = [m for m in subjects if m.end <= start and m.actor != partner.actor]
    if not before or lang is None:
        return False
    subject = max(before, key=lambda m: m.end)
    if is_leader(subject.actor, on):
        return False
    aside = _APPOSITION.match(text, subject.end)
    gap = aside.end() if aside and aside.end() <= start else subject.end
    if _CLAUSE_END.search(text, gap, start) or in_content(text, gap, start, lang):
        return False
    said = contact_cues(lang).frame_said
    return said is None or said.search(text, gap, start) is None
