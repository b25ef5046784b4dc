"""Who took part in a contact an account mentions in passing: the people of its own clause.

A sentence may hold several contacts with different parties ("Putin and Trump spoke before
Trump's meeting with Zelensky"): each cue's parties are the people named between the cues
around it, nearest first, so one leader's meeting with a third person is not a meeting of
the two principals. Aides and spokespeople who tell of a contact ("Peskov said Putin has a
call planned") are never its parties; their roles are ``non_party_roles`` in
``knowledge/actors.yaml``. The reported contact's principals stand in for a missing party
only where the clause speaks of them ("the two leaders", "we"), never by default.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from readouts import lang as langdata
from readouts.extract.contacts.asides import inside, relative_asides
from readouts.extract.contacts.contacts import can_be_party, is_leader, unique
from readouts.extract.contacts.countries_talk import countries_talk
from readouts.extract.contacts.cues import contact_cues
from readouts.extract.contacts.mention_cues import mention_cues
from readouts.extract.contacts.named_subject import named_other_subject
from readouts.extract.contacts.pair_join import joined_pair
from readouts.extract.contacts.stand_in import (
    aside_subjects,
    counterpart,
    stand_in_order,
    titles_of_unnamed,
)
from readouts.extract.contacts.status import CLAUSE_BREAK
from readouts.extract.people.local_offices import names_local_office
from readouts.model import Mention

_HARD = re.compile(r"[.;:!?。；：！？]")


def segment(text: str, spans: Sequence[tuple[int, int]], i: int) -> tuple[int, int]:
    """The stretch of text that is cue ``i``'s own: from the cue before it (or the clause
    start) to the cue after it (or the clause end)."""
    start, end = spans[i]
    lo = spans[i - 1][1] if i > 0 else 0
    hi = spans[i + 1][0] if i + 1 < len(spans) else len(text)
    breaks = [m.end() for m in _HARD.finditer(text, lo, start)]
    stop = _HARD.search(text, end, hi)
    return (breaks[-1] if breaks else lo), (stop.start() if stop else hi)


def _gap(m: Mention, start: int, end: int) -> int:
    return max(start - m.end, m.start - end, 0)


_PARTNER_REACH = 80  # characters from the cue to the partner's name
_PARTNER_GAP = re.compile(r"[.;:!?。；：！？，]")  # a Chinese comma ends the clause too


def partner(text: str, people: list[Mention], start: int, end: int,
            after: re.Pattern[str] | None, before: re.Pattern[str] | None) -> Mention | None:
    """The person the cue's contact is with: named after "with", "con", "с" following the
    cue ("his meeting with Trump"), or before "与", "同" preceding it ("与泽连斯基会晤")."""
    if after is not None:
        for m in people:
            if end <= m.start <= end + _PARTNER_REACH:
                gap = text[start:m.start]  # the cue may end in its "with": "meeting with"
                if after.search(gap) and not _PARTNER_GAP.search(gap):
                    return m
    if before is not None:  # "同美国总统拜登通电话": the word stands before the partner
        for m in sorted(people, key=lambda m: -m.end):
            if start - _PARTNER_REACH // 4 <= m.end <= start and not _HARD.search(
                    text[m.end:start]) and before.search(text, max(0, m.start - 12), m.start):
                return m
    return None


def cue_parties(text: str, named: list[Mention], spans: Sequence[tuple[int, int]], i: int,
                on: str | None, reported: list[str], previous: list[str],
                speaks_of_principals: bool,
                two_party: bool, links: tuple[re.Pattern[str] | None, re.Pattern[str] | None],
                principals: re.Pattern[str] | None = None, need_partner: bool = False,
                directive: re.Pattern[str] | None = None,
                partnered: re.Pattern[str] | None = None,
                speaker: tuple[str | None, re.Pattern[str] | None] = (None, None),
                lang: str | None = None, told_lead: re.Pattern[str] | None = None,
                antecedent: str | None = None) -> list[str]:
    """The parties of cue ``i``: the two leaders of its own stretch nearest it; one leader
    there and another named earlier in the sentence (the subject: "Putin ... his meeting
    with Trump"); else the principals of the context (the reported contact, or the two
    leaders of the sentence before) where the clause speaks of them ("their meeting", "the
    two leaders"), or for a visit or a message, which has its host or addressee there, or
    where the sentence names nobody; officials only where no leader is named at all. A
    contact the speaker tells in the first person ("«I will have talks with Putin», the
    Turkish leader said") is the speaker's. A pronoun standing for the unnamed party ("Earlier,
    he met JP Nadda") is the ``antecedent``, the leader the sentence before opened with."""
    start, end = spans[i]
    context = previous or reported  # "their meeting": the two of the sentence before
    lo, hi = segment(text, spans, i)
    if not named:
        if two_party and countries_talk(text, lo, hi, principals):
            return []  # "Russia and the US are holding talks": governments, not the two
        if lang and names_local_office(text[lo:hi], lang):
            return []  # "l'incontro con il presidente del Consiglio comunale": someone else's
        return list(context)  # a sentence naming nobody speaks of the principals
    people = named
    if any(is_leader(m.actor, on) for m in named):  # officials may talk among themselves
        people = [m for m in named if can_be_party(m.actor, on)]
    local = sorted((m for m in people if lo <= m.start and m.end <= hi),
                   key=lambda m: _gap(m, start, end))
    # a relative clause set off by commas ("Xi, who will meet Biden in Bali, is keeping
    # Albanese guessing"): a cue inside it has its own names there, one outside none of them
    asides = relative_asides(text, lang)
    own = next(((a, b) for a, b in asides if a <= start and end <= b), None)
    if own:  # the aside's names, and the ones it is about, named right before its comma
        about = aside_subjects(text, [m for m in local if m.end <= own[0]], lang)
        local = [m for m in local if own[0] <= m.start and m.end <= own[1] or m in about]
    else:  # not the aside that opens right after the cue: that one tells of its contact
        # ("недавней встречи, которая прошла в Кремле … во главе с Мирзиёевым")
        asides = [(a, b) for a, b in asides if a < end or text[end:a].strip(" ,")]
        local = [m for m in local if not inside(asides, m.start, m.end)]
    leaders = unique([m.actor for m in local if is_leader(m.actor, on)])
    other = partner(text, local, start, end, *links)
    if other is None and need_partner:
        return []  # only a third person marks the contact as another: none is its partner
    pair = _pair_at_cue(text, local, start, end, on, lang, links)
    if pair:
        return pair
    who, self_word = speaker
    if other is not None and who is not None and who != other.actor and self_word is not None \
            and is_leader(who, on) and self_word.search(text, lo, start):
        return [who, other.actor]
    if other is not None:
        taken = {p.actor for k in range(len(spans)) if k != i
                 if (p := partner(text, people, *spans[k], *links)) is not None}
        # a name right after "with" is another talk's partner, never the subject
        # nor the one told of it ("向泽连斯基通报与普京通话内容", "briefed Zelensky on")
        told = {m.actor for m in people if m.end <= start and _told_of(text, m, told_lead)}
        subjects = [m for m in local if m.actor not in taken | told
                    and not _partner_of_another(text, m, start, partnered, local)
                    and not (m.start >= other.end and (_led_by_with(text, m, partnered, local)
                                                       or _partner_too(text, other, m, links[0],
                                                                       local)))]
        pronoun = _pronoun_subject(text, lo, start, lang)
        owner = _urged(text, local, other, lo, start, directive, on) or _owner(
            text, other, subjects, [m for m in people if m.actor not in taken | told], start,
            end, lo, on, pronoun, _sequel(lang))
        if owner:
            return [owner, other.actor]
        if any(is_leader(m.actor, on) for m in named) and \
                named_other_subject(text, subjects, other, start, on, lang):
            return []  # someone else's contact with a leader, not the principals'
        # of the principals, not one named as another talk's partner ("После разговора с
        # Путиным Глава государства переговорил с Зеленским": Tokayev, not Zelensky)
        host = [a for a in (*reported, *previous) if a != other.actor and a not in taken] \
            or [a for a in (*reported, *previous) if a != other.actor]
        host = stand_in_order(host, other.actor, titles_of_unnamed(text, lo, end, start, other),
                               lang, on)
        if pronoun and antecedent in host:  # "Yesterday, Deuba met … Earlier, he met Nadda"
            host = [antecedent, *(a for a in host if a != antecedent)]
        if (speaks_of_principals or not two_party or told or pronoun) and host:
            return [host[0], other.actor]
        if len(leaders) >= 2 and all(m.actor == other.actor or _partner_too(
                text, other, m, links[0], local) for m in local if is_leader(m.actor, on)):
            # "l'incontro con Juncker e con Michel": partners, each, of a subject unnamed here
            return [host[0], other.actor] if host and reported else []
    counted = _counted_leaders(text, named, lo, hi, lang, on) if lang else []
    if counted:  # "dopo il colloquio telefonico tra i tre leader": all three named
        return counted
    if len(leaders) >= 2:
        return leaders[:2]
    if len(leaders) == 1:
        # not one named in a relative clause set off before ("Xi, who will meet Biden, …")
        earlier = [m.actor for m in sorted(people, key=lambda m: -m.start)
                   if m.end <= lo and is_leader(m.actor, on) and m.actor != leaders[0]
                   and not inside(asides, m.start, m.end)]
        if earlier:
            return [earlier[0], leaders[0]]
        if speaks_of_principals or not two_party:
            one = next(m for m in local if m.actor == leaders[0])
            host = counterpart(leaders[0], previous, reported,
                                titles_of_unnamed(text, lo, end, start, one), lang, on)
            if host:
                return [leaders[0], host]
        others = [m.actor for m in local if m.actor != leaders[0]]
        return unique(leaders + others[:1])
    if not local:  # "Meloni e Biden si sono incontrati a marzo e si rivedranno": the subject
        subject = unique([m.actor for m in sorted(people, key=lambda m: m.start)
                          if m.end <= lo and is_leader(m.actor, on)])
        if len(subject) >= 2:
            return subject[:2]
    if not local and context and principals is not None and principals.search(text, lo, start):
        # the sides themselves, with the leaders named only in another contact's clause
        # ("Стороны договорились провести новый разговор после встречи Трампа с Зеленским"):
        # the reported contact's, whoever the sentence before paired
        return list(reported or previous)
    if any(is_leader(m.actor, on) for m in people):
        return []  # the leaders named belong to the sentence's other contacts
    # officials only: the two named nearest the cue, as of leaders ("Salvini wants to meet
    # Castaner, Di Maio the yellow vests"), unless the principals stand nearer it ("Ushakov
    # said the presidents would speak again")
    last_named = max((m.end for m in local if m.end <= start), default=lo)
    if principals is not None and context and any(
            last_named < m.end() <= start for m in principals.finditer(text, lo, start)):
        return list(context)
    return unique([m.actor for m in local])[:2]


_PAIR_AFTER_REACH = 60  # characters of titles between a cue and the pair it names
_PAIR_BEFORE_REACH = 8  # characters (a day: "18日") between a pair and its cue


def _pair_at_cue(text: str, local: list[Mention], start: int, end: int, on: str | None,
                 lang: str | None, links: tuple[re.Pattern[str] | None, re.Pattern[str] | None]
                 ) -> list[str] | None:
    """Two leaders joined as one pair right at the cue, with at most their titles between:
    after it ("после разговора российского и американского президентов Владимира Путина и
    Джо Байдена", "the call between Presidents Putin and Biden") or right before it ("美俄总统
    18日通话"). They are its parties, whoever else the sentence names nearer the cue (the
    spokesman's own leader: "the spokesman of President Zelensky said that after ...")."""
    if lang is None:
        return None
    leaders = sorted((m for m in local if is_leader(m.actor, on)), key=lambda m: m.start)
    lead = mention_cues(lang).pair_lead
    # after the cue, only a pair it leads ("between", a plural title): not its list of
    # partners ("sente al telefono Zelensky e Johnson") nor of those present ("the call
    # included President Macron and Chancellor Merz")
    after = [m for m in leaders if m.start >= end][:2]
    if after and not (lead is not None and lead.search(text, end, after[0].start)):
        after = []
    before = [m for m in leaders if m.end <= start][-2:]
    sides = [(after, end, after[0].start if after else end, _PAIR_AFTER_REACH),
             (before, before[-1].end if before else start, start, _PAIR_BEFORE_REACH)]
    for pair, lo, hi, reach in sides:
        if len(pair) < 2 or pair[0].actor == pair[1].actor:
            continue
        words = text[lo:hi]
        if len(words) > reach or CLAUSE_BREAK.search(words) \
                or any(p is not None and p.search(words) for p in links) \
                or any(lo < m.start < hi for m in local):
            continue
        a, b = pair
        led = links[1] is not None and hi <= start \
            and links[1].search(text, max(0, a.start - _PAIR_BEFORE_REACH), a.start)
        if led:  # "莫迪与习近平和普京会面": the pair is the partners of a subject before
            continue
        if a.end == b.start or joined_pair(text, a.end, b.start, lang):
            return [a.actor, b.actor]
    return None


@cache
def _counted(lang: str) -> tuple[re.Pattern[str] | None, dict[str, int]]:
    data = (langdata.load(lang, "contacts") or {}).get("leaders_counted") or {}
    pattern = data.get("pattern")
    numbers = {str(k).casefold(): int(v) for k, v in (data.get("numbers") or {}).items()}
    return (re.compile(pattern, re.I) if pattern else None), numbers


def _counted_leaders(text: str, named: list[Mention], lo: int, hi: int, lang: str,
                     on: str | None) -> list[str]:
    """The leaders a cue's stretch counts ("tra i tre leader", "the three leaders", "трёх
    лидеров", "三国领导人"), where the sentence names exactly that many: a contact of them
    all, not of the two nearest the cue."""
    pattern, numbers = _counted(lang)
    found = pattern.search(text, lo, hi) if pattern is not None else None
    count = numbers.get(found.group("n").casefold()) if found else None
    leaders = unique([m.actor for m in sorted(named, key=lambda m: m.start)
                      if is_leader(m.actor, on)])
    return leaders if count and len(leaders) == count else []


def _told_of(text: str, m: Mention, told_lead: re.Pattern[str] | None) -> bool:
    """Is the name led by "briefed", "ha informato", "проинформировал", "向", with at most a
    title between? The one told of a contact is not its party."""
    return told_lead is not None and told_lead.search(
        text, max(0, m.start - _PARTNER_REACH // 2), m.start) is not None


def _partner_of_another(text: str, m: Mention, cue_start: int,
                        partnered: re.Pattern[str] | None, people: list[Mention]) -> bool:
    """Is a name before the cue led by "with", "con", "с", "与", with at most a title and no
    other name between ("после беседы с Путиным Трамп созвонился с Зеленским": Putin is the
    talk's partner, Trump the caller)?"""
    return m.end <= cue_start and _led_by_with(text, m, partnered, people)


def _partner_too(text: str, other: Mention, m: Mention, after: re.Pattern[str] | None,
                 people: list[Mention]) -> bool:
    """Is a name after the partner led by "with" again ("con Juncker e con il presidente
    designato del Consiglio europeo Michel"), no other name and no clause end between? Then
    both are partners of the contact's subject, never each other's."""
    if after is None or m.start < other.end or _HARD.search(text, other.end, m.start):
        return False
    again = after.search(text, other.end, m.start)
    return again is not None and not any(again.start() < p.start < m.start for p in people)


def _led_by_with(text: str, m: Mention, partnered: re.Pattern[str] | None,
                 people: list[Mention]) -> bool:
    """Is the name led by "with", "con", "с", "与", with at most a title and no other name
    between? Then it is someone's partner, never a contact's subject ("tornerà a parlare al
    telefono con Putin e poi farà il punto con il presidente polacco Duda": Duda is no caller
    of Putin)."""
    if partnered is None:
        return False
    lead = partnered.search(text, max(0, m.start - _PARTNER_REACH // 2), m.start)
    return lead is not None and not any(lead.start() < p.start < m.start for p in people)


_CLAUSE_END = re.compile(r"[,;，；]")  # not quotes: 'briefed “fully” Zelenskyy on the call'


def _sequel(lang: str | None) -> re.Pattern[str] | None:
    return contact_cues(lang).sequel if lang else None


def _owner(text: str, other: Mention, local: list[Mention], people: list[Mention], start: int,
           end: int, lo: int, on: str | None, pronoun: bool = False,
           sequel: re.Pattern[str] | None = None) -> str | None:
    """The other party of a contact with ``other``: a leader named between the cue and the
    partner ("l'incontro di Trump con Zelensky"), else the first leader of the cue's own
    clause before it ("普京与马克龙交换看法，之后，马克龙致电泽连斯基": Macron), else of the cue's
    stretch (the sentence's subject: "Putin informed Xi of his meeting with Witkoff"), else
    one after it ("After his call with Zelensky, Macron said"), unless a pronoun before the
    cue is its subject ("He spoke with Trump, accepted an invitation from the Canadian
    leader": not Carney), else one named earlier in the sentence. In a clause going on from
    the one before ("先与拜登通话，之后与普丁通话，习近平是…", "and afterwards spoke with Putin,
    and Xi was the third"), one after it beyond a comma is the next clause's subject: the one
    named earlier comes first (Kishida's calls, not Xi's)."""
    def leader(m: Mention) -> bool:
        return m.actor != other.actor and is_leader(m.actor, on)
    between = [m for m in local if end <= m.start < other.start and leader(m)]
    before = sorted((m for m in local if m.end <= start and leader(m)), key=lambda m: m.start)
    own_clause = [m for m in before if not _CLAUSE_END.search(text, m.end, start)]
    before = own_clause or before
    after = [m for m in local if m.start > other.end and leader(m) and not pronoun]
    earlier = sorted((m for m in people if m.end <= lo and leader(m)), key=lambda m: -m.start)
    groups = [between, before, after, earlier]
    if after and earlier and _goes_on(text, lo, start, sequel):
        near = [m for m in after if not _CLAUSE_END.search(text, other.end, m.start)]
        groups = [between, before, near, earlier, after]
    for group in groups:
        if group:
            return group[0].actor
    return None


def _pronoun_subject(text: str, lo: int, start: int, lang: str | None) -> bool:
    """Does a pronoun stand in the cue's own clause before it ("He spoke with Mr Trump",
    «Он поговорил с Трампом»)? The contact's subject is the one it stands for, never a
    leader named after the cue."""
    pronoun = contact_cues(lang).subject_pronoun if lang else None
    if pronoun is None:
        return False
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(text, lo, start)]
    return pronoun.search(text, breaks[-1] if breaks else lo, start) is not None


def _goes_on(text: str, lo: int, start: int, sequel: re.Pattern[str] | None) -> bool:
    """Does the cue's clause open with a word going on from the clause before ("之后",
    "afterwards", "затем")?"""
    if sequel is None:
        return False
    breaks = [m.end() for m in _CLAUSE_END.finditer(text, lo, start)]
    return sequel.search(text, breaks[-1] if breaks else lo, start) is not None


def _urged(text: str, local: list[Mention], other: Mention, lo: int, start: int,
           directive: re.Pattern[str] | None, on: str | None) -> str | None:
    """"Trump urged Putin to meet Zelensky": the contact is of the one urged, not of the
    speaker; the first leader after the last urging verb before the cue."""
    if directive is None:
        return None
    last = None
    for last in directive.finditer(text, lo, start):  # noqa: B007 - the last one is wanted
        pass
    if last is None:
        return None
    after = sorted((m for m in local if last.end() <= m.start < start and m.actor != other.actor
                    and is_leader(m.actor, on)), key=lambda m: m.start)
    return after[0].actor if after else None
