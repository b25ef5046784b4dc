"""Earlier or planned contacts an account refers to in passing.

Every contact cue of a sentence other than the reported contact's ("their meeting in
Bali last November", "特朗普期待明年早些时候访华") is a candidate, with the dates and the
place nearest to it. Cues that point at the reported contact itself ("this call",
"这次通话", "our 37th meeting"), contacts between teams, officials or delegations rather
than the leaders, and contacts with no party named are not mentioned contacts. Cue words
live in ``lang/<iso>/contacts.yaml``, beside those of the reported contact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from readouts import lang as langdata
from readouts.extract.contacts.contacts import (
    ContactFacts,
    contact_cues,
    contact_status,
    cue_alternation,
    dates_match,
    is_leader,
    known_place,
    partial_date,
    type_spans,
    types_compatible,
    unique,
)
from readouts.extract.contacts.mention_parties import cue_parties
from readouts.extract.time.dates import find_dates
from readouts.extract.time.periods import find_periods
from readouts.extract.time.tense import tense_at
from readouts.model import Mention, Sentence

# Contact types that need two parties: a call with one named person is no contact.
_TWO_PARTY = frozenset({"phone_call", "video_call", "meeting", "consultation"})


@dataclass(frozen=True)
class _MentionCues:
    """Cue data only the mentioned contacts read (keys of ``contacts.yaml``)."""

    # Anchored where they are tried: at the end of the text before a cue, or at its start.
    deictic_before: re.Pattern[str] | None  # "this", "today's", "这次" right before a cue
    deictic_after: re.Pattern[str] | None  # "the call today", "la telefonata di oggi"
    ordinal_before: re.Pattern[str] | None  # "our 37th", "第二次": a count of contacts
    group: re.Pattern[str] | None  # teams, officials, advisers, ...: not the leaders
    group_block: re.Pattern[str] | None  # between a group word and a cue: not its party
    group_breaks: re.Pattern[str]  # where a clause ends: a group word beyond is no party
    group_window: tuple[int, int]  # characters before and after a cue to look for a group
    principals: re.Pattern[str] | None  # "the two leaders", "两国元首"
    persons: re.Pattern[str] | None  # "we", "you", "我们": the principals speaking
    range_before: re.Pattern[str] | None  # "since" right before a year: it bounds a span
    range_opening: re.Pattern[str] | None  # "since" opening the year's own span
    range_after: re.Pattern[str] | None  # "以来" right after a year
    not_held: re.Pattern[str] | None  # in the cue's clause: refused, failed, habitual
    wish: re.Pattern[str] | None  # in the cue's clause: hoped for, wished: a planned contact
    directive: re.Pattern[str] | None  # "urged X to": the contact is X's, and planned
    period_gate: re.Pattern[str] | None  # a span of time may date a held contact ("上个月")
    medium: re.Pattern[str] | None  # between a meeting verb and a medium: one contact
    since: re.Pattern[str] | None  # right before a date: the start of a stay, not a contact
    date_breaks: re.Pattern[str] | None  # between a date and a cue: not the cue's date
    partner_after: re.Pattern[str] | None  # "with", "con", "с" between a cue and its partner
    partner_before: re.Pattern[str] | None  # "与", "同" between the partner and the cue
    location: tuple[re.Pattern[str], ...]  # besides the shared location patterns
    location_suffix: tuple[re.Pattern[str], ...]  # the place is a suffix of the group


@cache
def _mention_cues(lang: str) -> _MentionCues:
    data = langdata.load(lang, "contacts") or langdata.load("en", "contacts")

    def one(key: str) -> re.Pattern[str] | None:
        return cue_alternation(data.get(key) or [])

    def anchored(key: str, template: str) -> re.Pattern[str] | None:
        """The key's alternation placed in ``template`` at {}, case-insensitive."""
        pattern = one(key)
        return re.compile(template.format(pattern.pattern), re.I) if pattern else None
    window = data.get("group_window") or [60, 50]
    return _MentionCues(
        deictic_before=anchored("deictic_before", "(?:{})$"),
        deictic_after=anchored("deictic_after", "(?:{})"),
        ordinal_before=anchored("ordinal_before", "(?:{})$"), group=one("group"),
        group_block=one("group_block"),
        group_breaks=re.compile(data.get("group_breaks") or r"[.;:!?]"),
        group_window=(int(window[0]), int(window[1])),
        principals=one("principals"), persons=one("persons"),
        range_before=anchored("range_before", r"(?:{})\s*$"),
        range_opening=anchored("range_before", r"(?:{})\s"),
        range_after=anchored("range_after", r"\s*(?:{})"),
        not_held=one("not_held"),
        wish=one("wish"),
        directive=one("directive"),
        period_gate=one("period_gate"),
        medium=anchored("medium_link", r"\s*(?:(?:{})\s*(?:\w+\s*)?)?$"),
        since=anchored("since", r"(?:{})\s*$"),
        date_breaks=one("date_breaks"),
        partner_after=one("partner_after"),
        # the word, then at most a title before the partner: "同美国总统拜登"
        partner_before=anchored("partner_before", r"(?:{})[^\s，,。；;、]{{0,8}}$"),
        location=tuple(re.compile(p) for p in data.get("mention_location") or []),
        location_suffix=tuple(re.compile(p) for p in data.get("location_suffix") or []),
    )


