"""The cue data of mentioned contacts and the cues of one sentence.

Cue words live in ``lang/<iso>/contacts.yaml``, beside those of the reported contact; this
module compiles them once per language and finds a sentence's contact cues (overlapping
matches merged, a meeting verb merged with the medium after it), with the clause helpers
that the dating and the marking of cues share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from readouts import lang as langdata
from readouts.extract.contacts.contacts import cue_alternation, type_spans
from readouts.extract.contacts.cues import CLAUSE


@dataclass(frozen=True)
class MentionCues:
    """Cue data only the mentioned contacts read (keys of ``contacts.yaml``)."""

    # Anchored where they are tried: at the end of the text before a cue, or at its start.
    deictic_before: re.Pattern[str] | None  # "this", "today's", "这次" right before a cue
    deictic_after: re.Pattern[str] | None  # "the call today", "la telefonata di oggi"
    ordinal_before: re.Pattern[str] | None  # "our 37th", "第二次": a count of contacts
    # "it would be the eighth meeting": the count said of the reported one, whenever said
    ordinal_copula: re.Pattern[str] | None
    possessive_before: re.Pattern[str] | None  # "their call", undated: the reported one
    ordinal_after: re.Pattern[str] | None  # "the call, the first since 1979": the reported
    ground_after: re.Pattern[str] | None  # "会晤基础上", "会晤共识": a past contact built on
    group: re.Pattern[str] | None  # teams, officials, advisers, ...: not the leaders
    group_block: re.Pattern[str] | None  # between a group word and a cue: not its party
    group_breaks: re.Pattern[str]  # where a clause ends: a group word beyond is no party
    group_window: tuple[int, int]  # characters before and after a cue to look for a group
    # "the international meeting in Astana", "l'incontro internazionale": no pair's contact
    multilateral_before: re.Pattern[str] | None  # at the end of the text before a cue
    multilateral_after: re.Pattern[str] | None  # at the start of the text after it
    principals: re.Pattern[str] | None  # "the two leaders", "两国元首"
    persons: re.Pattern[str] | None  # "we", "you", "我们": the principals speaking
    speaker_self: re.Pattern[str] | None  # "I", "we", "у меня", "我": the one speaking
    range_before: re.Pattern[str] | None  # "since" right before a year: it bounds a span
    range_opening: re.Pattern[str] | None  # "since" opening the year's own span
    range_after: re.Pattern[str] | None  # "以来" right after a year
    relative: re.Pattern[str] | None  # "the war which began in ...": another event's clause
    not_held: re.Pattern[str] | None  # in the cue's clause: refused, failed, habitual
    counted: re.Pattern[str] | None  # in the cue's clause: "five times", a series
    not_ruled_out: re.Pattern[str] | None  # before the cue, or in its clause: only possible
    wish: re.Pattern[str] | None  # in the cue's clause: hoped for, wished: a planned contact
    directive: re.Pattern[str] | None  # "urged X to": the contact is X's, and planned
    period_gate: re.Pattern[str] | None  # a span of time may date a held contact ("上个月")
    # "came a day after", "此前一天": the sentence's other contact, the reported one's eve
    day_before_reported: re.Pattern[str] | None
    medium: re.Pattern[str] | None  # between a meeting verb and a medium: one contact
    after_link: re.Pattern[str] | None  # "after (the)" right before a cue: after a plan
    since: re.Pattern[str] | None  # right before a date: the start of a stay, not a contact
    date_breaks: re.Pattern[str] | None  # between a date and a cue: not the cue's date
    partner_after: re.Pattern[str] | None  # "with", "con", "с" between a cue and its partner
    partner_before: re.Pattern[str] | None  # "与", "同" between the partner and the cue
    pair_lead: re.Pattern[str] | None  # "between", "presidents": a pair after the cue is its own
    # right before a name, with at most a title between: the name is someone's partner
    # ("после беседы с Путиным Трамп ...": Putin is the talk's partner, not the subject)
    partner_lead: re.Pattern[str] | None
    told_lead: re.Pattern[str] | None  # "briefed Zelensky", "向泽连斯基": told of it, no party
    location: tuple[re.Pattern[str], ...]  # besides the shared location patterns
    location_suffix: tuple[re.Pattern[str], ...]  # the place is a suffix of the group


@cache
def mention_cues(lang: str) -> MentionCues:
    """The cues of mentioned contacts in ``lang/<iso>/contacts.yaml`` (English's where the
    language has none), compiled once."""
    data = langdata.load(lang, "contacts") or langdata.load("en", "contacts")

    def one(key: str) -> re.Pattern[str] | None:
        return cue_alternation(data.get(key) or [])

    def anchored(key: str, template: str) -> re.Pattern[str] | None:
        """The key's alternation placed in ``template`` at {}, case-insensitive."""
        pattern = one(key)
        return re.compile(template.format(pattern.pattern), re.I) if pattern else None
    window = data.get("group_window") or [60, 50]
    return MentionCues(
        deictic_before=anchored("deictic_before", "(?:{})$"),
        deictic_after=anchored("deictic_after", "(?:{})"),
        ordinal_before=anchored("ordinal_before", "(?:{})$"),
        ordinal_copula=anchored("ordinal_copula", r"(?:{})\s*$"),
        possessive_before=anchored("possessive_before", "(?:{})$"),
        ordinal_after=anchored("ordinal_after", "(?:{})"),
        ground_after=anchored("ground_after", "(?:{})"),
        group=one("group"),
        group_block=one("group_block"),
        group_breaks=re.compile(data.get("group_breaks") or r"[.;:!?]"),
        group_window=(int(window[0]), int(window[1])),
        # the word next to the cue, or one word away ("шестой международной встречи")
        multilateral_before=anchored("multilateral", r"(?:{})\s*(?:\w+\s+)?$"),
        multilateral_after=anchored("multilateral", r"\s*(?:\w+\s+)?(?:{})"),
        principals=one("principals"), persons=one("persons"),
        speaker_self=one("speaker_self"),
        range_before=anchored("range_before", r"(?:{})\s*$"),
        range_opening=anchored("range_before", r"(?:{})\s"),
        range_after=anchored("range_after", r"\s*(?:{})"),
        relative=one("relative"),
        not_held=one("not_held"),
        counted=one("counted"),
        not_ruled_out=one("not_ruled_out"),
        wish=one("wish"),
        directive=one("directive"),
        period_gate=one("period_gate"),
        day_before_reported=one("day_before_reported"),
        medium=anchored("medium_link", r"\s*(?:(?:{})\s*(?:\w+\s*)?)?$"),
        since=anchored("since", r"(?:{})\s*$"),
        after_link=anchored("after_link", r"(?:{})\s*(?:[\w'’]+\s+){{0,2}}$"),
        date_breaks=one("date_breaks"),
        partner_after=one("partner_after"),
        pair_lead=one("pair_lead"),
        # the word, then at most a title before the partner: "同美国总统拜登"
        partner_before=anchored("partner_before", r"(?:{})[^\s，,。；;、]{{0,8}}$"),
        partner_lead=_lead(data, "partner_after", "partner_before"),
        told_lead=_lead(data, "told", "told_tight"),
        location=tuple(re.compile(p) for p in data.get("mention_location") or []),
        location_suffix=tuple(re.compile(p) for p in data.get("location_suffix") or []),
    )


