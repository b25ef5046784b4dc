"""Who took part in a contact: its principals, read from the lead, and its attendees."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from readouts import knowledge
from readouts import lang as langdata
from readouts.extract.contacts.counterparts import listed_counterparts, own_clause_before
from readouts.extract.contacts.cues import contact_cues, cue_alternation
from readouts.extract.contacts.facts import ContactFacts, unique
from readouts.extract.contacts.kinds import (
    CLAUSE_BREAK,
    contact_type,
    denied,
    lead_end,
    other_time_at_cue,
    planned_lead,
    type_spans,
    weak_spans,
)
from readouts.extract.people.actors import actor_index
from readouts.extract.time.durations import names_the_talk
from readouts.model import Mention, Sentence

LEADER_ROLES = frozenset({
    "president", "prime_minister", "premier", "chancellor", "king", "emir", "crown_prince",
    "supreme_leader", "general_secretary", "chairman", "head_of_state", "head_of_government",
    "president_elect",  # leaders already meet him as one ("Macron riceve Trump e Zelensky")
    "pope",  # the Holy See's head of state: "Mattarella ha incontrato Papa Leone XIV"
})


_MODIFIER_CHARS = 25  # "the telephone conversation between": the cue word before the noun


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


def principals_of(actors: list[str], on: str | None, side: str | None) -> list[str]:
    """Leaders among the actors named; officials only when no two leaders are named; never
    an aide or a spokesperson telling of the contact."""
    actors = [a for a in actors if can_be_party(a, on)]
    leaders = unique([a for a in actors if is_leader(a, on)])  # a leader named twice is one
    chosen = leaders if len(leaders) >= 2 else unique(leaders + actors)
    if len(chosen) < 2 and side and not any(actor_index().country_of(a) == side
                                            for a in chosen):
        # the side's own leader, unnamed ("应约同普京通电话"), is the other party; not when
        # its own principal is the one named (a Palazzo Chigi note on Meloni's meeting is no
        # meeting of Meloni with the President of the Republic)
        own = actor_index().holder("president", side, on) or \
            actor_index().holder("prime_minister", side, on)
        if own and own not in chosen:
            chosen = [own, *chosen]
    return unique(chosen)


def names_in(span: str, lang: str, on: str | None, side: str | None) -> list[str]:
    return unique([m.actor for m in actor_index().find(span, lang, on, side)])


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
                before, after = (names_in(m.group(g), lang, ref, side) for g in ("a", "b"))
                names = unique(before[-1:] + after[:1])
            else:
                names = names_in(m.group("who"), lang, ref, side)
            if len(names) >= 2:
                pair = ("a", "b") if "a" in pattern.groupindex else ("who", "who")
                first, last = m.start(pair[0]), m.end(pair[1])
                noun = f"{text[max(0, first - 40):first]} {text[last:m.end()]}"
                # a bare 'conversazione'/'разговор' between two is a call, as in a lead;
                # a 'contact' between them says no medium: other. All the names: a joint
                # contact keeps them ("l'incontro tra Trump, Macron e Zelensky"), others two.
                return names, contact_type(noun, lang)
    return None


def pair_between(text: str, lang: str, ref: str | None, side: str | None
                 ) -> tuple[list[str], str | None] | None:
    """"The video call between A and B" anywhere in a sentence: its names and its type."""
    return _between(text, lang, ref, side)


def _named_earlier(text: str, lang: str, start: int) -> bool:
    """Does a contact cue come before ``start``, other than the phrase's own modifiers?"""
    return any(span[1] < start - _MODIFIER_CHARS for span in type_spans(text, lang))


def framed_only(text: str, lang: str) -> bool:
    """Is every contact the sentence names inside its scene-setting clause ("据拉美社报道，在
    泽连斯基与特朗普的紧张会谈后，马克龙重申…", "After the meeting between A and B, Macron
    said...")? Then the sentence reports none: it is no lead. Not a clause of the same time
    ("Durante una conversazione telefonica, Erdogan ha invitato Putin"): its contact is the
    sentence's own."""
    cues = contact_cues(lang)
    spans = type_spans(text, lang)
    m = cues.frame.search(text) if cues.frame is not None and spans else None
    if m is None or (cues.frame_within is not None and cues.frame_within.search(m.group())):
        return False
    if not _opens_clause(text, m.start()):
        return False  # "Ad aprire le dichiarazioni prima dell'incontro è stato …": no opening
    return all(m.start() <= s[0] and s[1] <= m.end() for s in spans)