@dataclass
class _Cue:
    """One contact cue of a sentence (overlapping cue matches merged) and what it is."""

    start: int
    end: int
    rank: int
    type: str
    dead: str | None = None  # "deictic", "ordinal", "reported", "group": no other contact


@dataclass(frozen=True)
class _When:
    """A date or a span of time in a sentence, as a mentioned contact's date."""

    start: int
    end: int
    value: str
    precision: str
    relative: bool = False
    period: bool = False


_REMOTE = frozenset({"phone_call", "video_call"})
_SHORT_LINK = re.compile(r"\s*\w{0,3}\s*")


def _cue_list(text: str, lang: str) -> list[_Cue]:
    """The sentence's cues, overlapping ones merged, and a meeting verb merged with the
    medium right after it ("si sono incontrati tramite collegamento video": a video call)."""
    medium = _mention_cues(lang).medium
    out: list[_Cue] = []
    for start, end, rank, name in type_spans(text, lang):
        if out and medium is not None and name in _REMOTE and out[-1].type == "meeting" \
                and medium.fullmatch(text, out[-1].end, start):
            out[-1].end, out[-1].rank, out[-1].type = end, rank, name
            continue
        if out and name == out[-1].type and _SHORT_LINK.fullmatch(text, out[-1].end, start):
            out[-1].end = end  # "messaggio di congratulazioni", "message of condolences"
            continue
        if out and start <= out[-1].end:
            last = out[-1]
            last.end = max(last.end, end)
            if rank < last.rank:
                last.rank, last.type = rank, name
            continue
        out.append(_Cue(start, end, rank, name))
    return out


def _gap(cue: _Cue, start: int, end: int) -> int:
    return max(cue.start - end, start - cue.end, 0)


def _nearest_cue(cues: list[_Cue], start: int, end: int) -> int:
    """The cue closest to a span; on a tie the one after it, then the higher-ranked."""
    return min(range(len(cues)),
               key=lambda i: (_gap(cues[i], start, end), cues[i].start < start, cues[i].rank))


def _bounds_range(text: str, start: int, end: int, lang: str) -> bool:
    """"since 2013", "2013年以来", "с 2013 года", "dal 2013": a year bounding a span."""
    cues = _mention_cues(lang)
    before, after = text[:start], text[end:]
    span = text[start:end]
    if cues.range_before is not None and cues.range_opening is not None and (
            cues.range_before.search(before) or cues.range_opening.match(span)):
        return True
    return bool(cues.range_after is not None and cues.range_after.match(after))


def _dates(text: str, lang: str, ref: str | None, tense: str,
           cues: list[_Cue]) -> list[_When]:
    """The sentence's dates, less the years that bound a range. In a sentence that plans
    something, a date near a past verb and no plan of its own cue's clause is read in the
    past ("si sono incontrati a marzo e si rivedranno a luglio": last March, next July)."""
    found = find_dates(text, lang, ref, tense)
    if tense == "future" and found:
        past = {(d.start, d.end): d for d in find_dates(text, lang, ref, "past")}
        planned = contact_cues(lang).planned

        def in_past(start: int, end: int) -> bool:
            if tense_at(text, start, lang) != "past":
                return False
            i = _nearest_cue(cues, start, end)
            lo = cues[i - 1].end if i > 0 else 0
            hi = cues[i + 1].start if i + 1 < len(cues) else len(text)
            plans = (planned, _mention_cues(lang).wish)
            return not any(p is not None and _in_clause(p, text, cues[i], lo, hi) for p in plans)
        found = [past.get((d.start, d.end), d) if in_past(d.start, d.end) else d
                 for d in found]
    since = _mention_cues(lang).since
    return [_When(d.start, d.end, d.value, d.precision, d.relative)
            for d in found
            if (d.precision != "year" or not _bounds_range(text, d.start, d.end, lang))
            and not (since is not None and since.search(text, max(0, d.start - 30), d.start))]


