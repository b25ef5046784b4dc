"""An opening clause of circumstance before the sentence's contact ("As some leaders made a
dash to the airport, including US President Joe Biden, Mr Albanese met with ...", "With
Donald Trump due to take over on Friday, outgoing President Barack Obama made a farewell
call to ..."): it sets the scene, and the people it names are no party of the contact the
main clause tells."""

from __future__ import annotations

import re
from functools import cache

from readouts import lang as langdata
from readouts.extract.contacts.cues import cue_alternation
from readouts.extract.contacts.kinds import type_spans
from readouts.extract.contacts.leaders import can_be_party
from readouts.model import Mention

_COMMA = re.compile(r"[,，]")
_DATELINE = re.compile(r"(?:[^\W\d_][\w.'’/ -]{0,30}?\s*[:：—–]\s*)?")  # "New Delhi: "


@cache
def _opener(lang: str) -> re.Pattern[str] | None:
    return cue_alternation((langdata.load(lang, "contacts") or {}).get("circumstance") or [])


def circumstance_end(text: str, mentions: list[Mention], lang: str, ref: str | None) -> int:
    """Where the main clause begins after an opening clause of circumstance: past the last
    comma before the first contact word that follows one; 0 where the sentence opens
    otherwise, or where the main clause would be left with fewer than two people ("As Xi and
    Biden met, the two discussed Taiwan": the clause is the contact)."""
    opener = _opener(lang)
    m = opener.match(text, _DATELINE.match(text).end()) if opener is not None else None
    if m is None:
        return 0
    for start, _, _, _ in type_spans(text, lang):
        commas = [c.end() for c in _COMMA.finditer(text, m.end(), start)]
        if start < m.end() or not commas:
            continue
        cut = commas[-1]
        after = {x.actor for x in mentions if x.start >= cut and can_be_party(x.actor, ref)}
        return cut if len(after) >= 2 else 0
    return 0


def past_circumstance(row: list[Mention], text: str, lang: str, ref: str | None
                      ) -> list[Mention]:
    """The sentence's people less those of its opening clause of circumstance."""
    cut = circumstance_end(text, row, lang, ref)
    return [m for m in row if m.start >= cut] if cut else row
