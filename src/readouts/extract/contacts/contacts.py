"""The contacts an account reports or mentions: type, principals, date, duration, ...

One language-neutral engine reads the cue patterns of ``lang/<iso>/contacts.yaml``.
The reported contact comes from the title and the lead (the first sentences that name
a kind of contact); ``readouts.extract.contacts.mentioned`` finds the earlier or planned contacts
other sentences refer to, with the helpers this module shares.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache

from readouts import knowledge
from readouts import lang as langdata
from readouts.extract.people.actors import actor_index
from readouts.extract.time.dates import (
    DateMention,
    find_dates,
    find_duration,
    find_part_of_day,
    sentence_tense,
)
from readouts.extract.time.dayparts import clock_part
from readouts.extract.time.durations import names_the_talk
from readouts.model import Mention, Sentence

LEADER_ROLES = frozenset({
    "president", "prime_minister", "premier", "chancellor", "king", "emir", "crown_prince",
    "supreme_leader", "general_secretary", "chairman", "head_of_state", "head_of_government",
})
_LEAD_SENTENCES = 3
# The more specific medium first: a video call is often just "talks" or a "meeting" in a
# title or to one side, an in-person meeting is seldom called a video call.
# Two leaders meeting during a visit or a ceremony had a meeting: the visit is the trip.
SPECIFICITY = ("video_call", "phone_call", "message", "meeting", "ceremony", "visit",
               "consultation", "other")
_MODIFIER_CHARS = 25  # "the telephone conversation between": the cue word before the noun
_WORD_REST = re.compile(r"[^\W\u3400-\u9fff]*")  # letters after a stem, never Han characters
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
    partial: str | None = None  # "MM-DD" or "MM" of a date written without a year none knows
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
    types_gate: re.Pattern[str] | None  # any type cue at all: most sentences have none
    weak_types: tuple[tuple[str, re.Pattern[str]], ...]  # a bare "conversation": when no other
    initiator: tuple[re.Pattern[str], ...]
    initiator_gate: re.Pattern[str] | None  # a word every initiator cue holds: a cheap test
    initiator_other: tuple[re.Pattern[str], ...]
    latter: re.Pattern[str] | None  # "quest'ultimo", "the latter": the last person named
    former: re.Pattern[str] | None  # "the former": the first person named
    attendees: tuple[re.Pattern[str], ...]
    attendees_gate: re.Pattern[str] | None  # words every attendee cue holds: a cheap test first
    location: tuple[re.Pattern[str], ...]
    planned: re.Pattern[str] | None
    not_held: re.Pattern[str] | None  # refused, failed, none scheduled: no contact
    earlier: re.Pattern[str] | None
    between: tuple[re.Pattern[str], ...]
    said_on: re.Pattern[str] | None  # a speech verb right before a date: the day words were said
    wire: re.Pattern[str] | None  # a wire dateline's head before its date ("MOSCA, ", "新华社北京")


def cue_alternation(patterns: list[str]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I | re.M)


@cache
def contact_cues(lang: str) -> _Cues:
    data = langdata.load(lang, "contacts") or langdata.load("en", "contacts")
    types, weak = (tuple(
        (name, pattern) for name, pats in (data.get(key) or {}).items()
        if (pattern := cue_alternation(pats)) is not None
    ) for key in ("types", "weak_types"))
    # Location patterns rely on capital letters: they stay case-sensitive.
    return _Cues(
        types=types,
        types_gate=cue_alternation([p for pats in (data.get("types") or {}).values()
                                    for p in pats]),
        weak_types=weak,
        initiator=tuple(re.compile(p, re.I) for p in data.get("initiator") or []),
        initiator_gate=cue_alternation(data.get("initiator_gate") or []),
        initiator_other=tuple(re.compile(p, re.I) for p in data.get("initiator_other") or []),
        latter=cue_alternation((data.get("anaphora") or {}).get("latter") or []),
        former=cue_alternation((data.get("anaphora") or {}).get("former") or []),
        attendees=tuple(re.compile(p, re.I) for p in data.get("attendees") or []),
        attendees_gate=cue_alternation(data.get("attendees_gate") or []),
        location=tuple(re.compile(p) for p in data.get("location") or []),
        planned=cue_alternation(data.get("planned") or []),
        not_held=cue_alternation(data.get("not_held") or []),
        earlier=cue_alternation(data.get("earlier") or []),
        between=tuple(re.compile(p, re.I) for p in data.get("between") or []),
        said_on=re.compile("|".join(f"(?:{p})\\s*$" for p in data["said_on"]), re.I)
        if data.get("said_on") else None,
        wire=re.compile("|".join(f"(?:{p})" for p in data["wire"]))
        if data.get("wire") else None,
    )


def contact_type(text: str, lang: str, weak: bool = True) -> str | None:
    """The first kind of contact the text names, in the data file's order of priority; a
    word that names a contact without its medium ("conversazione", "разговор") only where
    no other cue does, and only if ``weak``."""
    cues = contact_cues(lang)
    for name, pattern in (*cues.types, *(cues.weak_types if weak else ())):
        if pattern.search(text):
            return name
    return None


def most_specific(kinds: list[str]) -> str | None:
    """The most specific of several contact types ("Переговоры" titling a videoconference)."""
    ranked = [k for k in SPECIFICITY if k in kinds] + [k for k in kinds if k not in SPECIFICITY]
    return ranked[0] if ranked else None


def type_spans(text: str, lang: str) -> list[tuple[int, int, int, str]]:
    """Every contact-type cue in the text, to the end of its word: (start, end, priority, type).

    Cues are word stems ("видеоконференц"); the gap to a date is measured from the word's end.
    One search for any cue first: most sentences name no contact.
    """
    cues = contact_cues(lang)
    if cues.types_gate is None or not cues.types_gate.search(text):
        return []
    return sorted((m.start(), _WORD_REST.match(text, m.end()).end(), rank, name)
                  for rank, (name, pattern) in enumerate(cues.types)
                  for m in pattern.finditer(text))


# Conversations are one family: one account's "call" may be another's video call.
_CONVERSATIONS = frozenset({"phone_call", "video_call", "meeting", "other"})


def day_of(value: str | None) -> date | None:
    """The day of a YYYY-MM-DD date; None for coarser or malformed ones."""
    if value and len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def dates_match(a: str | None, b: str | None) -> bool:
    """Two stated dates of one contact: within a day (time zones) when both are days, else
    the coarser is a prefix of the finer. Used by linking, the store's merging and the
    mentioned contacts."""
    if a is None or b is None:
        return a is None and b is None
    da, db = day_of(a), day_of(b)
    if da and db:
        return abs((da - db).days) <= 1
    shorter = min(len(a), len(b))
    return a[:shorter] == b[:shorter]


def types_compatible(a: str, b: str) -> bool:
    """One account's "call" may be another's video call: conversations are one family."""
    return a == b or (a in _CONVERSATIONS and b in _CONVERSATIONS)


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


@cache
def _non_party_roles() -> frozenset[str]:
    return frozenset(str(r) for r in (knowledge.load("actors") or {}).get("non_party_roles")
                     or [])


def can_be_party(actor: str, on: str | None) -> bool:
    """False for an aide or a spokesperson in that role on the date (or ever, undated):
    they tell of contacts, they are not parties to them."""
    day = on or "9999"
    told = [r for r in actor_index().roles(actor) if r["role"] in _non_party_roles()]
    if not told:
        return True
    return not any((r["from"] or "0000") <= day < (r["to"] or "9999") or on is None
                   for r in told)


def unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def principals_of(actors: list[str], on: str | None, side: str | None) -> list[str]:
    """Leaders among the actors named; officials only when no two leaders are named; never
    an aide or a spokesperson telling of the contact."""
    actors = [a for a in actors if can_be_party(a, on)]
    leaders = [a for a in actors if is_leader(a, on)]
    chosen = leaders if len(leaders) >= 2 else unique(leaders + actors)
    if len(chosen) < 2 and side:
        own = actor_index().holder("president", side, on) or \
            actor_index().holder("prime_minister", side, on)
        if own and own not in chosen:
            chosen = [own, *chosen]
    return unique(chosen)


def _best_date(dates: list[DateMention]) -> DateMention | None:
    if not dates:
        return None
    order = {"day": 0, "month": 1, "year": 2}
    return min(dates, key=lambda d: order.get(d.precision, 3))


def _date_of_contact(text: str, lang: str, dates: list[DateMention]) -> DateMention | None:
    """The finest date; among several, the one next to the contact's cue, not the agency
    dateline before it ("ROMA, 3 FEB 2026 - ... ha avuto ieri sera una telefonata")."""
    best = _best_date(dates)
    finest = [d for d in dates if best and d.precision == best.precision]
    spans = type_spans(text, lang)
    if len({d.value for d in finest}) < 2 or not spans:
        return best

    def gap(d: DateMention) -> int:
        return min(max(s[0] - d.end, d.start - s[1], 0) for s in spans)
    return min(finest, key=gap)


@lru_cache(maxsize=16)
def _dates(text: str, lang: str, ref: str | None, tense: str | None) -> tuple[DateMention, ...]:
    """The dates of a lead, asked of it by several date sources: read once."""
    return tuple(find_dates(text, lang, ref, tense))


def _contact_dates(text: str, lang: str, ref: str | None,
                   tense: str | None) -> list[DateMention]:
    """The dates of a sentence that can be its contact's: not the day a spokesman spoke
    ("the Kremlin said on Wednesday that ... spoke"), written right after a speech verb,
    where another day is named; alone, it is the best there is."""
    said_on = contact_cues(lang).said_on
    found = list(_dates(text, lang, ref, tense))
    if said_on is None:
        return found
    kept = [d for d in found if not said_on.search(text, max(0, d.start - 40), d.start)]
    return kept if any(d.precision == "day" for d in kept) else found


def _said_on_only(text: str, lang: str, ref: str | None) -> bool:
    """Every day the sentence names is a day words were said."""
    said_on = contact_cues(lang).said_on
    days = [d for d in _dates(text, lang, ref, "past") if d.precision == "day"]
    return bool(days) and said_on is not None and all(
        said_on.search(text, max(0, d.start - 40), d.start) for d in days)


def wire_date(lines: list[str], lang: str, ref: str | None) -> str | None:
    """The day of a wire dateline opening the text ("MOSCA, 19 MAG –", "WASHINGTON, Sept 10
    (Reuters) -", "16 октября 2025, 18:19", "新华社北京7月28日电"): a news item's own day,
    read in the past from the page's date."""
    wire = contact_cues(lang).wire
    for line in lines:
        if not any(c.isdigit() for c in line[:60]):
            continue
        for d in find_dates(line[:60], lang, ref, "past"):
            if d.precision != "day" or not any(c.isdigit() for c in d.text):
                continue  # "Ieri, il Santo Padre": a word, no dateline
            head = line[:d.start]
            if head.strip(" ,") == "" or (wire is not None and wire.fullmatch(head)):
                return d.value
            break
    return None


def _names_in(span: str, lang: str, on: str | None, side: str | None) -> list[str]:
    return unique([m.actor for m in actor_index().find(span, lang, on, side)])


def _initiator(text: str, lang: str, on: str | None, side: str | None,
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
        named = [a for a in _names_in(who, lang, on, side) if a in participants] or \
            _names_in(who, lang, on, side)
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
        before = _names_in(text[opening:m.start()], lang, on, side)  # in its own clause
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
    callers = [a for a in _names_in(who, lang, on, side) if a in participants]
    called = [a for a in _names_in(whom, lang, on, side) if a in participants]
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
    named = _names_in(before, lang, on, side)
    named = [a for a in named if a in participants] or named
    if not named:
        return None
    return named[-1] if latter else named[0]


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


def _attendees(sentences: list[Sentence], mentions: list[list[Mention]], lang: str,
               participants: list[str], on: str | None, side: str | None) -> tuple[list[str], str]:
    cues = contact_cues(lang)
    for s in sentences:
        if cues.attendees_gate is not None and not cues.attendees_gate.search(s.text):
            continue
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
    for pattern in contact_cues(lang).location:
        for m in pattern.finditer(text):
            canonical = known_place(m.group("place").strip())
            if canonical:
                return canonical
    return None


_HAN = re.compile(r"[\u3400-\u9fff]")


@cache
def _place_names() -> tuple[dict[str, str], int]:
    """Every name of a known place, lowercased, to its canonical name; the longest name."""
    table: dict[str, str] = {}
    for canonical, aliases in (knowledge.load("places") or {}).items():
        for alias in aliases or []:
            table.setdefault(str(alias).lower(), canonical)
    return table, max((len(a) for a in table), default=0)


def known_place(name: str) -> str | None:
    """The canonical place a name is, or starts with before a space (the longest such
    name): "Lima", "Woodside California"; in Chinese, which writes no space, any prefix:
    "北京人民大会堂" is Beijing."""
    table, longest = _place_names()
    lowered = name.lower()
    if lowered in table:
        return table[lowered]
    head = lowered[:longest + 1]
    for i in range(len(head) - 1, 0, -1):
        if head[i] == " " and head[:i] in table:
            return table[head[:i]]
    if _HAN.match(lowered):
        for i in range(min(len(lowered), longest), 0, -1):
            if lowered[:i] in table and _HAN.match(lowered[:i]):
                return table[lowered[:i]]
    return None


def contact_status(text: str, lang: str) -> str:
    cues = contact_cues(lang)
    if cues.planned is not None and cues.planned.search(text):
        return "planned"
    if sentence_tense(text, lang) == "future":
        return "planned"
    return "held"


# Two references months apart, one a leap day: a date written without its year resolves to
# the same month and day against both, a relative one ("yesterday") does not.
_PROBE_REFS = ("2000-02-29", "2000-08-31")


def partial_date(text: str, lang: str, tense: str | None) -> str | None:
    """"MM-DD" (or "MM") of a date written without a year, for accounts with no known date.

    Linking still needs it: Xinhua's "9月17日" must agree with the dated event it joins.
    """
    probes = [[d.value[5:] for d in find_dates(text, lang, ref, tense)
               if d.precision in ("day", "month")] for ref in _PROBE_REFS]
    common = [v for v in probes[0] if v in probes[1]]
    return max(common, key=len) if common else None


def _fill_date(facts: ContactFacts, text: str, lang: str, ref: str | None,
               tense: str | None) -> None:
    dates = _contact_dates(text, lang, ref, tense)
    best = _date_of_contact(text, lang, dates)
    if best:
        facts.date, facts.date_precision = best.value, best.precision
        facts.evidence["date"] = text
        if best.part_of_day:
            facts.part_of_day = best.part_of_day
    elif ref is None:
        facts.partial = partial_date(text, lang, tense)
    if facts.part_of_day is None:
        facts.part_of_day = find_part_of_day(text, lang) or clock_part(text, lang)
        if facts.part_of_day:
            facts.evidence["part_of_day"] = text


def _between(text: str, lang: str, ref: str | None, side: str | None
             ) -> tuple[list[str], str | None] | None:
    """"The conversation between A and B": the two principals, and the type the noun names.

    A pattern with groups ``a`` and ``b`` ("A同B的通话") takes the names next to the
    conjunction; one with ``who`` ("between A and B") the first two named.

    A third party's account (Kyiv on a Biden-Putin call) names the principals this way,
    next to its own leader, who is no principal.
    """
    for pattern in contact_cues(lang).between:
        for m in pattern.finditer(text):
            if _named_earlier(text, lang, m.start()):
                continue  # "during the call, they recalled the meeting between A and B"
            if "a" in pattern.groupindex:  # the names on either side of the conjunction
                before, after = (_names_in(m.group(g), lang, ref, side) for g in ("a", "b"))
                names = unique(before[-1:] + after[:1])
            else:
                names = _names_in(m.group("who"), lang, ref, side)
            if len(names) >= 2:
                pair = ("a", "b") if "a" in pattern.groupindex else ("who", "who")
                first, last = m.start(pair[0]), m.end(pair[1])
                noun = f"{text[max(0, first - 40):first]} {text[last:m.end()]}"
                return names[:2], contact_type(noun, lang, weak=False)  # medium unsaid: other
    return None


def _named_earlier(text: str, lang: str, start: int) -> bool:
    """Does a contact cue come before ``start``, other than the phrase's own modifiers?"""
    return any(span[1] < start - _MODIFIER_CHARS for span in type_spans(text, lang))


def _first_typed(sentences: list[Sentence], lang: str) -> int | None:
    """The lead: the first of the opening sentences naming a contact that is not a planned
    one ("Putin accepted the invitation to visit China" opens no account of a visit)."""
    for s in sentences[:_LEAD_SENTENCES]:
        if contact_type(s.text, lang) and not _planned_lead(s.text, lang) \
                and not _not_held(s.text, lang):
            return s.i
    return None


_CLAUSE_BREAK = re.compile(r"[,;:«»\"“”()，；：]")
_NEGATION_REACH = 40  # characters from a negation to the contact it denies


def _not_held(text: str, lang: str) -> bool:
    """Does the sentence deny its contact ("no call between Putin and Scholz is scheduled",
    "the meeting could not be held")? A not-held cue on or next to its first contact cue,
    in the same clause."""
    cues = contact_cues(lang)
    first = _first_cue(text, lang)
    if cues.not_held is None or first is None:
        return False
    start, end = first
    for m in cues.not_held.finditer(text):
        if m.start() <= end and m.end() >= start:
            return True
        left, right = (m.end(), start) if m.end() < start else (end, m.start())
        if right - left <= _NEGATION_REACH and not _CLAUSE_BREAK.search(text, left, right):
            return True
    return False


def _first_cue(text: str, lang: str) -> tuple[int, int] | None:
    """Where the sentence first names its contact, by a bare word where nothing else does."""
    spans = type_spans(text, lang)
    if spans:
        return spans[0][0], spans[0][1]
    weak = [m.span() for _, p in contact_cues(lang).weak_types if (m := p.search(text))]
    return min(weak) if weak else None


_PLANNED_REACH = 15  # "the upcoming bilateral meeting": a planned cue just before the contact


def _planned_lead(text: str, lang: str) -> bool:
    """Is the sentence's contact a planned one? A planned cue on or right before its first
    contact cue ("will meet", "the invitation to visit") is; one elsewhere belongs to another
    clause ("ahead of his talks with Zelenskyy, had a call with Putin", "spoke on the phone
    ... ahead of the summit later this year") and is not."""
    planned = contact_cues(lang).planned
    if planned is None:
        return False
    first = _first_cue(text, lang)
    start, end = first if first else (0, len(text))
    return any(m.start() <= end and m.end() >= start - _PLANNED_REACH
               for m in planned.finditer(text))


def _first_between(title: str | None, sentences: list[Sentence], upto: int | None, lang: str,
                   ref: str | None, side: str | None
                   ) -> tuple[int, list[str], str | None] | None:
    """The first "between A and B" phrase in the title (index -1) or the lead, up to the
    typed sentence."""
    last = _LEAD_SENTENCES if upto is None else upto + 1
    candidates = [(-1, title)] if title else []
    candidates += [(s.i, s.text) for s in sentences[:last]]
    for index, text in candidates:
        if _not_held(text, lang) or _planned_lead(text, lang):
            continue
        found = _between(text, lang, ref, side)
        if found:
            return index, *found
    return None


def _neighbour_leaders(sentences: list[Sentence], mentions: list[list[Mention]], lead: int,
                       ref: str | None) -> list[str]:
    """Leaders named next to a lead that names too few ("Trump spoke with Xi. The call...")."""
    for j in (lead - 1, lead + 1):
        if 0 <= j < len(sentences):
            leaders = [m.actor for m in mentions[j] if is_leader(m.actor, ref)]
            if leaders:
                return leaders
    return []


_OPENING, _CLOSING, _STRAIGHT = "«“„", "»”", '"'
_QUOTE_REACH = 8  # sentences a quotation opened in the lead may run on


def _quote_author(sentences: list[Sentence], mentions: list[list[Mention]], lead: int,
                  ref: str | None) -> list[str]:
    """The leader a quotation opening in the lead is put to where it closes ("«In our call
    with Macron we …». So wrote Zelensky."): his own account makes him a party."""
    depth, quoted = 0, False  # quoted: the lead's words are inside a quotation
    for j in range(min(lead + _QUOTE_REACH, len(sentences))):  # a lead is among the first
        quoted = quoted or (j == lead and depth > 0)
        for ch in sentences[j].text:
            if ch in _OPENING or (ch == _STRAIGHT and depth == 0):
                depth += 1
                quoted = quoted or j == lead
            elif ch in _CLOSING or ch == _STRAIGHT:
                depth = max(depth - 1, 0)
        if depth == 0 and j >= lead:
            if not quoted:
                return []
            near = mentions[j] + (mentions[j + 1] if j + 1 < len(sentences) else [])
            return [m.actor for m in near if is_leader(m.actor, ref)][:1]
    return []


def _parties_at_cue(text: str, mentions: list[Mention], kind: str, lang: str,
                    ref: str | None) -> list[str] | None:
    """Of three leaders or more in the lead, the contact's two: its subject, named first, and
    the one named nearest the words that name the contact ("Trump, before his talks with
    Zelensky, called Putin": Trump and Putin)."""
    leaders = [m for m in mentions if is_leader(m.actor, ref)]
    if len({m.actor for m in leaders}) < 3:
        return None
    cue = next((span for span in type_spans(text, lang) if span[3] == kind), None)
    if cue is None:
        return None
    subject = leaders[0].actor
    others = [m for m in leaders if m.actor != subject]
    after = [m for m in others if m.start >= cue[1]
             and not _CLAUSE_BREAK.search(text, cue[1], m.start)]  # "a call with X"
    if after:
        return [subject, after[0].actor]
    return [subject, min(others, key=lambda m: abs(cue[0] - m.end)).actor]  # "与X通电话"


def _lead_people(title: str | None, sentences: list[Sentence], mentions: list[list[Mention]],
                 lead: int | None, lang: str, ref: str | None, side: str | None,
                 kind: str | None = None) -> list[str]:
    actors = [m.actor for m in mentions[lead]] if lead is not None else []
    if lead is not None and kind:
        actors = _parties_at_cue(sentences[lead].text, mentions[lead], kind, lang, ref) or actors
    if title:
        actors = unique(_names_in(title, lang, ref, side) + actors)
    if lead is not None and len(unique(actors)) < 2:
        actors = unique(actors + _quote_author(sentences, mentions, lead, ref))
    if lead is not None and len(unique(actors)) < 2:
        actors = unique(actors + _neighbour_leaders(sentences, mentions, lead, ref))
    return principals_of(actors, ref, side)


def fill_duration(facts: ContactFacts, sentences: list[Sentence], lang: str) -> None:
    """How long the contact lasted: the first sentence of the account that says so of it,
    not of another contact ("Macron's call with Putin lasted two hours"); after a bound
    ("more than two hours"), the exact length said further on ("2 hours 5 minutes")."""
    for s in sentences:
        found = find_duration(s.text, lang)
        if not found or _of_another_contact(s, facts, lang):
            continue
        if facts.duration_minutes is None or found.minutes >= facts.duration_minutes:
            facts.duration_minutes = found.minutes
            facts.evidence["duration_minutes"] = s.text
        if not found.at_least:  # "more than two hours" may be told exactly further on
            return


def _of_another_contact(s: Sentence, facts: ContactFacts, lang: str) -> bool:
    """A sentence past the lead naming leaders none of whom is a principal of this one."""
    if s.i == facts.sentence:
        return False
    leaders = [a for a in _names_in(s.text, lang, facts.date, None) if is_leader(a, facts.date)]
    return bool(leaders) and not any(a in facts.participants for a in leaders)


def reported_contacts(title: str | None, sentences: list[Sentence],
                      mentions: list[list[Mention]], lang: str, ref: str | None,
                      side: str | None, fallback_date: str | None) -> list[ContactFacts]:
    """The contacts an account is about: the lead's, then any "also spoke with" ones."""
    lead_index = _first_typed(sentences, lang)
    title_kind = contact_type(title, lang) if title else None
    between = _first_between(title, sentences, lead_index, lang, ref, side)
    lead_kind = contact_type(sentences[lead_index].text, lang) if lead_index is not None \
        else None
    kind = most_specific([k for k in (title_kind, lead_kind) if k])
    if between:
        index, people, named_kind = between
        if index >= 0 or lead_index is None:
            lead_index = max(index, 0)
        kind = named_kind or title_kind or "other"  # the sentence's other cues are others'
    if kind is None:
        return []
    lead = sentences[lead_index] if lead_index is not None and sentences else None
    lead_text = lead.text if lead else ""
    facts = ContactFacts(type=kind, sentence=lead_index or 0)
    facts.evidence["type"] = title if title and kind == title_kind else lead_text
    facts.participants = between[1] if between else \
        _lead_people(title, sentences, mentions, lead_index, lang, ref, side, kind)
    facts.evidence["participants"] = lead_text or (title or "")
    if not between and not contact_type(f"{title or ''} {lead_text}", lang, weak=False) \
            and sum(is_leader(a, ref) for a in facts.participants) < 2:
        return []  # "Ushakov said the conversation…": a bare word is the story's, not his
    wire = wire_date([x for x in (title, *(t.text for t in sentences[:3])) if x], lang, ref)
    if lead and _said_on_only(lead_text, lang, wire or ref):
        _date_after_said(facts, sentences, lead.i, lang, wire or ref)
    if facts.date is None:
        _fill_date(facts, lead_text, lang, wire or ref, "past")
    if facts.date is None:
        _date_elsewhere(facts, title, lang, wire or ref, wire, fallback_date)
    if facts.part_of_day is None and lead:
        _part_in_paragraph(facts, sentences[lead.i + 1:lead.i + 3], lang)
    fill_duration(facts, sentences, lang)
    head = " ".join(x for x in (title, lead_text) if x)
    # "Разговор, который состоялся по инициативе ...": the request is often the next sentence.
    follow = sentences[lead_index + 1].text if lead and lead_index + 1 < len(sentences) else ""
    facts.initiated_by = _initiator(f"{head} {follow}", lang, ref, side, facts.participants)
    if facts.initiated_by:
        facts.evidence["initiated_by"] = f"{head} {follow}".strip()
    else:
        _later_initiator(facts, sentences[lead_index + 2 if lead else 0:], lang, ref, side)
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


def _later_initiator(facts: ContactFacts, sentences: list[Sentence], lang: str,
                     ref: str | None, side: str | None) -> None:
    """Who asked for the contact, said past the lead: a spokesperson's answer ("答：…应约
    同…通电话"), a later "a chiamare è stato …". Only a sentence naming this contact and
    one of its principals, not another time's."""
    gate = contact_cues(lang).initiator_gate
    for s in sentences:
        if gate is not None and not gate.search(s.text) or s.text.rstrip().endswith(("?", "？")):
            continue  # a question asks who called, it does not say
        talk = contact_type(s.text, lang) or names_the_talk(s.text, lang)
        if not talk or _is_other_time(s.text, lang):
            continue
        who = _initiator(s.text, lang, ref, side, facts.participants)
        if who in facts.participants:
            facts.initiated_by = who
            facts.evidence["initiated_by"] = s.text
            return


def _part_in_paragraph(facts: ContactFacts, sentences: list[Sentence], lang: str) -> None:
    """The part of day said in the sentences after the lead that name the talk ("The call
    began at 11:04am"), not a contact of another time nor a note issued "this morning"."""
    for s in sentences:
        if not names_the_talk(s.text, lang) or _is_other_time(s.text, lang):
            continue
        part = find_part_of_day(s.text, lang) or clock_part(s.text, lang)
        if part:
            facts.part_of_day = part
            facts.evidence["part_of_day"] = s.text
            return


def _date_after_said(facts: ContactFacts, sentences: list[Sentence], lead: int, lang: str,
                     ref: str | None) -> None:
    """A lead dated only by the day a spokesman spoke: the next sentences about the
    contact may give its own day ("The two leaders spoke on Tuesday")."""
    for s in sentences[lead + 1:lead + 3]:
        if contact_type(s.text, lang) and not _is_other_time(s.text, lang):
            _fill_date(facts, s.text, lang, ref, "past")
            if facts.date:
                return


def _date_elsewhere(facts: ContactFacts, title: str | None, lang: str, ref: str | None,
                    wire: str | None, fallback: str | None) -> None:
    """A lead without a date: the title ("telefonata di oggi"), the wire dateline, or the
    account's own date."""
    if title and find_dates(title, lang, ref, "past"):  # its part of day comes with a date
        _fill_date(facts, title, lang, ref, "past")
        if facts.date:
            return
    for value, why in ((wire, "the wire dateline"),
                       (fallback, "publication date of the account")):
        if value:
            facts.date, facts.date_precision = value, "day"
            facts.evidence["date"] = why
            return


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
        # "Alla conversazione ha partecipato anche ...": a bare word reports no other contact
        kind = contact_type(s.text, lang, weak=False)
        if kind is None or _is_other_time(s.text, lang) or _attendance(s.text, lang):
            continue
        actors = [m.actor for m in mentions[s.i]]
        new = [a for a in actors if a not in known]
        if not new:
            continue
        host = main.participants[0] if main.participants else None
        participants = unique(([host] if host else []) + new)
        facts = ContactFacts(type=kind, participants=participants, sentence=s.i,
                             date=main.date, date_precision=main.date_precision,
                             partial=main.partial,
                             part_of_day=find_part_of_day(s.text, lang) or main.part_of_day)
        facts.evidence = {"type": s.text, "participants": s.text}
        out.append(facts)
        known.update(new)
    return out


def _attendance(text: str, lang: str) -> bool:
    """Does the sentence say who else attended ("the meeting was also attended by")? Those
    are the contact's attendees, no other contact."""
    cues = contact_cues(lang)
    if cues.attendees_gate is not None and not cues.attendees_gate.search(text):
        return False
    return any(pattern.search(text) for pattern in cues.attendees)


def _is_other_time(text: str, lang: str) -> bool:
    cues = contact_cues(lang)
    return bool((cues.earlier and cues.earlier.search(text))
                or (cues.planned and cues.planned.search(text)))