def _periods(text: str, lang: str, ref: str | None) -> list[_When]:
    """Spans of time within one month or one year ("next month", "later this year"), less
    those bounding a range: a contact dated by a span takes its month or year."""
    periods: list[_When] = []
    if ref is None:
        return periods
    for p in find_periods(text, lang, ref):
        if _bounds_range(text, p.start, p.end, lang):
            continue
        first, last = p.period_start, p.period_end
        if len(first) >= 7 and first[:7] == last[:7]:
            periods.append(_When(p.start, p.end, first[:7], "month", period=True))
        elif first[:4] == last[:4]:
            periods.append(_When(p.start, p.end, first[:4], "year", period=True))
    return periods


def _within_a_day(a: str, b: str) -> bool:
    return len(a) == len(b) == 10 and dates_match(a, b)


def _compatible(a: str, b: str | None) -> bool:
    """One date is the other's day, month or year ("今年" and the reported day)."""
    if b is None:
        return False
    shorter = min(len(a), len(b))
    return a[:shorter] == b[:shorter]


def _leader_between(named: list[Mention], start: int, end: int, on: str | None) -> bool:
    return any(start <= m.start and m.end <= end and is_leader(m.actor, on) for m in named)


def _group_party(text: str, cue: _Cue, lang: str, named: list[Mention],
                 on: str | None) -> bool:
    """Are the cue's parties teams, officials, advisers, ...: "their teams will follow up",
    "两军战区领导通话", "talks at the level of political advisers"?"""
    cues = _mention_cues(lang)
    if cues.group is None:
        return False
    before_w, after_w = cues.group_window

    def free(a: int, b: int) -> bool:  # no principal, no blocker between a and b
        middle = text[a:b]
        return not (_leader_between(named, a, b, on)
                    or (cues.principals is not None and cues.principals.search(middle))
                    or (cues.group_block is not None and cues.group_block.search(middle)))
    lo = max(0, cue.start - before_w)
    breaks = [m.end() for m in cues.group_breaks.finditer(text, lo, cue.start)]
    lo = breaks[-1] if breaks else lo
    found = [m for m in cues.group.finditer(text, lo, cue.end)]
    if found and free(found[-1].end(), cue.start):
        return True
    hi = min(len(text), cue.end + after_w)
    stop = cues.group_breaks.search(text, cue.end, hi)
    hi = stop.start() if stop else hi
    after = cues.group.search(text, cue.end, hi)
    return bool(after and free(cue.end, after.start()))


def _mark(text: str, cues: list[_Cue], bound: dict[int, list[_When]], lang: str,
          named: list[Mention], ref: str | None, status: str,
          main: ContactFacts | None) -> None:
    """Mark the cues that name no other contact: the reported one referred to ("this
    call", "our 37th meeting", dated the reported day) and contacts between groups."""
    mc = _mention_cues(lang)
    for i, cue in enumerate(cues):
        whens = bound.get(i, [])
        same = main is None or types_compatible(cue.type, main.type)
        before = text[max(0, cue.start - 40):cue.start]
        if same and ((mc.deictic_before is not None and mc.deictic_before.search(before))
                     or (mc.deictic_after is not None
                         and mc.deictic_after.match(text[cue.end:]))):
            cue.dead = "deictic"
        elif same and status == "held" and mc.ordinal_before is not None \
                and mc.ordinal_before.search(before) \
                and (not whens or any(_compatible(w.value, main and main.date) for w in whens)):
            cue.dead = "ordinal"
        elif any(w.relative and not w.period and w.value == ref for w in whens) or (
                main is not None and main.date and status == "held"
                and any(_within_a_day(w.value, main.date) for w in whens)):
            cue.dead = "reported"
        elif _group_party(text, cue, lang, named, ref):
            cue.dead = "group"
        elif mc.not_held is not None and _in_clause(mc.not_held, text, cue):
            cue.dead = "not held"  # "could not be held", "refused to hold", "every year"


_CLAUSE = re.compile(r"[.;:!?,。；：！？，]")
_NOT_HELD_REACH = 150  # a clause may be long; its punctuation ends it first


def _in_clause(pattern: re.Pattern[str], text: str, cue: _Cue, lo: int = 0,
               hi: int | None = None) -> bool:
    """A match in the cue's own clause: up to the punctuation around it, within reach, and
    within ``lo``..``hi`` (the cues either side: "met in March and will meet in July")."""
    lo = max(lo, cue.start - _NOT_HELD_REACH)
    before = [m.end() for m in _CLAUSE.finditer(text, lo, cue.start)]
    lo = before[-1] if before else lo
    hi = min(len(text) if hi is None else hi, cue.end + _NOT_HELD_REACH)
    after = _CLAUSE.search(text, cue.end, hi)
    return pattern.search(text, lo, after.start() if after else hi) is not None