def frame_cut(text: str, lang: str) -> int:
    """Where the sentence's own clause begins after an opening clause that names another
    contact ("在与普京视频会晤后，习近平与特朗普通电话", "After his call with Putin, Xi spoke
    with Trump"): the contact reported is the one named after it. 0 where there is no such
    clause, where it is of the same time ("During the call,"), or where no contact is named
    after it."""
    cues = contact_cues(lang)
    spans = [*type_spans(text, lang), *weak_spans(text, lang)]  # "After the conversation"
    m = cues.frame.search(text) if cues.frame is not None and len(spans) > 1 else None
    if m is None or not _opens_clause(text, m.start()) or (
            cues.frame_within is not None and cues.frame_within.search(m.group())):
        return 0
    inside = any(m.start() <= s[0] and s[1] <= m.end() for s in spans)
    return m.end() if inside and any(s[0] >= m.end() for s in spans) else 0


_PARTNER_WORD_REACH = 30  # from "with", "с", "与" to the name of the party it leads to


def frame_partners(text: str, mentions: list[Mention], cut: int, lang: str) -> set[str]:
    """The people an opening clause names as the other party of its contact ("After his call
    with Putin,", "在与普京视频会晤后，"): no party of the sentence's own contact. Others it
    names stay ("Dopo l'annuncio che Meloni incontrerà von der Leyen, il premier …": Meloni)."""
    word = contact_cues(lang).partner_word
    if word is None:
        return set()
    inside = [m for m in mentions if m.end <= cut]
    if _pair_within(text, inside, cut, lang):
        # "Dopo l'incontro alla Casa Bianca tra Meloni e Trump, …": the clause's two
        return {m.actor for m in inside}
    out = set()
    for m in inside:
        lo = max(0, m.start - _PARTNER_WORD_REACH)
        lead = None
        for lead in word.finditer(text, lo, m.start):  # noqa: B007 - the last one is wanted
            pass
        if lead is not None and not any(lead.end() <= p.start < m.start for p in inside):
            out.add(m.actor)
    return out


@lru_cache(maxsize=1024)  # asked of the lead for its parties and again for its place
def closing_frame(text: str, lang: str) -> tuple[int, int] | None:
    """The span of a closing clause telling another contact of the subject, after the
    sentence's own ("ha incontrato Trump, dopo aver visto a Parigi Macron", "met Trump,
    days after meeting Macron", "…, после встречи с Зеленским", "…，此前曾会见普京"): the
    people it names are no party of the sentence's contact. None where no contact is named
    before it."""
    pattern = contact_cues(lang).frame_after
    m = pattern.search(text) if pattern is not None else None
    if m is None or not any(span[1] <= m.start() for span in type_spans(text, lang)):
        return None
    return m.start(), m.end()


def _pair_within(text: str, inside: list[Mention], cut: int, lang: str) -> bool:
    """Does the opening clause before ``cut`` name two people joined as a pair ("tra Meloni e
    Trump", "between Meloni and Trump")? They are its contact's parties; not two of whom one
    does something to the other ("l'annuncio che Meloni incontrerà von der Leyen")."""
    cues = contact_cues(lang)
    opening = cues.frame.search(text, 0, cut) if cues.frame is not None else None
    if opening is None or cues.pair_joiner is None:
        return False
    within = sorted((m for m in inside if m.start >= opening.start()), key=lambda m: m.start)
    return any(a.actor != b.actor and b.start - a.end <= _LIST_GAP
               and cues.pair_joiner.match(text[a.end:b.start])
               for a, b in zip(within, within[1:], strict=False))


def _opens_clause(text: str, start: int) -> bool:
    """Does a clause open at ``start``: the sentence's start, or right after a clause break
    ("据拉美社报道，在…会谈后，")?"""
    before = text[:start].rstrip()
    return not before or before[-1] in ",;:，；：—–-(（\"“«"


