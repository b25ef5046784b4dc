"""Who took part in a contact: its principals, read from the lead, and its attendees."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from readouts import lang as langdata
from readouts.extract.contacts.counterparts import (
    chained_counterparts,
    listed_counterparts,
    own_clause_before,
)
from readouts.extract.contacts.cue_parties import parties_at_cue
from readouts.extract.contacts.cues import contact_cues, cue_alternation
from readouts.extract.contacts.facts import ContactFacts, unique
from readouts.extract.contacts.kinds import contact_type, type_spans, weak_spans
from readouts.extract.contacts.leaders import can_be_party, is_leader, names_in, principals_of
from readouts.extract.contacts.official_object import official_met
from readouts.extract.contacts.status import CLAUSE_BREAK, denied, other_time_at_cue, planned_lead
from readouts.extract.contacts.titled_partner import titled_partner
from readouts.extract.people.actors import actor_index
from readouts.extract.time.durations import names_the_talk
from readouts.model import Mention, Sentence


def _neighbour_leaders(sentences: list[Sentence], mentions: list[list[Mention]], lead: int,
                       ref: str | None, have: list[str], lang: str, bare: bool,
                       two: bool = False) -> list[str]:
    """Leaders named next to a lead that names too few ("Trump spoke with Xi. The call..."):
    the sentence before, the one after, then further back in the opening ("«Si sente?»,
    chiede Meloni a Draghi. ... I temi affrontati durante il colloquio"), then, for a lead
    naming nobody, two after ("... e poi un bilaterale. E infine la firma. Meloni ha
    rilanciato il rapporto con bin Salman"; a lead naming one is an account's of its own
    leader, "The Prime Minister held a call with Trump", whose later people are others).
    A sentence naming only the leaders the lead has adds nobody, nor, for a lead told by a
    bare word (``bare``: "Ad accogliere il presidente cinese il cerimoniale"), one telling a
    contact of another time ("Domani sono previsti incontri con Mattarella"): the search
    goes on. A lead counting ``two`` ("the two leaders also met briefly") takes the first
    two of a neighbour telling no contact of its own ("posed for a family photograph with
    ... Trudeau, ... Abe"); one telling its own gives them all ("met Biden and Scholz")."""
    for j in (lead - 1, lead + 1, *range(lead - 2, -1, -1), *(() if have else (lead + 2,))):
        if 0 <= j < len(sentences) and not (bare and type_spans(sentences[j].text, lang)
                                            and other_time_at_cue(sentences[j].text, lang)) \
                and not denied(sentences[j].text, lang):  # "не против встречи с Зеленским"
            leaders = [m.actor for m in mentions[j] if is_leader(m.actor, ref)]
            if any(a not in have for a in leaders):
                if two and not type_spans(sentences[j].text, lang):
                    return unique(leaders)[:2]
                return leaders
    return []


_OPENING, _CLOSING, _STRAIGHT = "«“„", "»”", '"'


_QUOTE_REACH = 8  # sentences a quotation opened in the lead may run on


def _quote_author(sentences: list[Sentence], mentions: list[list[Mention]], lead: int,
                  ref: str | None) -> list[str]:
    """The leader a quotation opening in the lead is put to where it closes ("«In our call
    with Macron we …». So wrote Zelensky."): his own account makes him a party. A leader
    named inside the quotation's last words ("Ringrazio ancora Lula»") is its subject, not
    its author: only the words after the closing mark count."""
    depth, quoted = 0, False  # quoted: the lead's words are inside a quotation
    for j in range(min(lead + _QUOTE_REACH, len(sentences))):  # a lead is among the first
        quoted = quoted or (j == lead and depth > 0)
        closed = 0  # where the last quotation of the sentence closed
        for k, ch in enumerate(sentences[j].text):
            if ch in _OPENING or (ch == _STRAIGHT and depth == 0):
                depth += 1
                quoted = quoted or j == lead
            elif ch in _CLOSING or ch == _STRAIGHT:
                depth = max(depth - 1, 0)
                closed = k
        if depth == 0 and j >= lead:
            if not quoted:
                return []
            near = [m for m in mentions[j] if m.start >= closed] + (
                mentions[j + 1] if j + 1 < len(sentences) else [])
            return [m.actor for m in near if is_leader(m.actor, ref)][:1]
    return []


@cache
def _self_words(lang: str) -> re.Pattern[str] | None:
    return cue_alternation(langdata.load(lang, "contacts").get("speaker_self") or [])


def first_person(sentence: Sentence, lang: str, ref: str | None,
                 counts: Callable[[str, str | None], bool] = is_leader) -> list[str]:
    """The leader whose own words tell the lead in the first person, before its contact
    ("ANTHONY ALBANESE, PRIME MINISTER: This afternoon I had a bilateral meeting with
    President Xi", "Ho avuto un colloquio con il presidente Biden", a host's remarks "I am
    delighted to welcome President Sarkozy to the White House"): he is a party.
    ``counts``: who may be that party (a leader in office, or anyone who can be one)."""
    who, own = sentence.speaker, _self_words(lang)
    # a host's bare word counts too: "I am delighted to welcome President Sarkozy"
    spans = type_spans(sentence.text, lang) or weak_spans(sentence.text, lang)
    if who is None or own is None or not spans or not counts(who, ref):
        return []
    return [who] if own.search(sentence.text, 0, spans[0][0]) else []


def joint_contact(texts: list[str], lang: str) -> bool:
    """Do the title or the lead say the contact was one of all its parties together ("l'incontro
    a tre", "a trilateral meeting", "i due sono stati ricevuti")? Then it is not one contact
    per counterpart."""
    joint = contact_cues(lang).joint
    return joint is not None and any(joint.search(text) for text in texts)


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


def attending_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Where the sentence names who else attended ("per poi dare il via all'incontro
    bilaterale, presente il ministro degli Esteri Luigi Di Maio"): those are attendees of
    the contact it tells, never a party of it."""
    cues = contact_cues(lang)
    if cues.attendees_gate is not None and not cues.attendees_gate.search(text):
        return []
    # only a cue before its names: "(?P<who>…) took part" may run back over the parties
    return [m.span("who") for pattern in cues.attendees for m in pattern.finditer(text)
            if "who" in pattern.groupindex and m.group("who") and m.start("who") > m.start()]


def lead_people(title: str | None, sentences: list[Sentence], mentions: list[list[Mention]],
                 lead: int | None, lang: str, ref: str | None, side: str | None,
                 kind: str | None = None, joint: bool = False, bare: bool = False
                 ) -> list[str]:
    """The lead's principals; all its leaders where the contact is ``joint`` ("a tre"); a
    lead told by a ``bare`` word takes none from a neighbour telling another contact."""
    titled = titled_partner(sentences, mentions, lead, lang, ref) if lead is not None else None
    if titled is not None:  # "in videoconferenza con l'attuale cancelliere": his alone
        return titled
    if lead is not None and not joint:
        official = official_met(sentences[lead].text, mentions[lead], lang, ref)
        if official is not None:
            return official
        attending = attending_spans(sentences[lead].text, lang)
        # "al vertice parteciperanno il ministro A con l'omologo B": attendees list no party
        own = [*mentions[:lead], [m for m in mentions[lead]
                                  if not any(a <= m.start < b for a, b in attending)],
               *mentions[lead + 1:]] if attending else mentions
        subject_and_listed = _listed_with_subject(title, sentences, own, lead, lang, ref)
        if subject_and_listed is not None:
            return subject_and_listed
        subject = pronoun_subject(sentences, mentions, lead, lang, ref)
        named = [m.actor for m in sorted(mentions[lead], key=lambda m: m.start)
                 if is_leader(m.actor, ref) and can_be_party(m.actor, ref) and m.actor != subject]
        if subject is not None and named:
            return principals_of(unique([subject, *named]), ref, side)
    attending = attending_spans(sentences[lead].text, lang) if lead is not None else []
    present = [m for m in mentions[lead] if not any(a <= m.start < b for a, b in attending)] \
        if lead is not None else []
    actors = [m.actor for m in present]
    if lead is not None and len(set(actors)) > 1:
        own = [m.actor for m in present if not _also_named(sentences[lead].text, m, lang)]
        actors = own or actors
    if lead is not None and kind and not joint:
        actors = parties_at_cue(sentences[lead].text, present, kind, lang, ref) or actors
    if title and not denied(title, lang) and not planned_lead(title, lang):
        titled = names_in(title, lang, ref, side)
        several = len(set(titled)) > 2
        if several and kind and not joint:  # "A ha sentito B prima del messaggio a C"
            found = [Mention(actor=m.actor, text=m.text, sentence=-1, start=m.start, end=m.end)
                     for m in actor_index().find(title, lang, ref, side)]
            titled = parties_at_cue(title, found, kind, lang, ref) or titled
        # the title's own contact; not a page's list of tags, nor a title of several stories
        # naming three leaders where the lead names its own two ("Zelensky | Mi fido di
        # Meloni L'incontro a Palazzo Chigi In mattinata la visita al Papa"), nor one naming
        # besides the lead's two a leader of another contact it announces ("Albanese speaks
        # with Chinese premier in precursor to possible Xi meeting")
        lead_two = len({a for a in actors if is_leader(a, ref)}) >= 2
        own = lead_two and (several or len(type_spans(title, lang)) > 1
                            and any(a not in actors for a in titled))
        if (len(titled) <= 2 or contact_type(title, lang)) and not own:
            actors = unique(titled + actors)
    if lead is not None and len(unique(actors)) < 2:
        actors = unique(actors + _quote_author(sentences, mentions, lead, ref))
    if lead is not None and len(unique(actors)) < 2:
        actors = unique(actors + first_person(sentences[lead], lang, ref, can_be_party))
    if lead is not None and len(unique(actors)) < 2:
        actors = unique(actors + _neighbour_leaders(
            sentences, mentions, lead, ref, actors, lang, bare,
            not actors and _two_counted(sentences[lead].text, lang)))
    if lead is not None and not side and len(unique(actors)) < 2:
        actors = unique(actors + _titled_subject(sentences, mentions, lead, lang, ref, actors))
    return principals_of(actors, ref, side)


def _titled_subject(sentences: list[Sentence], mentions: list[list[Mention]], lead: int,
                    lang: str, ref: str | None, have: list[str]) -> list[str]:
    """The leader a lead's bare title stands for, before its contact word ("ISLAMABAD: The
    prime minister on Tuesday held a telephonic conversation with his Malaysian
    counterpart", the premier named only paragraphs later): the one leader the story names
    anywhere who held that title on the day, the lead's own counterparts aside. A page of
    no side has no own leader to fill it; two such leaders named leave it unknown. Only
    where the language's press writes its own leader so (contacts.yaml titled_subject): a
    Chinese headline's bare "总统" is the guest's title, not a leader named further on."""
    spans = type_spans(sentences[lead].text, lang)
    if not spans or not langdata.load(lang, "contacts").get("titled_subject"):
        return []
    subject = sentences[lead].text[:spans[0][0]]
    if any(m.start < spans[0][0] for m in mentions[lead]):
        return []  # "The President of Guinea, Alpha Conde, has paid a visit": named there
    named = unique([m.actor for ms in mentions for m in ms
                    if is_leader(m.actor, ref) and m.actor not in have])
    held = [a for a in named if actor_index().titled(subject, lang, a, ref)]
    return held if len(held) == 1 else []


@cache
def _two_words(lang: str) -> re.Pattern[str] | None:
    return cue_alternation(langdata.load(lang, "contacts").get("two_leaders") or [])


def _two_counted(text: str, lang: str) -> bool:
    """Does the lead count its parties as two ("the two leaders", "i due leader", "оба
    лидера", "两国领导人")? A neighbour naming more gives its first two."""
    words = _two_words(lang)
    return words is not None and words.search(text) is not None


_ANTECEDENT_BACK = 3  # sentences back to the leader a pronoun subject stands for


def pronoun_subject(sentences: list[Sentence], mentions: list[list[Mention]], lead: int,
                    lang: str, ref: str | None) -> str | None:
    """The leader a lead's pronoun subject stands for ("PM Modi arrived in Rome. On reaching,
    he also met Biden, followed by an interaction with Pope Francis"): the first leader of
    the nearest sentence before that names one, where the lead names nobody before its
    contact word and a pronoun stands in that word's clause. The leaders the lead names are
    then his counterparts, never each other's."""
    pronoun = contact_cues(lang).subject_pronoun
    text = sentences[lead].text
    spans = type_spans(text, lang)
    if pronoun is None or not spans:
        return None
    cue = spans[0][0]
    if any(m.start < cue and can_be_party(m.actor, ref) for m in mentions[lead]):
        return None
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(text, 0, cue)]
    if not pronoun.search(text, breaks[-1] if breaks else 0, cue):
        return None
    for j in range(lead - 1, max(-1, lead - 1 - _ANTECEDENT_BACK), -1):
        leaders = sorted((m for m in mentions[j] if is_leader(m.actor, ref)),
                         key=lambda m: m.start)
        if leaders:
            return leaders[0].actor
    return None


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
    chained = chained_counterparts(sentences[lead].text, named_before, listed[0], lang)
    if chained:  # "ha abbracciato il Papa, pranzato con A": the Pope is listed too
        names = unique([m.actor for m in chained] + names)
        named_before = [m for m in named_before if m.actor not in names]
    before = unique([m.actor for m in named_before])
    subject = before[-1:]
    pronoun = contact_cues(lang).subject_pronoun
    if len(before) > 1 and pronoun is not None and pronoun.search(
            sentences[lead].text, named_before[-1].end, listed[0].start):
        # "Trump did not schedule a meeting with Sharif, even as he met A and B": the
        # pronoun stands for the sentence's subject, named first, not for the last named
        subject = before[:1]
    elif len(before) > 1 and own_clause_before(sentences[lead].text, named_before[-1].end,
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


def find_attendees(sentences: list[Sentence], lang: str,
               participants: list[str], on: str | None, side: str | None,
               held: bool = True) -> tuple[list[str], str]:
    """The attendees the first sentence with an attendee cue names. Of a held contact, not
    those joining one still ahead ("Later the presidents, to be joined by Rouhani, will
    gather for the summit"): that sentence tells of another meeting."""
    cues = contact_cues(lang)
    for s in sentences:
        if cues.attendees_gate is not None and not cues.attendees_gate.search(s.text):
            continue
        if held and cues.attendees_ahead is not None and cues.attendees_ahead.search(s.text):
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
