"""Who asked for or placed the contact: a calling verb, a request, thanks for the call."""

from __future__ import annotations

import re
from functools import cache

from readouts import knowledge
from readouts.extract.contacts.cues import contact_cues
from readouts.extract.contacts.facts import ContactFacts
from readouts.extract.contacts.kinds import contact_type, is_other_time
from readouts.extract.contacts.parties import names_in
from readouts.extract.people.actors import actor_index
from readouts.extract.time.durations import names_the_talk
from readouts.model import Sentence


def find_initiator(text: str, lang: str, on: str | None, side: str | None,
               participants: list[str]) -> str | None:
    cues = contact_cues(lang)
    if cues.initiator_gate is not None and not cues.initiator_gate.search(text):
        return None
    for pattern in cues.initiator:
        m = pattern.search(text)
        if not m:
            continue
        who = m.group("who") if "who" in pattern.groupindex else _clause_before(text, m.start())
        if "whom" in pattern.groupindex:  # "X ha telefonato a Y": both principals, X first
            caller = _caller(who, m.group("whom"), lang, on, side, participants)
            if caller:
                return caller
            continue
        named = [a for a in names_in(who, lang, on, side) if a in participants] or \
            names_in(who, lang, on, side)
        if named:
            return named[0]
        pointed = _pointed_back(who, text[:m.start()], lang, on, side, participants)
        if pointed:
            return pointed
        country = _side_named(who, lang)
        if country:
            for actor in participants:
                if actor_index().country_of(actor) == country:
                    return actor
    for pattern in cues.initiator_other:
        m = pattern.search(text)
        if not m:
            continue
        # "X应约同Y通电话": X accepted; the other principal asked. X is named first.
        opening = max(text.rfind(c, 0, m.start()) for c in "。.!?！？；;:：\n") + 1
        before = names_in(text[opening:m.start()], lang, on, side)  # in its own clause
        after = [a for a in participants if a not in before]
        if before and after:
            return after[0]
    return None


_CLAUSE_END = re.compile(r"[.;:?!\n。；：？！]")


def _clause_before(text: str, at: int) -> str:
    """The words of the clause before ``at`` (the subject of a verb found there)."""
    window = text[max(0, at - 80):at]
    ends = list(_CLAUSE_END.finditer(window))
    return window[ends[-1].end():] if ends else window


def _caller(who: str, whom: str, lang: str, on: str | None, side: str | None,
            participants: list[str]) -> str | None:
    """The subject of a calling verb ("X ha telefonato a Y", "X called Y"), when it and the
    object are the two principals: the principal named last before the verb."""
    callers = [a for a in names_in(who, lang, on, side) if a in participants]
    called = [a for a in names_in(whom, lang, on, side) if a in participants]
    if callers and called and called[0] != callers[-1]:
        return callers[-1]
    return None


def _pointed_back(who: str, before: str, lang: str, on: str | None, side: str | None,
                  participants: list[str]) -> str | None:
    """"su richiesta di quest'ultimo", "at the latter's request": the person named last
    (or, for "the former", first) before the cue, a principal where one is."""
    cues = contact_cues(lang)
    latter = cues.latter is not None and cues.latter.search(who)
    former = cues.former is not None and cues.former.search(who)
    if not (latter or former):
        return None
    named = names_in(before, lang, on, side)
    named = [a for a in named if a in participants] or named
    if not named:
        return None
    return named[-1] if latter else named[0]


@cache
def _country_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:

    out = []
    for iso, entry in (knowledge.load("countries") or {}).items():
        words: list[str] = []
        for key, value in (entry or {}).items():
            if key in ("iso", "type"):
                continue
            if isinstance(value, list):
                words.extend(str(v) for v in value)
            elif isinstance(value, str):
                words.append(value)
            elif key == "abbr" and isinstance(value, dict):  # "美" names the side "美方"
                words.extend(f"{v}方" for vs in value.values() for v in vs or []
                             if len(str(v)) == 1)
        words = [w for w in words if len(w) >= 2]
        if words:
            alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
            out.append((iso, re.compile(alternation, re.I)))
    return tuple(out)


def _side_named(text: str, lang: str) -> str | None:
    """The country a phrase like "the American side" / "российской стороны" names."""
    for iso, pattern in _country_patterns():
        if pattern.search(text):
            return iso
    return None


def later_initiator(facts: ContactFacts, sentences: list[Sentence], lang: str,
                     ref: str | None, side: str | None) -> None:
    """Who asked for the contact, said past the lead: a spokesperson's answer ("答：…应约
    同…通电话"), a later "a chiamare è stato …". Only a sentence naming this contact and
    one of its principals, not another time's."""
    gate = contact_cues(lang).initiator_gate
    for s in sentences:
        if gate is not None and not gate.search(s.text) or s.text.rstrip().endswith(("?", "？")):
            continue  # a question asks who called, it does not say
        talk = contact_type(s.text, lang) or names_the_talk(s.text, lang)
        if not talk or is_other_time(s.text, lang):
            continue
        who = find_initiator(s.text, lang, ref, side, facts.participants)
        if who in facts.participants:
            facts.initiated_by = who
            facts.evidence["initiated_by"] = s.text
            return
