"""The contacts an account reports or mentions: type, principals, date, duration, ...

One language-neutral engine reads the cue patterns of ``lang/<iso>/contacts.yaml``.
The reported contact comes from the title and the lead (the first sentences that name
a kind of contact); other sentences that name a contact with an earlier or a future
cue become mentioned contacts, held or planned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from readouts import lang as langdata
from readouts.extract.actors import actor_index
from readouts.extract.dates import (
    DateMention,
    find_dates,
    find_duration,
    find_part_of_day,
    sentence_tense,
)
from readouts.model import Mention, Sentence

LEADER_ROLES = frozenset({
    "president", "prime_minister", "premier", "chancellor", "king", "emir", "crown_prince",
    "supreme_leader", "general_secretary", "chairman", "head_of_state", "head_of_government",
})
_LEAD_SENTENCES = 3
_ALSO = re.compile(r"\b(?:also|anche|inoltre|также|тоже)\b|还|也", re.I)


@dataclass
class ContactFacts:
    """One account's view of one contact."""

    type: str
    status: str = "held"
    participants: list[str] = field(default_factory=list)
    attendees: list[str] = field(default_factory=list)
    date: str | None = None
    date_precision: str | None = None
    part_of_day: str | None = None
    duration_minutes: int | None = None
    location: str | None = None
    initiated_by: str | None = None
    sentence: int = 0
    evidence: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        return {
            "type": self.type, "status": self.status, "participants": self.participants,
            "attendees": self.attendees, "date": self.date, "date_precision": self.date_precision,
            "part_of_day": self.part_of_day, "duration_minutes": self.duration_minutes,
            "location": self.location, "initiated_by": self.initiated_by,
        }


@dataclass(frozen=True)
class _Cues:
    types: tuple[tuple[str, re.Pattern[str]], ...]
    initiator: tuple[re.Pattern[str], ...]
    initiator_other: tuple[re.Pattern[str], ...]
    attendees: tuple[re.Pattern[str], ...]
    location: tuple[re.Pattern[str], ...]
    planned: re.Pattern[str] | None
    earlier: re.Pattern[str] | None


def _alternation(patterns: list[str]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I | re.M)


@cache
def _cues(lang: str) -> _Cues:
    data = langdata.load(lang, "contacts") or langdata.load("en", "contacts")
    types = tuple(
        (name, pattern) for name, pats in (data.get("types") or {}).items()
        if (pattern := _alternation(pats)) is not None
    )
    # Location patterns rely on capital letters: they stay case-sensitive.
    return _Cues(
        types=types,
        initiator=tuple(re.compile(p, re.I) for p in data.get("initiator") or []),
        initiator_other=tuple(re.compile(p, re.I) for p in data.get("initiator_other") or []),
        attendees=tuple(re.compile(p, re.I) for p in data.get("attendees") or []),
        location=tuple(re.compile(p) for p in data.get("location") or []),
        planned=_alternation(data.get("planned") or []),
        earlier=_alternation(data.get("earlier") or []),
    )


def contact_type(text: str, lang: str) -> str | None:
    """The first kind of contact the text names, in the data file's order of priority."""
    for name, pattern in _cues(lang).types:
        if pattern.search(text):
            return name
    return None


def is_leader(actor: str, on: str | None) -> bool:
    """True when the actor held a head-of-state or government role at ``on`` (or ever)."""
    roles = actor_index().roles(actor)
    dated = [r for r in roles if r.get("role") in LEADER_ROLES]
    if not dated:
        return False
    if on is None:
        return True
    return any(str(r.get("from") or "0000") <= on <= str(r.get("to") or "9999") for r in dated) \
        or not any(str(r.get("from") or "0000") <= on for r in dated)


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _principals(actors: list[str], on: str | None, side: str | None) -> list[str]:
    """Leaders among the actors named; officials only when no two leaders are named."""
    leaders = [a for a in actors if is_leader(a, on)]
    chosen = leaders if len(leaders) >= 2 else _unique(leaders + actors)
    if len(chosen) < 2 and side:
        own = actor_index().holder("president", side, on) or \
            actor_index().holder("prime_minister", side, on)
        if own and own not in chosen:
            chosen = [own, *chosen]
    return _unique(chosen)


