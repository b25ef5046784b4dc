"""The other contacts an account adds after its lead's ("Putin also spoke with Macron",
"ha avuto anche un colloquio con", "还同…通电话"): one per newcomer, with the principal the
sentence names nearest before him."""

from __future__ import annotations

import re
from functools import cache

from readouts import lang as langdata
from readouts.extract.contacts.between_pair import pair_between
from readouts.extract.contacts.bystanders import bystander_spans
from readouts.extract.contacts.cues import contact_cues, cue_alternation
from readouts.extract.contacts.facts import ContactFacts, unique
from readouts.extract.contacts.kinds import attendance, contact_type, type_spans, weak_spans
from readouts.extract.contacts.leaders import can_be_party
from readouts.extract.contacts.parties import split_plural
from readouts.extract.contacts.public_post import posted_publicly
from readouts.extract.contacts.status import CLAUSE_BREAK, is_other_time
from readouts.extract.time.dates import find_part_of_day
from readouts.model import Mention, Sentence

# Words quoted in a sentence adding a contact ("… с Олландом: «Обсудили последние события»")
# say nothing of when it was.
_QUOTED = re.compile(r"[«\"“„「『][^«»\"“”„「」『』]*[»\"”“」』]")

_ALSO_REACH = 40  # characters from "also" to the contact it adds ("Putin also spoke with")


def _also_at_cue(text: str, lang: str, carried: str | None = None
                 ) -> list[tuple[int, int]]:
    """The contact cues "also" qualifies in their own clause ("ha avuto anche un colloquio
    con", "还同…通电话"), not another word ("riconoscendo il governo anche sull'isola"); none
    where it qualifies none. A bare word of the ``carried`` type counts too ("Также Путин
    поговорил с …" after a call)."""
    spans = [*type_spans(text, lang), *(s for s in weak_spans(text, lang) if s[3] == carried)]
    also = contact_cues(lang).also
    found = []
    for m in also.finditer(text) if also is not None else ():
        near = []
        for start, end, _, _ in spans:
            left, right = (m.end(), start) if m.end() <= start else (end, m.start())
            if right - left <= _ALSO_REACH and not CLAUSE_BREAK.search(text, left, right):
                near.append((start, end))
        # the word it stands before ("e anche in una telefonata"), else one before it ("met
        # Macron too")
        after = [span for span in near if span[0] >= m.end()]
        found += after or near
    return found


def _gap(m: Mention, start: int, end: int) -> int:
    return max(start - m.end, m.start - end, 0)


def _of_another_cue(m: Mention, own: list[tuple[int, int]], text: str, lang: str) -> bool:
    """Is the person named nearer another contact's word than the added one's ("in favore
    dell'incontro tra Zelensky e Putin … anche in una telefonata al presidente turco")? Then
    he is that contact's, not a partner of the one added."""
    nearest = min(_gap(m, *cue) for cue in own)
    return any(_gap(m, start, end) < nearest for start, end, _, _ in type_spans(text, lang)
               if (start, end) not in own)


@cache
def _told(lang: str) -> re.Pattern[str] | None:
    return cue_alternation((langdata.load(lang, "contacts") or {}).get("told") or [])


@cache
def _besides(lang: str) -> re.Pattern[str] | None:
    return cue_alternation((langdata.load(lang, "contacts") or {}).get("besides") or [])


def _set_aside(text: str, lang: str, people: list[Mention]) -> set[str]:
    """The people a phrase setting them aside names ("除安倍外，他还会见了", "Besides Abe, he
    also met", "Oltre ad Abe", "Помимо Абэ"): the counterpart already told, not the host of
    the contacts the sentence adds."""
    besides = _besides(lang)
    spans = [(m.start(), m.end()) for m in besides.finditer(text)] if besides else []
    return {m.actor for m in people if any(a <= m.start < b for a, b in spans)}


def _told_of(text: str, lang: str) -> bool:
    """Is the sentence's contact one its subject told the other of, before the contact's word
    in its clause ("Путин также сообщил американскому лидеру итоги его встречи с Асадом",
    "also briefed Trump on his meeting with Assad")? Another time's contact, not one more of
    the account's."""
    told = _told(lang)
    spans = type_spans(text, lang)
    return told is not None and any(
        m.end() <= start and not CLAUSE_BREAK.search(text, m.end(), start)
        for m in told.finditer(text) for start, _, _, _ in spans)


def _third_subject(text: str, lang: str, people: list[Mention], first_new: Mention,
                   principals: list[str]) -> bool:
    """Is the sentence's subject a leader of neither side, named before its contact's word,
    and no principal named at all ("Xi would also hold bilateral meetings with Macron and
    Sall" in a story of Albanese's talk with Li; not "Biden also spoke with Modi")? Then its
    contacts are that leader's, told in passing, not more of the account's."""
    spans = type_spans(text, lang)
    return bool(spans) and first_new.end <= spans[0][0] and not any(
        m.actor in principals for m in people)