def first_between(title: str | None, sentences: list[Sentence], upto: int | None, lang: str,
                   ref: str | None, side: str | None
                   ) -> tuple[int, list[str], str | None] | None:
    """The first "between A and B" phrase in the title (index -1) or the lead, up to the
    typed sentence: every name it holds, the first two of which are its parties unless the
    contact is a joint one."""
    last = lead_end(sentences) if upto is None else upto + 1
    candidates = [(-1, title)] if title else []
    candidates += [(s.i, s.text) for s in sentences[:last]]
    for index, text in candidates:
        if denied(text, lang) or planned_lead(text, lang) or framed_only(text, lang):
            continue
        # "Dopo l'incontro tra A e B, C ha avuto una telefonata con A": the opening clause's
        # pair is another contact's
        found = _between(text[frame_cut(text, lang):], lang, ref, side)
        if found:
            return index, *found
    return None


def _neighbour_leaders(sentences: list[Sentence], mentions: list[list[Mention]], lead: int,
                       ref: str | None, have: list[str], lang: str, bare: bool) -> list[str]:
    """Leaders named next to a lead that names too few ("Trump spoke with Xi. The call..."):
    the sentence before, the one after, then further back in the opening ("«Si sente?»,
    chiede Meloni a Draghi. ... I temi affrontati durante il colloquio"), then, for a lead
    naming nobody, two after ("... e poi un bilaterale. E infine la firma. Meloni ha
    rilanciato il rapporto con bin Salman"; a lead naming one is an account's of its own
    leader, "The Prime Minister held a call with Trump", whose later people are others).
    A sentence naming only the leaders the lead has adds nobody, nor, for a lead told by a
    bare word (``bare``: "Ad accogliere il presidente cinese il cerimoniale"), one telling a
    contact of another time ("Domani sono previsti incontri con Mattarella"): the search
    goes on."""
    for j in (lead - 1, lead + 1, *range(lead - 2, -1, -1), *(() if have else (lead + 2,))):
        if 0 <= j < len(sentences) and not (bare and type_spans(sentences[j].text, lang)
                                            and other_time_at_cue(sentences[j].text, lang)) \
                and not denied(sentences[j].text, lang):  # "не против встречи с Зеленским"
            leaders = [m.actor for m in mentions[j] if is_leader(m.actor, ref)]
            if any(a not in have for a in leaders):
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


@cache
def _self_words(lang: str) -> re.Pattern[str] | None:
    return cue_alternation(langdata.load(lang, "contacts").get("speaker_self") or [])


def _first_person(sentence: Sentence, lang: str, ref: str | None) -> list[str]:
    """The leader whose own words tell the lead in the first person, before its contact
    ("ANTHONY ALBANESE, PRIME MINISTER: This afternoon I had a bilateral meeting with
    President Xi", "Ho avuto un colloquio con il presidente Biden"): he is a party."""
    who, own = sentence.speaker, _self_words(lang)
    spans = type_spans(sentence.text, lang)
    if who is None or own is None or not spans or not is_leader(who, ref):
        return []
    return [who] if own.search(sentence.text, 0, spans[0][0]) else []


