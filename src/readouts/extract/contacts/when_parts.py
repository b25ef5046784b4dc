"""Which part of day a sentence gives its contact: not a said time, another contact's or
another event's, not the newsroom's "questa sera" for leaders hours away, nearer this
contact's own word than another's; clock times read in the place's zone."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from readouts import knowledge
from readouts import lang as langdata
from readouts.extract.contacts.cue_spans import (
    ATTACHED,
    earlier_before,
    foreign,
    nearest,
    said_at,
)
from readouts.extract.contacts.cues import contact_cues
from readouts.extract.contacts.facts import ContactFacts
from readouts.extract.contacts.kinds import type_spans
from readouts.extract.contacts.place import find_location
from readouts.extract.contacts.when_cues import (
    country_zone,
    deictic,
    ended_then,
    far_clocks,
    of_an_event,
    of_another,
    reacted_after,
)
from readouts.extract.people.actors import actor_index
from readouts.extract.time.dates import DateMention
from readouts.extract.time.dayparts import part_spans
from readouts.extract.time.tense import tense_at
from readouts.text.alternation import alternation, word_alternation

# the place's time zone, the day to read it on, and whether the newsroom's clock ("questa
# sera") is another than every principal's
Clock = tuple[str | None, date | None, bool]
NO_CLOCK: Clock = (None, None, False)


def place_zone(texts: list[str], lang: str) -> str | None:
    """The time zone of the first known place the opening names ("ad Anchorage, in Alaska")."""
    zones = knowledge.load("zones") or {}
    for text in texts:
        place = find_location(text, lang)
        if place in zones:
            return str(zones[place])
    return None


_ASIDE_END = re.compile(r"[,;:()]")
_BRACKET = re.compile(r"\([^()]*\)")
_COMMA = re.compile(r",\s*")


def _asides(text: str, lang: str) -> list[tuple[int, int]]:
    """The asides of a sentence: brackets, and clauses set off by commas that a relative
    word opens ("Prime Minister Abe, who is visiting Mongolia to attend the ASEM Summit
    Meeting, held a meeting"). What they tell puts no other event between a time and the
    contact's word."""
    relative = contact_cues(lang).relative
    out = [(m.start(), m.end()) for m in _BRACKET.finditer(text)]
    for comma in _COMMA.finditer(text) if relative else ():
        opened = relative.match(text, comma.end())
        close = _ASIDE_END.search(text, opened.end()) if opened else None
        if close is not None and close.group() == ",":
            out.append((comma.start(), close.end()))
    return out


def _gap(spans: list, start: int, end: int, asides: list[tuple[int, int]]) -> int | None:
    """The distance from a time to the nearest contact word outside the asides, the asides
    between them not counted."""
    outside = [s for s in spans if not any(a <= s[0] and s[1] <= b for a, b in asides)]
    near = nearest(outside, start, end)
    if near is None:
        return None
    low, high = min(end, near[1][1]), max(start, near[1][0])
    return near[0] - sum(b - a for a, b in asides if low <= a and b <= high)


def still_to_come(text: str, start: int, end: int, lang: str, aside_only: bool) -> bool:
    """Is the time in a clause still to come, for a held contact ("results are expected at
    five")? In the lead (``aside_only``) only in an aside about a principal ("Macron, che
    stasera formalizzerà la sua ricandidatura, ha reso noto di aver avuto colloqui"): the
    lead's own clause may go on to a plan ("spoke this morning and will speak again")."""
    if tense_at(text, start, lang) != "future":
        return False
    return not aside_only or any(a <= start and end <= b for a, b in _asides(text, lang))


def day_parts(text: str, lang: str, kind: str, said: list[DateMention],
              reach: int | None = None, clock: Clock = NO_CLOCK,
              held: bool = False) -> list[tuple[int, int, str]]:
    """The parts of day of a sentence that can be the contact's: not the said day's ("said
    on Wednesday morning"), not nearer another kind of contact or after a past one's cue;
    past the lead, within ``reach`` of the contact's cue where the sentence has one, and not
    in a clause still to come when the contact is held ("results are expected at five")."""
    spans = type_spans(text, lang)
    out = []
    for start, end, part in part_spans(text, lang, clock[0], clock[1]):
        if any(d.start - ATTACHED <= end and start <= d.end + ATTACHED for d in said) \
                or said_at(text, start, end, lang) or of_another(text, start, end, lang) \
                or reacted_after(text, start, end, lang) is not None \
                or of_an_event(text, start, end, lang) \
                or ended_then(text, start, end, lang) \
                or clock[2] and deictic(text, start, end, lang):
            continue
        if foreign(spans, start, end, kind, strict=reach is not None):
            continue
        near = nearest(spans, start, end)
        if near and reach is not None and near[0] > reach and (
                (gap := _gap(spans, start, end, _asides(text, lang))) is None or gap > reach):
            continue
        if earlier_before(text, near[1][0] if near else start, lang):
            continue
        if held and still_to_come(text, start, end, lang, reach is None):
            continue
        out.append((start, end, part))
    return out


def part_by_own_cue(text: str, d: DateMention, kind: str, lang: str,
                    clock: Clock) -> str | None:
    """Where the date is nearer another contact's word, the part of day nearer this one's
    ("4日下午才与普京进行视讯会面，晚间又与川普通话": the afternoon is the video call's, the
    evening the phone call's)."""
    spans = type_spans(text, lang)
    own = [s for s in spans if s[3] == kind]
    if not d.part_of_day or not own:
        return None
    gap = min(max(s[0] - d.end, d.start - s[1], 0) for s in own)
    if not any(s[3] not in (kind, "other") and max(s[0] - d.end, d.start - s[1], 0) < gap
               for s in spans):
        return None  # the date is nearest this contact's word: its part is this contact's
    nearer = [p for p in part_spans(text, lang, clock[0], clock[1])
              if not (d.start <= p[0] < d.end + ATTACHED) and
              min(max(s[0] - p[1], p[0] - s[1], 0) for s in own) < gap]
    return min(nearer, key=lambda p: min(max(s[0] - p[1], p[0] - s[1], 0) for s in own))[2] \
        if nearer else None


def set_part(facts: ContactFacts, text: str, lang: str, said: list[DateMention],
             reach: int | None = None, clock: Clock = NO_CLOCK, held: bool = False,
             kind: str | None = None) -> None:
    """Give the contact the sentence's first part of day that can be its own, if it has none
    (``kind``: the contact's word in that sentence, where it names the medium)."""
    if facts.part_of_day is None:
        found = day_parts(text, lang, kind or facts.type, said, reach, clock, held)
        if found:
            facts.part_of_day = found[0][2]
            facts.evidence["part_of_day"] = text


def abroad(facts: ContactFacts, lang: str, side: str | None, place: str | None,
           day: date | None) -> bool:
    """Is the contact's clock (its place's, else every principal's) hours away from the
    newsroom's? Then the newsroom's "questa sera" says nothing of the contact's day."""
    index = actor_index()
    zones = [place] if place else [z for a in facts.participants
                                   if (z := country_zone(index.country_of(a)))]
    return far_clocks(lang, side, zones, day)


def newsroom_part(facts: ContactFacts, text: str, lang: str, said: list[DateMention],
                  clock: Clock) -> None:
    """The lead's "questa sera" for leaders hours from the newsroom: what the account says,
    marked as the newsroom's clock (the event takes no part of day from it; the comparison
    sets it beside the other side's)."""
    found = [p for p in day_parts(text, lang, facts.type, said, None, (clock[0], clock[1], False))
             if deictic(text, p[0], p[1], lang)]
    if found:
        facts.part_of_day, facts.newsroom_part = found[0][2], True
        facts.evidence["part_of_day"] = text


@cache
def _visit_nouns(lang: str) -> re.Pattern[str] | None:
    words = langdata.load(lang, "dates").get("visit_nouns") or []
    return alternation([rf"\b(?:{word_alternation(words)})\b"]) if words else None


def told_visit(text: str, facts: ContactFacts, lang: str) -> bool:
    """Does the sentence name a visit that is the contact by its bare noun ("La visita è
    iniziata alle 9.20", after "Papa Francesco riceve Mattarella per la visita di congedo")?
    Only for a visit: a meeting's "visita alla Grande Muraglia" is the trip's."""
    nouns = _visit_nouns(lang)
    return facts.type == "visit" and nouns is not None and nouns.search(text) is not None


_FACE_TO_FACE = frozenset({"meeting", "visit"})


@cache
def _meals(lang: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    data = langdata.load(lang, "dates").get("meal_told") or {}
    edge = "" if lang == "zh" else r"\b"
    return tuple((str(part), re.compile(rf"^\W*(?:{'|'.join(map(str, pats))}){edge}", re.I))
                 for part, pats in data.items() if pats)


def told_meal(text: str, facts: ContactFacts, lang: str) -> str | None:
    """The part of day of the meal a sentence opens on, where that meal is the face-to-face
    contact told again ("Il pranzo di ieri, durato circa un'ora", "The dinner lasted two
    hours", after the lead's meeting): a lunch is the afternoon, a dinner the evening."""
    if facts.type not in _FACE_TO_FACE:
        return None
    return next((part for part, pattern in _meals(lang) if pattern.match(text)), None)
