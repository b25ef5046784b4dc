"""The day a sentence near the lead gives the contact, when the lead gives none: an
opening sentence naming its principals, or a later one naming the talk."""

from __future__ import annotations

from readouts.extract.contacts.cue_spans import (
    AT_A_DISTANCE,
    ATTACHED,
    another_kind,
    earlier_before,
    nearest,
)
from readouts.extract.contacts.cues import contact_cues
from readouts.extract.contacts.facts import ContactFacts
from readouts.extract.contacts.gathering import is_gathering
from readouts.extract.contacts.kinds import contact_type, medium_unsaid, told_again, type_spans
from readouts.extract.contacts.leaders import (
    is_leader,
    names_in,
    names_near,
    of_another_contact,
)
from readouts.extract.contacts.status import contact_status, is_other_time
from readouts.extract.contacts.time_fragment import time_fragment
from readouts.extract.contacts.when_dates import own_dates, pick_date, sentence_dates
from readouts.extract.people.actors import actor_index
from readouts.extract.time.dates import DateMention
from readouts.extract.time.durations import names_the_talk, talk_spans
from readouts.extract.time.tense import sentence_tense
from readouts.model import Sentence

_NEIGHBOUR_REACH = 100  # a day past the lead this far from the talk's words is another thing's
_LEADER_REACH = 50  # a leader named this close to a date is of its contact
_COUNTERPART_REACH = 90  # the other party of a talk is named this soon after its word


def _attached(text: str, d: DateMention, lang: str, kind: str) -> bool:
    """"nel corso della telefonata del 20 marzo": a day on the contact's noun, not on a
    "previous" one, nor one counted before ("seguita da quella del 26 novembre (un
    colloquio …)"), is the contact's in any sentence."""
    near = nearest(type_spans(text, lang), d.start, d.end)
    return bool(near) and near[0] <= ATTACHED and not another_kind(kind, near[1][3]) \
        and not earlier_before(text, near[1][0], lang) \
        and not earlier_before(text, d.start, lang)


def _bracketed(text: str, d: DateMention) -> bool:
    """Is the date inside brackets, an aside of the sentence?"""
    opened = max(text.rfind("(", 0, d.start), text.rfind("（", 0, d.start))
    return opened >= 0 and not any(c in text[opened:d.start] for c in ")）")


def _others_near(text: str, d: DateMention, facts: ContactFacts, lang: str, ref: str | None
                 ) -> bool:
    """"la telefonata fatta ieri con Putin" in a report of a call with Zelensky: a leader who
    is no principal, named next to the date, makes it another contact's."""
    return any(is_leader(a, ref) and a not in facts.participants
               for a in names_near(text, d.start, d.end, _LEADER_REACH, lang, ref))


def _nearest_talk(d: DateMention, talk: list[tuple[int, int, str | None]]
                  ) -> tuple[int, int, int, str | None]:
    """(gap, start, end, kind) of the talk word nearest the date, the earlier on a tie."""
    return min(((max(a - d.end, d.start - b, 0), a, b, k) for a, b, k in talk),
               key=lambda t: t[:2])


def _talk_with_another(text: str, d: DateMention, talk: list[tuple[int, int, str | None]],
                       facts: ContactFacts, lang: str, ref: str | None) -> bool:
    """Is the talk nearest the date held with someone the contact does not hold, the first
    person named after its word ("Sisi briefed Putin on the talks held in Cairo with Libyan
    parliament speaker Aguila Saleh on June 6", «о переговорах, прошедших 6 июня в Каире, с
    Агилой Салехом»)? Then the day is that talk's, not the call's. One of a principal's
    country is of the principal's party ("held on June 6 with Foreign Minister Lavrov
    attending")."""
    if not talk:
        return False
    end = _nearest_talk(d, talk)[2]
    index = actor_index()
    after = [m.actor for m in index.find(text, lang, ref, None)
             if end <= m.start < end + _COUNTERPART_REACH]
    if not after or after[0] in facts.participants or after[0] in facts.attendees:
        return False
    home = {index.country_of(a) for a in facts.participants}
    return index.country_of(after[0]) not in home


def _joined(talk: list[tuple[int, int, str | None]], text: str
            ) -> list[tuple[int, int, str | None]]:
    """Talk words side by side are one phrase ("the telephonic | conversation"), of the
    kind its longest cue names ("colloquio telefonico" over "colloquio")."""
    out: list[tuple[int, int, str | None]] = []
    for a, b, k in talk:
        if out and not text[out[-1][1]:a].strip():
            pa, pb, pk = out[-1]
            longer = k is not None and (pk is None or b - a > pb - pa)
            out[-1] = (pa, max(pb, b), k if longer else pk)
        else:
            out.append((a, b, k))
    return out


