"""The subject of the clause a contact's words stand in, where that clause is a subordinate
one after another leader's verb: "Zelenskyy accused Scholz of playing into Putin's hands
after the chancellor spoke by phone to the Kremlin chief" is Scholz's call, not that of the
sentence's first-named leader. The clause opens on a conjunction (``clause_openers`` in
lang/*/contacts.yaml), and its subject is a leader named there, or a bare title ("the
chancellor") that one of the sentence's leaders held on the day."""

from __future__ import annotations

import re
from functools import cache

from readouts import lang as langdata
from readouts.extract.contacts.cues import cue_alternation
from readouts.extract.contacts.status import CLAUSE_BREAK
from readouts.extract.people.actors import actor_index
from readouts.model import Mention


@cache
def _openers(lang: str) -> re.Pattern[str] | None:
    return cue_alternation(langdata.load(lang, "contacts").get("clause_openers") or [])


_SUBJECT_REACH = 60  # characters from the conjunction to the contact's words


def clause_subject(text: str, leaders: list[Mention], cue: tuple[int, int, int, str],
                   lang: str, ref: str | None) -> str | None:
    """The leader who is the subject of the cue's own subordinate clause, where a leader
    named before the conjunction is not; else None."""
    openers = _openers(lang)
    if openers is None:
        return None
    found = [m for m in openers.finditer(text, max(0, cue[0] - _SUBJECT_REACH), cue[0])]
    if not found:
        return None
    start = found[-1].end()
    if CLAUSE_BREAK.search(text, start, cue[0]) or not any(m.end <= found[-1].start()
                                                          for m in leaders):
        return None
    named = [m for m in leaders if start <= m.start and m.end <= cue[0]]
    if named:
        return named[-1].actor
    index = actor_index()
    words = text[start:cue[0]]
    titled = [m.actor for m in leaders if m.end <= found[-1].start()
              and index.titled(words, lang, m.actor, ref)]
    return titled[-1] if len(set(titled)) == 1 else None