def _lead(data: dict, spaced_key: str, tight_key: str) -> re.Pattern[str] | None:
    """A word and at most a title ("con il presidente russo ", "briefed President "), or a
    word written tight against the name and at most a title ("与法国总统", "向乌克兰总统"), at
    the end of the text before a name."""
    spaced = cue_alternation(data.get(spaced_key) or [])
    tight = cue_alternation(data.get(tight_key) or [])
    parts = ([rf"(?<!\w)(?:{spaced.pattern})\s+(?:[\w'’.-]+\s+){{0,3}}$"] if spaced else []) \
        + ([rf"(?:{tight.pattern})[^\s，,。；;、]{{0,8}}$"] if tight else [])
    return re.compile("|".join(parts), re.I) if parts else None


@dataclass
class Cue:
    """One contact cue of a sentence (overlapping cue matches merged) and what it is."""

    start: int
    end: int
    rank: int
    type: str
    dead: str | None = None  # "deictic", "ordinal", "reported", "group": no other contact


_REMOTE = frozenset({"phone_call", "video_call"})
_SHORT_LINK = re.compile(r"\s*\w{0,3}\s*")


def cue_list(text: str, lang: str) -> list[Cue]:
    """The sentence's cues, overlapping ones merged, and a meeting verb merged with the
    medium right after it ("si sono incontrati tramite collegamento video": a video call)."""
    medium = mention_cues(lang).medium
    out: list[Cue] = []
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
        out.append(Cue(start, end, rank, name))
    return out


def gap(cue: Cue, start: int, end: int) -> int:
    """Characters between a cue and a span, 0 where they touch or overlap."""
    return max(cue.start - end, start - cue.end, 0)


def nearest_cue(cues: list[Cue], start: int, end: int) -> int:
    """The cue closest to a span; on a tie the one after it, then the higher-ranked."""
    return min(range(len(cues)),
               key=lambda i: (gap(cues[i], start, end), cues[i].start < start, cues[i].rank))


_NOT_HELD_REACH = 150  # a clause may be long; its punctuation ends it first


def in_clause(pattern: re.Pattern[str], text: str, cue: Cue, lo: int = 0,
              hi: int | None = None) -> bool:
    """A match in the cue's own clause: up to the punctuation around it, within reach, and
    within ``lo``..``hi`` (the cues either side: "met in March and will meet in July")."""
    lo = max(lo, cue.start - _NOT_HELD_REACH)
    before = [m.end() for m in CLAUSE.finditer(text, lo, cue.start)]
    lo = before[-1] if before else lo
    hi = min(len(text) if hi is None else hi, cue.end + _NOT_HELD_REACH)
    after = CLAUSE.search(text, cue.end, hi)
    return pattern.search(text, lo, after.start() if after else hi) is not None
