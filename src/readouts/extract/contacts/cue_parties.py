"""A contact's parties read at the words that name it: a list of counterparts after the
cue, or the leader named nearest to it."""

from __future__ import annotations

import re

from readouts.extract.contacts.between_pair import pair_between
from readouts.extract.contacts.clause_subject import clause_subject
from readouts.extract.contacts.content_clause import in_content
from readouts.extract.contacts.cues import contact_cues
from readouts.extract.contacts.facts import unique
from readouts.extract.contacts.kinds import type_spans, weak_spans
from readouts.extract.contacts.leaders import can_be_party, is_leader
from readouts.extract.contacts.pair_join import joined_pair
from readouts.extract.contacts.status import CLAUSE_BREAK
from readouts.model import Mention, Sentence

_LIST_GAP = 60  # characters between two leaders listed as one contact's parties


def _listed_after(text: str, leaders: list[Mention], cue: tuple[int, int, int, str],
                  lang: str) -> list[str]:
    """The leaders listed right after a single contact's cue ("una conversazione telefonica
    con A, B, C e D"): its counterparts, all of them, where two or more are listed."""
    joint_list = contact_cues(lang).joint_list
    if joint_list is None:
        return []
    at = next((m for m in joint_list.finditer(text) if m.start() <= cue[1]
               and m.end() >= cue[0]), None)
    if at is None:
        return []
    joiner = contact_cues(lang).pair_joiner
    listed: list[str] = []
    edge = max(cue[1], at.end())
    for m in leaders:
        if m.start < edge:
            continue
        if m.start - edge > _LIST_GAP or _LIST_BREAK.search(text, edge, m.start):
            break
        if listed and (not (text[edge:m.start].lstrip()[:1] in _LIST_COMMAS
                            or joiner is not None and joiner.match(text, edge))
                       or _names_contact(text[edge:m.start], lang)):
            break  # "con Putin il 9 luglio, dopo l'arrivo del leader indiano": no list
        listed.append(m.actor)
        edge = m.end
    listed = unique(listed)
    return listed if len(listed) >= 2 else []


def _names_contact(gap: str, lang: str) -> bool:
    """Does a contact's word stand between two names ("con Putin e in serata ha sentito
    Trump")? Then the second is another contact's, not one list with the first."""
    return bool(type_spans(gap, lang) or weak_spans(gap, lang))


_LIST_BREAK = re.compile(r"[.;:()«»\"“”]")
_LIST_COMMAS = ",，、"  # one listed party to the next: a comma, or the language's "and"


# Counterparts a single contact must list to be one of them all: a phone call told with two
# ("ha tenuto una conversazione telefonica con Zelensky e Johnson") is most often two calls
# told together, as leaders call one by one; conference calls list more.
_JOINT_LISTED = {"phone_call": 3}
# Calls and messages go one by one: "sent messages to A, B and C" is three messages.
_ONE_BY_ONE = frozenset({"phone_call", "message"})


def listed_parties(text: str, mentions: list[Mention], kind: str, lang: str,
                   ref: str | None) -> list[str]:
    """A lead listing three leaders or more as one contact's parties ("Draghi ha avuto una
    conversazione telefonica con A, B, C e D"): its subject and all of them."""
    leaders = [m for m in mentions if is_leader(m.actor, ref) and can_be_party(m.actor, ref)]
    if len({m.actor for m in leaders}) < 3:
        return []
    cue = next((span for span in type_spans(text, lang) if span[3] == kind), None)
    listed = _listed_after(text, leaders, cue, lang) if cue else []
    before = [m.actor for m in leaders if cue and m.end <= cue[0] and m.actor not in listed]
    if len(listed) < _JOINT_LISTED.get(kind, 2) or not before:
        return []
    return unique([before[-1], *listed])  # the subject: the leader named right before