def _best_date(dates: list[DateMention]) -> DateMention | None:
    if not dates:
        return None
    order = {"day": 0, "month": 1, "year": 2}
    return min(dates, key=lambda d: order.get(d.precision, 3))


def _names_in(span: str, lang: str, on: str | None, side: str | None) -> list[str]:
    return _unique([m.actor for m in actor_index().find(span, lang, on, side)])


def _initiator(text: str, lang: str, on: str | None, side: str | None,
               participants: list[str]) -> str | None:
    cues = _cues(lang)
    for pattern in cues.initiator:
        m = pattern.search(text)
        if not m:
            continue
        who = m.group("who")
        named = [a for a in _names_in(who, lang, on, side) if a in participants] or \
            _names_in(who, lang, on, side)
        if named:
            return named[0]
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
        before = _names_in(text[:m.start()], lang, on, side)
        after = [a for a in participants if a not in before]
        if before and after:
            return after[0]
    return None


@cache
def _country_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    from readouts import knowledge

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


def _attendees(sentences: list[Sentence], mentions: list[list[Mention]], lang: str,
               participants: list[str], on: str | None, side: str | None) -> tuple[list[str], str]:
    cues = _cues(lang)
    for s in sentences:
        for pattern in cues.attendees:
            m = pattern.search(s.text)
            if not m:
                continue
            names = [a for a in _names_in(m.group("who"), lang, on, side)
                     if a not in participants]
            if names:
                return names, s.text
    return [], ""


def _location(text: str, lang: str) -> str | None:
    from readouts import knowledge

    places = knowledge.load("places") or {}
    for pattern in _cues(lang).location:
        for m in pattern.finditer(text):
            place = m.group("place").strip()
            canonical = _known_place(place, places)
            if canonical:
                return canonical
    return None


def _known_place(name: str, places: dict[str, list[str]]) -> str | None:
    lowered = name.lower()
    for canonical, aliases in places.items():
        for alias in aliases or []:
            alias_l = str(alias).lower()
            if lowered == alias_l or lowered.startswith(alias_l + " "):
                return canonical
    return None


def _status(text: str, lang: str) -> str:
    cues = _cues(lang)
    if cues.planned is not None and cues.planned.search(text):
        return "planned"
    if sentence_tense(text, lang) == "future":
        return "planned"
    return "held"


def _fill_date(facts: ContactFacts, text: str, lang: str, ref: str | None,
               tense: str | None) -> None:
    dates = find_dates(text, lang, ref, tense)
    best = _best_date(dates)
    if best:
        facts.date, facts.date_precision = best.value, best.precision
        facts.evidence["date"] = text
        if best.part_of_day:
            facts.part_of_day = best.part_of_day
    if facts.part_of_day is None:
        facts.part_of_day = find_part_of_day(text, lang)
        if facts.part_of_day:
            facts.evidence["part_of_day"] = text


def reported_contacts(title: str | None, sentences: list[Sentence],
                      mentions: list[list[Mention]], lang: str, ref: str | None,
                      side: str | None, fallback_date: str | None) -> list[ContactFacts]:
    """The contacts an account is about: the lead's, then any "also spoke with" ones."""
    lead_index = None
    kind = None
    for s in sentences[:_LEAD_SENTENCES]:
        kind = contact_type(s.text, lang)
        if kind:
            lead_index = s.i
            break
    title_kind = contact_type(title, lang) if title else None
    kind = title_kind or kind
    if kind is None:
        return []
    lead = sentences[lead_index] if lead_index is not None else None
    lead_text = lead.text if lead else ""
    actors = [m.actor for m in (mentions[lead_index] if lead_index is not None else [])]
    if title:
        actors = _unique(_names_in(title, lang, ref, side) + actors)
    facts = ContactFacts(type=kind, sentence=lead_index or 0)
    facts.evidence["type"] = title if title_kind else lead_text
    facts.participants = _principals(actors, ref, side)
    facts.evidence["participants"] = lead_text or (title or "")
    _fill_date(facts, lead_text, lang, ref, "past")
    if facts.date is None and fallback_date:
        facts.date, facts.date_precision = fallback_date, "day"
        facts.evidence["date"] = "publication date of the account"
    for s in sentences:
        found = find_duration(s.text, lang)
        if found:
            facts.duration_minutes = found.minutes
            facts.evidence["duration_minutes"] = s.text
            break
    head = " ".join(x for x in (title, lead_text) if x)
    facts.initiated_by = _initiator(head, lang, ref, side, facts.participants)
    if facts.initiated_by:
        facts.evidence["initiated_by"] = head
    facts.attendees, evidence = _attendees(sentences, mentions, lang, facts.participants, ref,
                                           side)
    if facts.attendees:
        facts.evidence["attendees"] = evidence
    facts.location = _location(head, lang)
    if facts.location:
        facts.evidence["location"] = head
    contacts = _split_plural(facts)
    contacts.extend(_also_contacts(sentences, mentions, lang, ref, side, facts))
    return contacts