def _places(text: str, lang: str) -> list[tuple[int, str]]:
    """Every known place the sentence names, with where it stands."""
    out: list[tuple[int, str]] = []
    for pattern in (*contact_cues(lang).location, *_mention_cues(lang).location):
        for m in pattern.finditer(text):
            canonical = known_place(m.group("place").strip())
            if canonical:
                out.append((m.start("place"), canonical))
    for pattern in _mention_cues(lang).location_suffix:  # "旧金山会晤": no word boundary
        for m in pattern.finditer(text):
            word = m.group("place")
            for k in range(len(word) - 1):
                canonical = known_place(word[k:])
                if canonical:
                    out.append((m.start("place") + k, canonical))
                    break
    return sorted(set(out))


def _bound_place(text: str, lang: str, cues: list[_Cue], own: set[int]) -> str | None:
    """The place bound to one of the contact's own cues: the cue nearest the place is
    one of them ("after a meeting in Kyiv, ... his call with Biden": Kyiv is the
    meeting's)."""
    best: tuple[int, str] | None = None
    for start, name in _places(text, lang):
        nearest = _nearest_cue(cues, start, start + len(name))
        if nearest in own:
            gap = _gap(cues[nearest], start, start + len(name))
            if best is None or gap < best[0]:
                best = (gap, name)
    return best[1] if best else None


def mentioned_contacts(sentences: list[Sentence], mentions: list[list[Mention]], lang: str,
                       ref: str | None, side: str | None,
                       reported: list[ContactFacts]) -> list[ContactFacts]:
    """Earlier or planned contacts an account refers to in passing.

    Each contact cue of a sentence is one candidate; a date or a place belongs to the cue
    nearest it. Cues that refer to the reported contact itself ("this call", "our 37th
    meeting", "today's talks") or whose parties are teams or officials ("their teams will
    follow up") name no mentioned contact, and take their dates and places with them.
    """
    out: list[ContactFacts] = []
    skip = {c.sentence for c in reported}
    main = reported[0] if reported else None
    reported_parties = list(main.participants) if main else []
    mc = _mention_cues(lang)
    last_pair: list[str] = []
    for s in sentences:
        context = last_pair  # the two leaders of a sentence before ("their meeting")
        last_pair = _two_leaders(mentions[s.i], ref) or last_pair
        if s.i in skip:
            continue
        text = s.text
        cues = _cue_list(text, lang)
        if not cues:
            continue
        status = contact_status(text, lang)
        if mc.wish is not None and mc.wish.search(text):
            status = "planned"
        tense = "future" if status == "planned" else "past"
        dates = _dates(text, lang, ref, tense, cues)
        # spans of time only where a contact may be undated otherwise (find_periods is
        # the costliest step): a held contact needs an earlier cue or a date of its own
        earlier = bool(contact_cues(lang).earlier and contact_cues(lang).earlier.search(text)) \
            or bool(mc.period_gate and mc.period_gate.search(text))
        periods = _periods(text, lang, ref) if status == "planned" or earlier else []
        if mc.date_breaks is not None:  # "两人通话前夕,传出...将于8月访问": another clause's
            dates = [w for w in dates if not _across(text, cues, w, mc.date_breaks)]
            periods = [w for w in periods if not _across(text, cues, w, mc.date_breaks)]
        bound: dict[int, list[_When]] = {}
        for w in dates + periods:
            bound.setdefault(_nearest_cue(cues, w.start, w.end), []).append(w)
        named = mentions[s.i]
        _mark(text, cues, bound, lang, named, ref, status, main)
        live = [i for i, c in enumerate(cues) if c.dead is None]
        if not live:
            continue
        live_dates = [d for d in dates if _nearest_cue(cues, d.start, d.end) in live]
        referred = any(c.dead in ("deictic", "ordinal") for c in cues)
        others = any(m.actor not in reported_parties and is_leader(m.actor, ref)
                     for m in named)
        marked = earlier or bool(live_dates) or referred
        if status == "held" and not (marked or others):
            continue  # a sentence about the reported contact itself
        spans = [(cues[i].start, cues[i].end) for i in live]  # a dead cue splits no clause
        speaks = _principals_present(text, lang)
        links = (mc.partner_after, mc.partner_before)
        for own, when in _contacts_of(cues, live, live_dates, bound):
            head = min(own, key=lambda i: cues[i].rank)
            kind = cues[head].type
            participants = cue_parties(text, named, spans, live.index(head), ref,
                                       reported_parties, context,
                                       speaks, kind in _TWO_PARTY, links, mc.principals,
                                       need_partner=status == "held" and not marked,
                                       directive=mc.directive)
            if not participants or (kind in _TWO_PARTY and len(participants) < 2):
                continue  # nobody, or one official on a call: no contact to speak of
            if kind == "ceremony" and not named and not speaks:
                continue  # a ceremony none of the principals is said to attend
            cue_status = _status_at(text, cues, head, lang, status)
            location = _bound_place(text, lang, cues, set(own))
            if main is not None and cue_status == "held" and not location \
                    and (not when or _compatible(when.value, main.date)) \
                    and set(participants) == set(main.participants) \
                    and kind in (main.type, "consultation"):
                continue  # the reported contact told again ("their call ..."), not another
            facts = ContactFacts(type=kind, status=cue_status, participants=list(participants),
                                 sentence=s.i)
            facts.evidence = {"type": text, "participants": text}
            if when:
                facts.date, facts.date_precision = when.value, when.precision
                facts.evidence["date"] = text
            elif ref is None:
                facts.partial = partial_date(text, lang, tense)
            facts.location = location
            if facts.location:
                facts.evidence["location"] = text
            out.append(facts)
    return out