def listed_subjects(text: str, mentions: list[Mention], kind: str, lang: str,
                    ref: str | None) -> list[str]:
    """Leaders listed together as the subject of one contact with another ("Macron, il
    premier Starmer e il cancelliere Merz hanno avuto una conversazione telefonica con il
    presidente Trump", "Macron, Starmer and Merz held a call with Trump"): one contact of
    them all, not one per subject. Three or more subjects in one chain, right before the
    cue, and the counterpart right after it; or, where no leader follows the cue, the chain
    alone ("Putin, Macron e Scholz hanno avuto una conversazione telefonica": a three-way
    call, not one of the first two); or two subjects on one contact in the singular with
    the counterpart ("Merkel e Macron hanno avuto una telefonata con Putin")."""
    leaders = [m for m in mentions if is_leader(m.actor, ref) and can_be_party(m.actor, ref)]
    cue = next((span for span in type_spans(text, lang) if span[3] == kind), None)
    joiner = contact_cues(lang).pair_joiner
    if cue is None or joiner is None or len({m.actor for m in leaders}) < 3:
        return []
    before = [m for m in leaders if m.end <= cue[0]]
    after = [m for m in leaders if m.start >= cue[1]]
    if len(before) < 2 or _LIST_BREAK.search(text, before[-1].end, cue[0]):
        return []
    if after and (before[-1].actor == after[0].actor or after[0].start - cue[1] > _LIST_GAP
                  or _LIST_BREAK.search(text, cue[1], after[0].start)):
        return []
    urged = _object_in_call(text, before, cue, lang) if not after else None
    if urged:  # "Macron e Starmer hanno incalzato Putin in una telefonata"
        return urged
    chain = _chain_start(text, before, len(before) - 1, lang)
    if chain and _led_to(text[before[chain - 1].end:before[chain].start], lang):
        return []  # "习近平分别向马克龙、默克尔…致电": the ones written to, not subjects
    subjects = unique([m.actor for m in before[chain:]])
    if len(subjects) == 2 and after and (_one_contact_with(text, cue, after[0], lang)
                                         or _met_together(text, cue, after[0], kind, lang)):
        return unique([*subjects, after[0].actor])  # "A e B hanno avuto una telefonata con C"
    if len(subjects) < 3:
        return []
    return unique([*subjects, after[0].actor]) if after else subjects


def _chain_start(text: str, before: list[Mention], last: int, lang: str) -> int:
    """The first of the chain of names listed together that ends at ``before[last]`` ("A, B
    e C"); not a glued headline's names before it ("A e B vedranno C Il presidente…")."""
    joiner, partner = contact_cues(lang).pair_joiner, contact_cues(lang).partner_word
    chain = last
    while chain > 0 and joiner is not None:
        gap = text[before[chain - 1].end:before[chain].start]
        # not "Trump, ahead of his talks with Zelenskyy, called"
        if len(gap) > _LIST_GAP or partner is not None and partner.search(gap) \
                or not (gap.strip()[:1] and gap.strip()[:1] in _LIST_COMMAS
                        or joiner.match(gap)):
            break
        chain -= 1
    return chain


_VERB_REACH = 40  # characters of the verb between the subjects and the one they urged
_MEANS_REACH = 25  # characters from that leader to the call that was the means


def _object_in_call(text: str, before: list[Mention], cue: tuple[int, int, int, str],
                    lang: str) -> list[str] | None:
    """Two subjects or more urging, pressing or telling a leader in a call ("Macron e
    Starmer hanno incalzato Putin in una telefonata", "Macron and Starmer pressed Putin in
    a phone call", "Макрон и Стармер надавили на Путина в телефонном разговоре"): the call
    is of them all. A leader they spoke about ("hanno discusso di Putin") is none of it."""
    means, topic = contact_cues(lang).call_means, contact_cues(lang).topic_word
    if means is None or len(before) < 3:
        return None
    obj = before[-1]
    verb = text[before[-2].end:obj.start]
    link = text[obj.end:cue[0]]
    if len(verb) > _VERB_REACH or CLAUSE_BREAK.search(verb) or not verb.strip() \
            or len(link) > _MEANS_REACH or CLAUSE_BREAK.search(link) \
            or not means.match(link):
        return None
    chain = _chain_start(text, before, len(before) - 2, lang)
    subjects = unique([m.actor for m in before[chain:-1]])
    if len(subjects) < 2 or obj.actor in subjects:
        return None
    if topic is not None and topic.search(verb):
        return subjects  # "hanno discusso di Putin in una telefonata": the two's call
    return unique([*subjects, obj.actor])


def _led_to(gap: str, lang: str) -> bool:
    """Does the text before a chain of names lead them as the ones a contact is with or to
    ("with", "分别向")? Then they are no subjects."""
    cues = contact_cues(lang)
    return any(p is not None and p.search(gap)
               for p in (cues.partner_word, cues.each_before))


_APPOSITION_REACH = 30  # characters of "the Chinese leader," before a name set off by a comma


