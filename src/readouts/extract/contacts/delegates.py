"""Who sat at the table for a side that sent envoys: the delegates, not the one they represent.

"переговоры Путина с делегацией представителей президента США Дональда Трампа": Trump is
the one represented, no party; the envoys the story names next ("в переговорах участвовали
спецпосланник Виткофф, зять президента Кушнер…") are. "Помимо Уиткоффа, во встрече
принимал участие Джаред Кушнер": one who took part beside an envoy is a party like him,
while one beside a leader stays the leader's attendee. The cue patterns are ``delegation``
in ``lang/<iso>/contacts.yaml``: ``represented`` (a ``who`` group names the one
represented) and ``besides`` (``with`` names a party, ``who`` the one beside him).
"""

from __future__ import annotations

import re
from functools import cache

from readouts import lang as langdata
from readouts.extract.contacts.cues import contact_cues
from readouts.extract.contacts.facts import ContactFacts, unique
from readouts.extract.contacts.leaders import can_be_party, is_leader, names_in
from readouts.model import Sentence

_REACH = 3  # sentences after the lead that may name the delegates


@cache
def _cues(lang: str) -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    data = (langdata.load(lang, "contacts") or {}).get("delegation") or {}
    return (tuple(re.compile(p, re.I) for p in data.get("represented") or []),
            tuple(re.compile(p, re.I) for p in data.get("besides") or []))


def _delegates(text: str, lang: str, on: str | None, side: str | None,
               taken: list[str]) -> list[str]:
    """The envoys a span names: people who can be a party and are no leader on the day (a
    leader named there is the one they serve: "зять Трампа")."""
    return [a for a in names_in(text, lang, on, side)
            if a not in taken and can_be_party(a, on) and not is_leader(a, on)]


def _represented(lead: str, lang: str, on: str | None, side: str | None,
                 parties: list[str]) -> list[str]:
    """The parties the lead names only as the one a delegation represents."""
    patterns, _ = _cues(lang)
    inside: list[str] = []
    rest = lead
    for pattern in patterns:
        for m in pattern.finditer(lead):
            inside += names_in(m.group("who"), lang, on, side)
            rest = rest.replace(m.group(0), " ")
    outside = set(names_in(rest, lang, on, side))
    return [a for a in parties if a in inside and a not in outside and is_leader(a, on)]


Found = tuple[list[str], int | None]  # the delegates, and the sentence that names them


def _listed_after(sentences: list[Sentence], lead: int, lang: str, on: str | None,
                  side: str | None, taken: list[str]) -> Found:
    """The delegates the sentences after the lead list as taking part."""
    cues = contact_cues(lang)
    for s in sentences[lead + 1:lead + 1 + _REACH]:
        if cues.attendees_gate is not None and not cues.attendees_gate.search(s.text):
            continue
        for pattern in cues.attendees:
            m = pattern.search(s.text)
            found = _delegates(m.group("who"), lang, on, side, taken) if m else []
            if found:
                return found, s.i
    return [], None


def _beside_envoys(sentences: list[Sentence], lead: int, lang: str, on: str | None,
                   side: str | None, parties: list[str]) -> Found:
    """Those said to take part beside a party who is no leader ("Помимо Уиткоффа…"), in
    any sentence from the lead on: the cue names the party it stands beside."""
    _, besides = _cues(lang)
    for s in sentences[lead:]:
        for pattern in besides:
            m = pattern.search(s.text)
            if not m:
                continue
            with_ = names_in(m.group("with"), lang, on, side)
            if any(a in parties and not is_leader(a, on) for a in with_):
                found = _delegates(m.group("who"), lang, on, side, parties)
                if found:
                    return found, s.i
    return [], None


def seat_delegates(facts: ContactFacts, sentences: list[Sentence], lead: int | None,
                   lang: str, on: str | None, side: str | None) -> bool:
    """Put a delegation's envoys in place of the one they represent, and add those said to
    take part beside an envoy. True when the parties changed (they are then one contact of
    all of them, not one per counterpart)."""
    patterns, besides = _cues(lang)
    if lead is None or not (patterns or besides) or lead >= len(sentences):
        return False
    parties = list(facts.participants)
    told: list[int | None] = []
    represented = _represented(sentences[lead].text, lang, on, side, parties)
    if represented:
        listed, where = _listed_after(sentences, lead, lang, on, side, parties)
        if not listed:
            return False
        parties = unique([a for a in parties if a not in represented] + listed)
        told.append(where)
    beside, where = _beside_envoys(sentences, lead, lang, on, side, parties)
    parties = unique(parties + beside)
    told.append(where if beside else None)
    if parties == facts.participants:
        return False
    facts.participants = parties
    facts.told_in = tuple(i for i in told if i is not None and i != lead)
    facts.represented = tuple(represented)
    facts.evidence["participants"] = sentences[lead].text
    return True
