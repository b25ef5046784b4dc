"""A contact that opens its sentence as the subject, denied by the predicate after the names
of its parties ("A meeting between Russian President Vladimir Putin and Azerbaijani President
Ilham Aliyev in St Petersburg is not planned", "Организация трехсторонней встречи лидеров
Владимира Путина, Ильхама Алиева и Никола Пашиняна на саммите в Петербурге не планируется"):
the names and titles run past the usual reach of a denial, and the commas between them list
parties, they end no clause."""

from __future__ import annotations

import re

from readouts.extract.contacts.kinds import type_spans

_SUBJECT_START = 40  # characters before the contact's word, where it is the sentence's subject
_PREDICATE_REACH = 160  # characters of names, titles and place between it and its predicate
# a clause's end; not a comma before the next listed party ("Putina, Ilhama Alieva",
# "Putin, il presidente azero Ilham Aliyev")
_BREAK = re.compile(r"[.;:!?()«»\"“”，；：。]|,(?!\s*(?:[^\W\d_A-ZА-ЯЁ]+\s+){0,3}[A-ZА-ЯЁ])")


def denied_as_subject(text: str, lang: str, start: int, end: int,
                      not_held: re.Pattern[str]) -> bool:
    """Is the contact at ``start:end``, opening the sentence, denied by a not-held phrase in
    the same clause, with no contact of another type named between them (its setting, "на
    саммите", is of its own type)?"""
    if start > _SUBJECT_START or _BREAK.search(text, 0, start):
        return False
    found = not_held.search(text, end, end + _PREDICATE_REACH)
    if found is None or _BREAK.search(text, end, found.start()):
        return False
    spans = type_spans(text, lang)
    own = next((kind for s, e, _, kind in spans if s <= start < e or start <= s < end), None)
    return not any(end <= s < found.start() and kind != own for s, _, _, kind in spans)