def _past_other_predicate(text: str, lang: str, people: list[Mention],
                          principals: list[str]) -> list[Mention]:
    """The sentence's people less those a principal's other predicate names before the
    "also" of the contact ("Mr Albanese was seated next to President Joko Widodo and also
    spoke to Biden"): with the subject named first, the one beside him is no counterpart."""
    also = contact_cues(lang).also
    first = next((m.start for m in people if m.actor in principals), None)
    if also is None or first is None:
        return people
    return [m for m in people if m.actor in principals or m.start < first
            or not also.search(text, m.end, _next_cue(text, lang, m.end))]


def _next_cue(text: str, lang: str, start: int) -> int:
    """Where the first contact word after ``start`` begins (0 where none follows)."""
    return min((s[0] for s in type_spans(text, lang) if s[0] >= start), default=0)


def also_contacts(sentences: list[Sentence], mentions: list[list[Mention]], lang: str,
                  main: ContactFacts) -> list[ContactFacts]:
    """Later sentences reporting another contact of the same account ("also spoke with")."""
    out: list[ContactFacts] = []
    known = set(main.participants)
    for s in sentences[main.sentence + 1:]:
        own = _also_at_cue(s.text, lang, main.type)
        if not own:
            continue
        # "Alla conversazione ha partecipato anche ...": a bare word reports no other contact,
        # but a bare verb of the main contact's medium with a new partner does ("Также Путин
        # поговорил с Олландом", "Затем президент переговорил с главой Узбекистана")
        kind = contact_type(s.text, lang, weak=False) or (
            main.type if contact_type(s.text, lang) == main.type else None)
        if kind is None or is_other_time(_QUOTED.sub(" ", s.text), lang) \
                or attendance(s.text, lang) or _told_of(s.text, lang) \
                or kind == "message" and posted_publicly(sentences, s.i, lang):
            continue  # "Congratulazioni sono giunte via Twitter anche dal ministro": a post
        # the added contact's words: those "also" qualifies, and those of its type ("The call
        # … also came hours after Xi spoke with Putin via video link": the video call's)
        own = own + [(a, b) for a, b, _, name in type_spans(s.text, lang) if name == kind]
        bystanders = bystander_spans(s.text, lang)  # "condolences on the passing of"
        people = sorted((m for m in mentions[s.i] if can_be_party(m.actor, main.date)
                         and not any(a <= m.start < b for a, b in bystanders)
                         and (m.actor in known or not _of_another_cue(m, own, s.text, lang))),
                        key=lambda m: m.start)
        people = _past_other_predicate(s.text, lang, people, main.participants)
        actors = [m.actor for m in people]
        new = [a for a in actors if a not in known]
        if not new:
            continue
        # "Biden also spoke with Modi" after Putin–Modi: the principal the sentence names is
        # the other side, not the main contact's first one; of two, the one nearest before
        # the newcomer ("The call with Trump also came hours after Xi spoke with Putin")
        first_new = next(m for m in people if m.actor in new)
        if _third_subject(s.text, lang, people, first_new, main.participants):
            continue
        between = pair_between(s.text, lang, main.date, None)
        if between is not None and len(between[0]) == 2 and set(between[0]) <= set(actors):
            # "20 марта также состоялся разговор между Лукашенко и Путиным": the pair the
            # sentence names is the contact's, not the lead's subject with each of them
            facts = ContactFacts(type=kind, participants=between[0], sentence=s.i,
                                 date=main.date, date_precision=main.date_precision,
                                 partial=main.partial,
                                 part_of_day=find_part_of_day(s.text, lang))
            facts.evidence = {"type": s.text, "participants": s.text}
            out.append(facts)
            known.update(between[0])
            continue
        aside = _set_aside(s.text, lang, people)
        named = [a for a in actors if a in main.participants and a not in aside]
        nearest = [m.actor for m in people if m.actor in main.participants
                   and m.actor not in aside and m.end <= first_new.start]
        rest = [a for a in main.participants if a not in aside]
        host = nearest[-1] if nearest else named[0] if named else rest[0] if rest else None
        participants = unique(([host] if host else []) + new)
        facts = ContactFacts(type=kind, participants=participants, sentence=s.i,
                             date=main.date, date_precision=main.date_precision,
                             partial=main.partial,
                             part_of_day=find_part_of_day(s.text, lang) or main.part_of_day)
        facts.evidence = {"type": s.text, "participants": s.text}
        out.extend(split_plural(facts))  # "ha anche interagito con A, B e C": one each
        known.update(new)
    return out