def _met_together(text: str, cue: tuple[int, int, int, str], other: Mention, kind: str,
                  lang: str) -> bool:
    """Do two subjects meet the leader named right after the verb ("Macron e Scholz
    incontreranno il leader cinese, Xi Jinping", "Macron and Scholz will meet Xi")? A
    meeting's verb in the plural with its object is one contact of the three; calls and
    messages go one by one, so only their noun in the singular says so."""
    gap = text[cue[1]:other.start]
    bare = gap.rstrip().rstrip(",，")
    return kind not in _ONE_BY_ONE and not _names_contact(gap, lang) and (
        not CLAUSE_BREAK.search(gap)
        or len(gap) <= _APPOSITION_REACH and not CLAUSE_BREAK.search(bare))


def _one_contact_with(text: str, cue: tuple[int, int, int, str], other: Mention,
                      lang: str) -> bool:
    """Is the cue one contact in the singular with the leader after it ("una conversazione
    telefonica con Putin"), so that the two named before it are on it together?"""
    joint_list = contact_cues(lang).joint_list
    return joint_list is not None and any(
        m.start() <= cue[1] and m.end() >= cue[0] and m.end() <= other.start
        for m in joint_list.finditer(text))


def parties_at_cue(text: str, mentions: list[Mention], kind: str, lang: str,
                    ref: str | None, at: tuple[int, int, int, str] | None = None
                    ) -> list[str] | None:
    """Of three leaders or more in the lead, the contact's two: its subject, named first, and
    the one named nearest the words that name the contact ("Trump, before his talks with
    Zelensky, called Putin": Trump and Putin)."""
    leaders = [m for m in mentions if is_leader(m.actor, ref)]
    if len({m.actor for m in leaders}) < 3:
        return None
    cue = at or next((span for span in _whole_cues(text, lang) if span[3] == kind), None) \
        or next((span for span in weak_spans(text, lang) if span[3] == kind), None)
    if cue is None:  # "ha avuto una conversazione con Starmer prima del messaggio a Trump"
        return None
    frame = contact_cues(lang).frame
    opening = frame.match(text) if frame is not None else None
    if opening and opening.end() <= cue[0]:  # "Ahead of Zelensky's visit, Trump called Putin"
        rest = [m for m in leaders if m.start >= opening.end()]
        if len({m.actor for m in rest}) >= 2:
            leaders = rest
    own = pair_between(text[cue[0]:], lang, ref, None)  # "following a video call between A and B"
    if own:
        return own[0][:2]
    # "A accused B after the chancellor spoke to C": the subject of the cue's own clause
    subject = clause_subject(text, leaders, cue, lang, ref) or leaders[0].actor
    each = [a for a in _each_listed(text, leaders, cue, lang) if a != subject]
    if each:  # "分别同A、B通电话": one call with each, split later
        return unique([subject, *each])
    joiner = contact_cues(lang).pair_joiner
    pair = leaders[1]
    if pair.actor != subject and pair.end <= cue[0] \
            and joined_pair(text, leaders[0].end, pair.start, lang):
        partner = _partner_of_pair(text, leaders, pair, subject, lang)
        if partner is None:
            return [subject, pair.actor]  # "Putin and Trump spoke by phone as Zelensky flew"
        # "Macron e Scholz hanno anche parlato al telefono con Zelensky": each of the two
        # with him; calls go one by one (split later, him first), a meeting is of the three
        return [partner, subject, pair.actor] if kind in _ONE_BY_ONE \
            else [subject, pair.actor, partner]
    others = [m for m in leaders if m.actor != subject]
    after = [m for m in others if m.start >= cue[1]  # "a call with X", not "a call that X"
             and not CLAUSE_BREAK.search(text, cue[1], m.start)
             and not in_content(text, cue[1], m.start, lang)]
    each = contact_cues(lang).each_word  # "先后会见了A、B、C": one meeting each
    in_turn = each is not None and each.search(text, max(0, cue[0] - _EACH_REACH),
                                                cue[0]) is not None
    both = contact_cues(lang).each_after  # "met both A and B", "ha incontrato sia A sia B"
    in_turn = in_turn or bool(after) and both is not None \
        and both.search(text, cue[1], after[0].start) is not None
    if in_turn and not after:  # "先后会见了三位邻居：A、B、C": the list after a colon
        after = [m for m in others if m.start >= cue[1]
                 and not _SENTENCE_END.search(text, cue[1], m.start)]
    one_by_one = kind in _ONE_BY_ONE or in_turn
    if after and one_by_one and joiner is not None:
        # "ha tenuto una conversazione telefonica con Zelensky e il premier Johnson": calls
        # are one by one, so each counterpart listed after the cue is one call's
        listed = [after[0]]
        for m in sorted((m for m in others if m.start > after[0].start), key=lambda m: m.start):
            gap = text[listed[-1].end:m.start]
            if len(gap) > _LIST_GAP or not (joiner.match(gap) or _comma_listed(gap, lang)) \
                    or _names_contact(gap, lang):  # "con A e in serata ha sentito B"
                break
            listed.append(m)
        return unique([subject, *(m.actor for m in listed)])
    if after:
        return [subject, after[0].actor]
    return [subject, min(others, key=lambda m: abs(cue[0] - m.end)).actor]  # "与X通电话"