def _split_plural(facts: ContactFacts) -> list[ContactFacts]:
    """"Putin had conversations with A, B and C": one contact per counterpart."""
    if len(facts.participants) <= 2:
        return [facts]
    host, *others = facts.participants
    out = []
    for other in others:
        one = ContactFacts(**{**facts.__dict__, "participants": [host, other],
                              "evidence": dict(facts.evidence)})
        out.append(one)
    return out


def _also_contacts(sentences: list[Sentence], mentions: list[list[Mention]], lang: str,
                   ref: str | None, side: str | None, main: ContactFacts) -> list[ContactFacts]:
    """Later sentences reporting another contact of the same account ("also spoke with")."""
    out: list[ContactFacts] = []
    known = set(main.participants)
    for s in sentences[main.sentence + 1:]:
        if not _ALSO.search(s.text):
            continue
        kind = contact_type(s.text, lang)
        if kind is None or _is_other_time(s.text, lang):
            continue
        actors = [m.actor for m in mentions[s.i]]
        new = [a for a in actors if a not in known]
        if not new:
            continue
        host = main.participants[0] if main.participants else None
        participants = _unique(([host] if host else []) + new)
        facts = ContactFacts(type=kind, participants=participants, sentence=s.i,
                             date=main.date, date_precision=main.date_precision,
                             part_of_day=find_part_of_day(s.text, lang) or main.part_of_day)
        facts.evidence = {"type": s.text, "participants": s.text}
        out.append(facts)
        known.update(new)
    return out


def _is_other_time(text: str, lang: str) -> bool:
    cues = _cues(lang)
    return bool((cues.earlier and cues.earlier.search(text))
                or (cues.planned and cues.planned.search(text)))


def mentioned_contacts(sentences: list[Sentence], mentions: list[list[Mention]], lang: str,
                       ref: str | None, side: str | None,
                       reported: list[ContactFacts]) -> list[ContactFacts]:
    """Earlier or planned contacts an account refers to in passing."""
    out: list[ContactFacts] = []
    skip = {c.sentence for c in reported}
    main = reported[0] if reported else None
    for s in sentences:
        if s.i in skip:
            continue
        kind = contact_type(s.text, lang)
        if kind is None:
            continue
        status = _status(s.text, lang)
        tense = "future" if status == "planned" else "past"
        dates = find_dates(s.text, lang, ref, tense)
        earlier = bool(_cues(lang).earlier and _cues(lang).earlier.search(s.text))
        if status == "held" and not (earlier or dates):
            continue  # a sentence about the reported contact itself
        best = _best_date(dates)
        if main and status == "held" and best and main.date and best.value == main.date:
            continue
        actors = [m.actor for m in mentions[s.i]]
        participants = _principals(actors, ref, side) if actors else []
        if len(participants) < 2 and main:
            participants = _unique(participants + main.participants)
        facts = ContactFacts(type=kind, status=status, participants=participants, sentence=s.i)
        facts.evidence = {"type": s.text, "participants": s.text}
        if best:
            facts.date, facts.date_precision = best.value, best.precision
            facts.evidence["date"] = s.text
        out.append(facts)
    return out