def joint_contact(texts: list[str], lang: str) -> bool:
    """Do the title or the lead say the contact was one of all its parties together ("l'incontro
    a tre", "a trilateral meeting", "i due sono stati ricevuti")? Then it is not one contact
    per counterpart."""
    joint = contact_cues(lang).joint
    return joint is not None and any(joint.search(text) for text in texts)


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
    cue, and the counterpart right after it."""
    leaders = [m for m in mentions if is_leader(m.actor, ref) and can_be_party(m.actor, ref)]
    cue = next((span for span in type_spans(text, lang) if span[3] == kind), None)
    joiner = contact_cues(lang).pair_joiner
    if cue is None or joiner is None or len({m.actor for m in leaders}) < 4:
        return []
    before = [m for m in leaders if m.end <= cue[0]]
    after = [m for m in leaders if m.start >= cue[1]]
    if len(before) < 3 or not after or before[-1].actor == after[0].actor \
            or _LIST_BREAK.search(text, before[-1].end, cue[0]) \
            or after[0].start - cue[1] > _LIST_GAP or _LIST_BREAK.search(text, cue[1],
                                                                         after[0].start):
        return []
    for a, b in zip(before, before[1:], strict=False):
        gap = text[a.end:b.start]
        if len(gap) > _LIST_GAP or not (gap.lstrip()[:1] in _LIST_COMMAS or joiner.match(gap)):
            return []
    subjects = unique([m.actor for m in before])
    return unique([*subjects, after[0].actor]) if len(subjects) >= 3 else []


def _parties_at_cue(text: str, mentions: list[Mention], kind: str, lang: str,
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
    own = _between(text[cue[0]:], lang, ref, None)  # "following a video call between A and B"
    if own:
        return own[0][:2]
    subject = leaders[0].actor
    each = [a for a in _each_listed(text, leaders, cue, lang) if a != subject]
    if each:  # "分别同A、B通电话": one call with each, split later
        return unique([subject, *each])
    joiner = contact_cues(lang).pair_joiner
    pair = leaders[1]
    if joiner is not None and pair.actor != subject and pair.end <= cue[0] \
            and joiner.fullmatch(text, leaders[0].end, pair.start):
        return [subject, pair.actor]  # "Putin and Trump spoke by phone as Zelensky flew"
    others = [m for m in leaders if m.actor != subject]
    after = [m for m in others if m.start >= cue[1]
             and not CLAUSE_BREAK.search(text, cue[1], m.start)]  # "a call with X"
    each = contact_cues(lang).each_word  # "先后会见了A、B、C": one meeting each
    in_turn = each is not None and each.search(text, max(0, cue[0] - _EACH_REACH),
                                                cue[0]) is not None
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
    pairs = {k: _parties_at_cue(text, mentions[lead], k, lang, ref, cue)
             for k, cue in cues.items()}
    counterparts = {k: pair[1] for k, pair in pairs.items() if pair and len(pair) == 2}
    if len(set(counterparts.values())) < 2 or kind not in counterparts:
        return kind
    later = [m.actor for row in mentions[lead + 1:lead + 1 + _FOLLOW_REACH] for m in row]
    best = max(counterparts, key=lambda k: (later.count(counterparts[k]), k == kind))
    return best


_ALSO_REACH = 40  # characters from "also" to the name of the contact it adds


def _also_named(text: str, m: Mention, lang: str) -> bool:
    """Is the leader named in a clause adding another contact, after the lead's own cue ("una
    conversazione nella quale il capo dell'Eliseo, che poi ha sentito anche Zelensky")? He
    is a party of that contact, not of the lead's."""
    also = contact_cues(lang).also
    hits = list(also.finditer(text, max(0, m.start - _ALSO_REACH), m.start)) if also else []
    hit = hits[-1] if hits else None
    return hit is not None and not CLAUSE_BREAK.search(text, hit.end(), m.start) \
        and (contact_type(text[:hit.start()], lang) is not None
             or names_the_talk(text[:hit.start()], lang))


def lead_people(title: str | None, sentences: list[Sentence], mentions: list[list[Mention]],
                 lead: int | None, lang: str, ref: str | None, side: str | None,
                 kind: str | None = None, joint: bool = False, bare: bool = False
                 ) -> list[str]:
    """The lead's principals; all its leaders where the contact is ``joint`` ("a tre"); a
    lead told by a ``bare`` word takes none from a neighbour telling another contact."""
    if lead is not None and not joint:
        subject_and_listed = _listed_with_subject(title, sentences, mentions, lead, lang, ref)
        if subject_and_listed is not None:
            return subject_and_listed
    actors = [m.actor for m in mentions[lead]] if lead is not None else []
    if lead is not None and len(set(actors)) > 1:
        own = [m.actor for m in mentions[lead] if not _also_named(sentences[lead].text, m, lang)]
        actors = own or actors
    if lead is not None and kind and not joint:
        actors = _parties_at_cue(sentences[lead].text, mentions[lead], kind, lang, ref) or actors
    if title and not denied(title, lang) and not planned_lead(title, lang):
        titled = names_in(title, lang, ref, side)
        several = len(set(titled)) > 2
        if several and kind and not joint:  # "A ha sentito B prima del messaggio a C"
            found = [Mention(actor=m.actor, text=m.text, sentence=-1, start=m.start, end=m.end)
                     for m in actor_index().find(title, lang, ref, side)]
            titled = _parties_at_cue(title, found, kind, lang, ref) or titled
        # the title's own contact; not a page's list of tags, nor a title of several stories
        # naming three leaders where the lead names its own two ("Zelensky | Mi fido di
        # Meloni L'incontro a Palazzo Chigi In mattinata la visita al Papa")
        own = several and len({a for a in actors if is_leader(a, ref)}) >= 2
        if (len(titled) <= 2 or contact_type(title, lang)) and not own:
            actors = unique(titled + actors)
    if lead is not None and len(unique(actors)) < 2:
        actors = unique(actors + _quote_author(sentences, mentions, lead, ref))
    if lead is not None and len(unique(actors)) < 2:
        actors = unique(actors + _first_person(sentences[lead], lang, ref))
    if lead is not None and len(unique(actors)) < 2:
        actors = unique(actors + _neighbour_leaders(sentences, mentions, lead, ref, actors,
                                                        lang, bare))
    return principals_of(actors, ref, side)