def _on_first_talk(d: DateMention, talk: list[tuple[int, int, str | None]], kind: str) -> bool:
    """A day past the lead is the contact's when the talk it is nearest is the sentence's
    first, of this very kind, and near it ("The tone of Thursday's call"; not "It followed
    their May 12 meeting and the June 3 call", nor "the December 7 videoconference")."""
    if not talk:
        return True
    gap, start, _, cue = _nearest_talk(d, talk)
    return start < talk[0][1] and gap <= _NEIGHBOUR_REACH and cue in (None, "other", kind)


def neighbour_day(s: Sentence, facts: ContactFacts, lang: str, ref: str | None, held: bool,
                   before: bool, in_lead: frozenset[str] = frozenset(),
                   medium: str | None = None) -> DateMention | None:
    """The day a sentence near the lead gives the contact: the account's opening sentence
    before a later lead, naming its principals ("Il Papa ha ricevuto ieri Mattarella"), one
    after it naming the talk ("The two leaders spoke on Tuesday"); a sentence of another
    time only on the contact's own noun, or, for a contact to come, naming both principals.
    A day next to another leader's name is another contact's. ``in_lead``: the principals
    the lead right after names, the one it leaves unsaid told here ("Lunedì von der Leyen
    si recherà a Madrid. All'arrivo sarà ricevuta da Sánchez"). ``medium``: how a talk the
    lead names by a bare word was held, said next ("il colloquio tra A e B. La telefonata
    avrebbe avuto luogo ieri in tarda serata"): that word names the contact too."""
    text = s.text
    if not sentence_dates(text, lang, ref) or of_another_contact(s, facts, lang):
        return None  # most sentences name no date: the cheap test first
    # a call told again by a word naming no medium ("un vertice telefonico con Xi. Il
    # vertice, che si è tenuto nella serata del 16 marzo"): that word names the call too
    kind = medium or ("meeting" if facts.type in AT_A_DISTANCE and (
        medium_unsaid(text, lang)
        or told_again(text, facts.evidence.get("type", ""), facts.type, lang)) else facts.type)
    named = names_in(text, lang, ref, None)
    shared = {a for a in named if a in facts.participants}
    if shared - in_lead:
        shared |= in_lead
    # "переговоров, которые прошли поздно вечером 2 ноября. Встреча Путина и Уиткоффа…": an
    # opening naming nobody tells the day of its talk, which the lead then names
    unnamed = before and not named and (contact_type(text, lang) is not None
                                          or names_the_talk(text, lang))
    # "Le 19.30 di sabato scorso. Con questo spirito A e B si sentono": the lead's own time
    fragment = before and not named and bool(in_lead) and time_fragment(text, lang)
    if before and len(shared) < min(2, len(facts.participants)) and not (unnamed or fragment):
        return None
    again = not before and restated(text, lang)
    if not before and not (again or contact_type(text, lang, weak=False)
                           or names_the_talk(text, lang)):
        return None
    if not before and is_gathering(text, lang, calls=False):
        return None  # "this morning I addressed the G20 meeting": the gathering's day
    talk = _joined(sorted([(a, b, k) for a, b, _, k in type_spans(text, lang)]
                          + [(a, b, None) for a, b in talk_spans(text, lang)],
                          key=lambda t: t[:2]), text)
    # a contact to come told in the future ("В понедельник Мелони отправится в Париж"):
    # its days are ahead, as the lead's are
    ahead = "future" if facts.status == "planned" and sentence_tense(
        text, lang) == "future" else None
    # a contact to come may be told its month next ("La conversazione avrà luogo negli ultimi
    # giorni di dicembre"), not in a bracket's aside ("(a giugno ci saranno il G7 e il vertice
    # della Nato)"): no page's day stands in for it
    precisions = ("day", "month") if ahead and not before else ("day",)
    days = [d for d in own_dates(text, lang, ref, kind, held, ahead)[0]
            if (d.precision == "day" or d.precision in precisions and not _bracketed(text, d))
            and not _others_near(text, d, facts, lang, ref)
            and not _talk_with_another(text, d, talk, facts, lang, ref)
            and (before and (fragment or not unnamed) or again or _on_first_talk(d, talk, kind))]
    if days and is_other_time(text, lang) and not fragment:
        # a contact to come told again in the future, by both its principals or by none ("La
        # conversazione avrà luogo il 28 dicembre"): the same contact, not another time's
        planned = contact_status(text, lang) == "planned" and not held and (
            len(shared) >= 2 or ahead is not None and not shared and not before)
        days = days if planned or again else [
            d for d in days if _attached(text, d, lang, facts.type)]
    return pick_date(text, lang, days)


def restated(text: str, lang: str) -> bool:
    """Does the sentence open on the contact told again, its subject ("La telefonata in
    questione è quella dello scorso 20 febbraio", "The call in question took place last
    February 20")? Its day is the contact's, however far back the sentence puts it."""
    cue = contact_cues(lang).restated
    return cue is not None and cue.match(text) is not None