_PARTNER_REACH = 50  # from the partner's word to his name ("con il presidente dell'Ucraina")


def _partner_of_pair(text: str, leaders: list[Mention], pair: Mention, subject: str,
                     lang: str) -> str | None:
    """The leader a joined pair of subjects talked with, named next in their clause after
    the partner's word ("con", "with", "с", "同"), wherever the contact's word stands."""
    partner = contact_cues(lang).partner_word
    if partner is None:
        return None
    for m in leaders:
        if m.start < pair.end or m.actor in (subject, pair.actor):
            continue
        if CLAUSE_BREAK.search(text, pair.end, m.start):
            return None
        words = list(partner.finditer(text, max(pair.end, m.start - _PARTNER_REACH), m.start))
        return m.actor if words else None
    return None


_SENTENCE_END = re.compile(r"[.;!?。；！？]")
_EACH_REACH = 16  # characters back from the contact's word for "先后", "поочерёдно"
_EACH_BREAK = re.compile(r"[,;:，；：。](?!、)")  # ",、": a page's doubled list comma


def _each_listed(text: str, leaders: list[Mention], cue: tuple[int, int, int, str],
                 lang: str) -> list[str]:
    """The counterparts listed between "分别同" and the contact's word ("分别同日本首相菅义伟、
    安哥拉总统洛伦索通电话"): one contact with each. Where the list holds a word per contact
    ("先后与普京视讯、与特朗普通话"), the cue's own are those after the word before it."""
    each = contact_cues(lang).each_before
    if each is None:
        return []
    starts = [m.end() for m in each.finditer(text, 0, cue[0])]
    if not starts or _EACH_BREAK.search(text, starts[-1], cue[0]):
        return []
    lo = max([starts[-1], *(end for start, end, _, _ in _whole_cues(text, lang)
                            if starts[-1] <= start and end <= cue[0])])
    return unique([m.actor for m in leaders if lo <= m.start and m.end <= cue[0]])


def _comma_listed(gap: str, lang: str) -> bool:
    """Is the next leader listed after a comma ("to Macron, German Chancellor Merkel and …"),
    not named in a clause of its own ("Macron, who had met Merkel")?"""
    relative = contact_cues(lang).relative
    return gap.lstrip()[:1] in _LIST_COMMAS and not type_spans(gap, lang) \
        and not (relative is not None and relative.search(gap))


def _whole_cues(text: str, lang: str) -> list[tuple[int, int, int, str]]:
    """The text's contact cues, less those inside another's words ("call" in "video call")."""
    out: list[tuple[int, int, int, str]] = []
    end = -1
    for span in sorted(type_spans(text, lang), key=lambda x: (x[0], -x[1])):  # longest first
        if span[0] >= end:
            out.append(span)
        end = max(end, span[1])
    return out


_FOLLOW_REACH = 3  # sentences after the lead that tell which of its contacts the story is


def followed_kind(sentences: list[Sentence], mentions: list[list[Mention]], lead: int,
                  kind: str, lang: str, ref: str | None) -> str:
    """Of a lead telling one leader's two contacts with two others ("习近平下午与普京视频会晤，
    晚间又与特朗普通话", "Xi met Putin by video, then spoke with Trump"), the type of the one the
    next sentences go on about, by the counterpart they name more; else ``kind``."""
    text = sentences[lead].text
    cues: dict[str, tuple[int, int, int, str]] = {}
    for span in _whole_cues(text, lang):
        cues.setdefault(span[3], span)
    if len(cues) < 2 or kind not in cues:
        return kind
    pairs = {k: parties_at_cue(text, mentions[lead], k, lang, ref, cue)
             for k, cue in cues.items()}
    counterparts = {k: pair[1] for k, pair in pairs.items() if pair and len(pair) == 2}
    if len(set(counterparts.values())) < 2 or kind not in counterparts:
        return kind
    later = [m.actor for row in mentions[lead + 1:lead + 1 + _FOLLOW_REACH] for m in row]
    best = max(counterparts, key=lambda k: (later.count(counterparts[k]), k == kind))
    return best