def _listed_with_subject(title: str | None, sentences: list[Sentence],
                         mentions: list[list[Mention]], lead: int, lang: str, ref: str | None
                         ) -> list[str] | None:
    """A lead naming its leaders only as a list of counterparts ("ha chiamato A e B"): its
    subject, named before the list ("Tajani ha incontrato A e B"), else in the title, else
    in the nearest sentence before that is no such list itself, then the listed; with no
    subject found, the first listed alone, as no two listed talked with each other. None for
    any other lead."""
    leaders = [m for m in mentions[lead] if is_leader(m.actor, ref) and can_be_party(m.actor, ref)]
    listed = listed_counterparts(sentences[lead].text, leaders, lang)
    if not listed:
        return None
    names = unique([m.actor for m in listed])
    named_before = sorted((m for m in mentions[lead] if m.end <= listed[0].start
                           and can_be_party(m.actor, ref) and m.actor not in names),
                          key=lambda m: m.start)
    before = unique([m.actor for m in named_before])
    subject = before[-1:]
    if len(before) > 1 and own_clause_before(sentences[lead].text, named_before[-1].end,
                                             listed[0].start):
        # "Obama chiama Renzi: … Telefonate anche da Hollande e Netanyahu": the pair before
        # is a contact of its own, its last named the one the listed also called
        return unique(subject + before[:-1] + names)
    if not subject and title:
        subject = [a for a in names_in(title, lang, ref, None)
                   if is_leader(a, ref) and can_be_party(a, ref) and a not in names][:1]
    for j in range(lead - 1, -1, -1):
        if subject:
            break
        others = [m for m in mentions[j] if is_leader(m.actor, ref) and can_be_party(m.actor, ref)]
        if listed_counterparts(sentences[j].text, others, lang):
            continue  # "Ieri ha parlato con A, e nei giorni scorsi con B": another list
        subject = [m.actor for m in others if m.actor not in names][:1]
    return unique(subject + names) if subject else names[:1]


def split_plural(facts: ContactFacts, first: set[str] | None = None) -> list[ContactFacts]:
    """"Putin had conversations with A, B and C": one contact per counterpart; the
    counterparts in ``first`` (the ones a title names) lead."""
    if len(facts.participants) <= 2:
        return [facts]
    host, *others = facts.participants
    out = []
    for other in sorted(others, key=lambda a: a not in (first or ())):
        one = ContactFacts(**{**facts.__dict__, "participants": [host, other],
                              "evidence": dict(facts.evidence)})
        out.append(one)
    return out


def find_attendees(sentences: list[Sentence], mentions: list[list[Mention]], lang: str,
               participants: list[str], on: str | None, side: str | None) -> tuple[list[str], str]:
    cues = contact_cues(lang)
    for s in sentences:
        if cues.attendees_gate is not None and not cues.attendees_gate.search(s.text):
            continue
        for pattern in cues.attendees:
            m = pattern.search(s.text)
            if not m:
                continue
            names = [a for a in names_in(m.group("who"), lang, on, side)
                     if a not in participants]
            if names:
                return names, s.text
    return [], ""