def _across(text: str, cues: list[_Cue], w: _When, breaks: re.Pattern[str]) -> bool:
    """Does a clause break stand between the cue nearest a date and the date after it? (A
    date fronted before its clause, "去年11月，我们在旧金山会晤", is the clause's own.)"""
    cue = cues[_nearest_cue(cues, w.start, w.end)]
    return cue.end <= w.start and breaks.search(text, cue.end, w.start) is not None


def _two_leaders(named: list[Mention], on: str | None) -> list[str]:
    leaders = unique([m.actor for m in named if is_leader(m.actor, on)])
    return leaders if len(leaders) == 2 else []


def _status_at(text: str, cues: list[_Cue], i: int, lang: str, sentence_status: str) -> str:
    """The status of one cue's contact: a wish or a plan in its own clause (between the
    cues either side) makes it planned, else the tense nearest it decides ("they met in
    March and will meet again in July": March's meeting is held)."""
    cue = cues[i]
    lo = cues[i - 1].end if i > 0 else 0
    hi = cues[i + 1].start if i + 1 < len(cues) else len(text)
    mc = _mention_cues(lang)
    for wish in (mc.wish, mc.directive):
        if wish is not None and _in_clause(wish, text, cue, lo, hi):
            return "planned"  # "l'auspicio di un incontro", "urged Putin to meet"
    if sentence_status == "held":
        return "held"
    planned = contact_cues(lang).planned
    if planned is not None and _in_clause(planned, text, cue, lo, hi):
        return "planned"  # "agreed to meet", "in vista del vertice"
    return "held" if tense_at(text, cue.start, lang) in ("past", "present") else "planned"


def _principals_present(text: str, lang: str) -> bool:
    mc = _mention_cues(lang)
    return any(p is not None and p.search(text) for p in (mc.principals, mc.persons))


def _contacts_of(cues: list[_Cue], live: list[int], dates: list[_When],
                 bound: dict[int, list[_When]]) -> list[tuple[list[int], _When | None]]:
    """The contacts of a sentence's live cues: one per cue a date is nearest, with the
    finest of its dates (a cue is one contact, however many dates stand near it: "met
    Rousseff, elected in March, of a bank founded in 2014"); the undated cues, each its own
    contact (or one dated by a span of time), as their parties may differ."""
    if len({d.value for d in dates}) == 1:
        d = dates[0]
        return [([_nearest_cue(cues, d.start, d.end)], _finest(dates))]
    by_cue: dict[int, list[_When]] = {}
    for d in dates:
        by_cue.setdefault(_nearest_cue(cues, d.start, d.end), []).append(d)
    if by_cue:
        return [([i], _nearest_when(cues[i], ds)) for i, ds in by_cue.items()]
    out: list[tuple[list[int], _When | None]] = []
    for i in live:
        spans = [w for w in bound.get(i, []) if w.period]
        out.append(([i], spans[0] if spans else None))
    return out


def _nearest_when(cue: _Cue, dates: list[_When]) -> _When:
    return min(dates, key=lambda d: (max(cue.start - d.end, d.start - cue.end, 0),
                                     {"day": 0, "month": 1, "year": 2}.get(d.precision, 3)))


def _finest(dates: list[_When]) -> _When:
    order = {"day": 0, "month": 1, "year": 2}
    return min(dates, key=lambda d: order.get(d.precision, 3))
