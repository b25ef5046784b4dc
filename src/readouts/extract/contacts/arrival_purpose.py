"""An arrival in a place for talks with a leader ("has arrived in Jakarta for talks with
Widodo", "è arrivato ad Ankara per un colloquio con Erdogan", «прибыл в Анкару на
переговоры с Эрдоганом»): the talks are its purpose, still ahead. The story is written
before them, and the planned meeting is its contact. Not an arrival at the talks' own venue
("arrived at the White House for talks", "è arrivata alla Casa Bianca per il bilaterale"):
the meeting begins there."""

from __future__ import annotations

import re
from functools import cache

from readouts import lang as langdata
from readouts.extract.contacts.kinds import type_spans
from readouts.extract.time.tense import contact_tense, sentence_tense
from readouts.text.alternation import alternation

_REACH = 80  # characters between the place and the purpose ("on Sunday evening")


@cache
def _cue(lang: str, key: str) -> re.Pattern[str] | None:
    return alternation((langdata.load(lang, "contacts") or {}).get(key) or [])


def talks_purpose_at(text: str, lang: str) -> int | None:
    """Where the purpose of an arrival in a place begins ("for talks with"), when the text
    tells one (``arrived_in_place`` and ``talks_purpose`` in ``lang/<iso>/contacts.yaml``);
    else None."""
    arrived, purpose = _cue(lang, "arrived_in_place"), _cue(lang, "talks_purpose")
    if arrived is None or purpose is None:
        return None
    for m in arrived.finditer(text):
        found = purpose.search(text, m.end())
        gap = text[m.end():found.start()] if found is not None else ""
        if found is not None and len(gap) <= _REACH and not re.search(r"[.;:!?]", gap) \
                and not _joined_to_visit(gap, lang):
            # (the visit it begins named between: "arrived on his visit to Japan for talks
            # with Abe" tells the talks with the counterpart ahead, the story's contact)
            return found.start()
    return None


def _joined_to_visit(gap: str, lang: str) -> bool:
    """Are the talks joined to a visit named right before them ("for a state visit and talks
    with", «с государственным визитом и для переговоров с»)? They are its programme, and the
    visit begun the contact (``visit_and`` in ``lang/<iso>/contacts.yaml``)."""
    joined = _cue(lang, "visit_and")
    return joined is not None and joined.search(gap) is not None and any(
        span[3] == "visit" for span in type_spans(gap, lang))


def purpose_ahead(title: str | None, lead: str, after: list[str], lang: str) -> bool:
    """Are the talks an arrival in a place is for still ahead, told in the lead ("has arrived
    in Jakarta for talks with Widodo") or in a headline over a lead that tells no contact
    over? Not where the sentences ``after`` the lead tell talks held ("The two leaders
    held talks for four hours"): the story is after them."""
    told = talks_purpose_at(lead, lang) is not None or bool(title) and talks_purpose_at(
        title or "", lang) is not None and contact_tense(lead, lang) != "past"
    return told and not any(_met_since(text, lang) for text in after)


_CLAUSE = re.compile(r"[,;:，；：]")


def _met_since(text: str, lang: str) -> bool:
    """Does the text tell talks held, in the clause of their own cue ("The two leaders held
    talks for four hours", not "This meeting takes place a week after … were opened")? Not
    an arrival for them told again ("touched down in Wellington for his third meeting with")."""
    if talks_purpose_at(text, lang) is not None:
        return False
    for start, end, _, kind in type_spans(text, lang):
        if kind != "meeting":
            continue
        left = max((m.end() for m in _CLAUSE.finditer(text, 0, start)), default=0)
        right = _CLAUSE.search(text, end)
        if sentence_tense(text[left:right.start() if right else len(text)], lang) == "past":
            return True
    return False
