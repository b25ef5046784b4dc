"""Earlier or planned contacts an account refers to in passing.

Every contact cue of a sentence other than the reported contact's ("their meeting in
Bali last November", "特朗普期待明年早些时候访华") is a candidate, with the dates and the
place nearest to it. Cues that point at the reported contact itself ("this call",
"这次通话", "our 37th meeting"), contacts between teams, officials or delegations rather
than the leaders, and contacts with no party named are not mentioned contacts. Cue words
live in ``lang/<iso>/contacts.yaml``, beside those of the reported contact.
"""

from __future__ import annotations

from datetime import date, timedelta

from readouts.extract.contacts.bystanders import bystander_spans
from readouts.extract.contacts.contacts import (
    ContactFacts,
    contact_cues,
    contact_status,
    dates_match,
    is_leader,
    partial_date,
    types_compatible,
    unique,
)
from readouts.extract.contacts.frames import closing_frame, scene_of_own
from readouts.extract.contacts.joint_mention import joint_parties
from readouts.extract.contacts.leaders import in_office_by
from readouts.extract.contacts.mention_cues import (
    CLAUSE,
    Cue,
    cue_list,
    in_clause,
    mention_cues,
    nearest_cue,
)
from readouts.extract.contacts.mention_dates import (
    When,
    across,
    contacts_of,
    sentence_dates,
    sentence_periods,
    wished_after,
)
from readouts.extract.contacts.mention_hosts import subject_lists, third_place
from readouts.extract.contacts.mention_parties import cue_parties, partner
from readouts.extract.contacts.mention_places import bound_place
from readouts.extract.contacts.mention_status import status_of_cue
from readouts.extract.contacts.office_then import not_theirs_then
from readouts.extract.contacts.parties import attending_spans
from readouts.extract.contacts.public_post import posted_publicly
from readouts.extract.contacts.said_next import greeting_in_talk
from readouts.extract.contacts.status import CLAUSE_BREAK, denied_report
from readouts.extract.contacts.trip import trip_of_meeting
from readouts.extract.people.actors import actor_index
from readouts.model import Mention, Sentence

# Contact types that need two parties: a call with one named person is no contact.
_TWO_PARTY = frozenset({"phone_call", "video_call", "meeting", "consultation"})



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


def _group_party(text: str, cue: Cue, lang: str, named: list[Mention],
                 on: str | None) -> bool:
    """Are the cue's parties teams, officials, advisers, ...: "their teams will follow up",
    "两军战区领导通话", "talks at the level of political advisers"?"""
    cues = mention_cues(lang)
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


def _mark(text: str, cues: list[Cue], bound: dict[int, list[When]], lang: str,
          named: list[Mention], ref: str | None, status: str,
          main: ContactFacts | None) -> None:
    """Mark the cues that name no other contact: the reported one referred to ("this
    call", "our 37th meeting", "the call, the first since 1979", dated the reported day),
    gatherings of many countries, contacts between groups, and those not held or habitual."""
    mc = mention_cues(lang)
    earlier = contact_cues(lang).earlier  # "their previous call" is another one
    for i, cue in enumerate(cues):
        whens = bound.get(i, [])
        same = main is None or types_compatible(cue.type, main.type)
        before = text[max(0, cue.start - 40):cue.start]
        after = text[cue.end:cue.end + 120]
        if same and ((mc.deictic_before is not None and mc.deictic_before.search(before))
                     or (mc.deictic_after is not None and mc.deictic_after.match(after))):
            cue.dead = "deictic"
        elif same and main is not None and not whens and mc.possessive_before is not None \
                and (own := mc.possessive_before.search(before)) is not None \
                and not (earlier is not None and earlier.search(before, own.start())):
            cue.dead = "reported"  # "they called their call candid": the reported one
        elif mc.ordinal_after is not None and mc.ordinal_after.match(after) and (
                same or status_of_cue(text, cues, i, lang, status) == "held"):
            cue.dead = "ordinal"  # "the call, the first since 1979": the reported one
        elif (mc.multilateral_before is not None and mc.multilateral_before.search(before)) \
                or (mc.multilateral_after is not None  # read in place: its look-behinds
                    and mc.multilateral_after.match(text, cue.end, cue.end + 120)):
            cue.dead = "multilateral"  # "the international meeting in Astana"
        elif same and mc.ordinal_before is not None \
                and (count := mc.ordinal_before.search(before)) is not None \
                and ((status == "held" and (not whens or any(
                    _compatible(w.value, main and main.date) for w in whens)))
                     or _counted_itself(text, cue.start - len(before) + count.start(), lang,
                                        main)) \
                and not _new_partner(text, cues, i, named, main, ref, lang,
                                      subject=False):
            cue.dead = "ordinal"  # "our third call"; not "the third call, with Rahmon"
        elif same and (any(w.relative and not w.period and w.value == ref for w in whens) or (
                main is not None and main.date and status == "held"
                and any(_within_a_day(w.value, main.date) for w in whens))) \
                and not _new_partner(text, cues, i, named, main, ref, lang):
            cue.dead = "reported"  # not "yesterday he had a call with el-Sisi": another
        elif same and main is not None and not whens \
                and scene_of_own(text, cue.start, cue.end, named, lang):
            cue.dead = "reported"  # "During the call, he greeted the King and the Crown Prince"
        elif _group_party(text, cue, lang, named, ref):
            cue.dead = "group"
        elif any(c is not None and in_clause(c, text, cue) for c in (mc.not_held, mc.counted)):
            cue.dead = "not held"  # "could not be held", "every year", "five times"
        elif mc.not_ruled_out is not None and (
                any(m.start() < cue.start for m in mc.not_ruled_out.finditer(text))
                or in_clause(mc.not_ruled_out, text, cue)):  # (its look-ahead reads on)
            cue.dead = "not held"  # "Non è esclusa, inoltre, una visita": only possible
        elif denied_report(text, lang, cue.start, cue.end):
            cue.dead = "not held"  # "Il Cairo ha smentito che ci sia stato un colloquio"


def _counted_itself(text: str, at: int, lang: str, main: ContactFacts | None) -> bool:
    """Is the count at ``at`` said of the reported contact itself ("it would be the eighth
    Putin-Erdogan meeting", «это будет восьмая встреча»)? Then it is no other contact, though
    told ahead, on the day it was said ("On Monday, Ushakov pointed out that it would be")."""
    copula = mention_cues(lang).ordinal_copula
    return main is not None and copula is not None \
        and copula.search(text, max(0, at - 40), at) is not None


def _new_partner(text: str, cues: list[Cue], i: int, named: list[Mention],
                 main: ContactFacts | None, on: str | None, lang: str,
                 subject: bool = True) -> bool:
    """Is the cue's contact with a leader the reported contact does not hold ("Третий
    телефонный разговор Путин провёл с Рахмоном" after one with Tokayev), or of one it does
    not hold as the subject of the cue's own clause ("Ieri Putin aveva avuto un colloquio
    telefonico con Macron" after Macron's call with Zelensky)? Then it is another. A partner
    past the next cue is that one's ("Prima della telefonata … un incontro con"). Without
    ``subject``, the partner alone: a count ("两人首次会晤") names the contact before it."""
    mc = mention_cues(lang)
    cue = cues[i]
    hi = cues[i + 1].start if i + 1 < len(cues) else len(text)
    own = [m for m in named if m.end <= hi]
    other = partner(text, own, cue.start, cue.end, mc.partner_after, mc.partner_before)
    if main is None:
        return False
    if other is not None and is_leader(other.actor, on) and other.actor not in main.participants:
        return True
    if not subject:
        return False
    lo = cues[i - 1].end if i > 0 else 0
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(text, lo, cue.start)]
    subjects = [m for m in own if (breaks[-1] if breaks else lo) <= m.start
                and m.end <= cue.start and m is not other]
    return bool(subjects) and all(is_leader(m.actor, on) and m.actor not in main.participants
                                  for m in subjects)


def by_name(m: Mention) -> bool:
    """Does the mention name its person, not only the office he holds ("i leader di
    Giappone")?"""
    return actor_index().names_actor(m.text, m.actor)


def mentioned_contacts(sentences: list[Sentence], mentions: list[list[Mention]], lang: str,
                       ref: str | None, reported: list[ContactFacts]) -> list[ContactFacts]:
    """Earlier or planned contacts an account refers to in passing.

    Each contact cue of a sentence is one candidate; a date or a place belongs to the cue
    nearest it. Cues that refer to the reported contact itself ("this call", "our 37th
    meeting", "today's talks") or whose parties are teams or officials ("their teams will
    follow up") name no mentioned contact, and take their dates and places with them.
    """
    out: list[ContactFacts] = []
    skip = {c.sentence for c in reported} | {i for c in reported for i in c.told_in}
    main = reported[0] if reported else None
    reported_parties = list(main.participants) if main else []
    mc = mention_cues(lang)
    last_pair: list[str] = []
    last_first: str | None = None
    served = {a for c in reported for a in c.represented}  # no party of "their meeting"
    for s in sentences:
        context = last_pair  # the two leaders of a sentence before ("their meeting")
        antecedent = last_first  # the one it opened with, whom a "he" goes on with
        last_pair = _two_leaders([m for m in mentions[s.i] if m.actor not in served],
                                 ref) or last_pair
        last_first = next((m.actor for m in sorted(mentions[s.i], key=lambda m: m.start)
                           if m.actor not in served and is_leader(m.actor, ref)), last_first)
        text = s.text
        frame = closing_frame(text, lang) if s.i in skip else None
        if s.i in skip and frame is None:
            continue
        cues = cue_list(text, lang)
        if frame is not None:  # the lead's closing clause: "…, one day after his call with X"
            cues = [c for c in cues if frame[0] <= c.start]
        if not cues:
            continue
        status = contact_status(text, lang)
        if mc.wish is not None and mc.wish.search(text):
            status = "planned"
        tense = "future" if status == "planned" else "past"
        dates = sentence_dates(text, lang, ref, tense, cues)
        # spans of time only where a contact may be undated otherwise (find_periods is
        # the costliest step): a held contact needs an earlier cue or a date of its own
        earlier = bool(contact_cues(lang).earlier and contact_cues(lang).earlier.search(text)) \
            or bool(mc.period_gate and mc.period_gate.search(text))
        periods = sentence_periods(text, lang, ref, cues) if status == "planned" or earlier else []
        if mc.date_breaks is not None:  # "两人通话前夕,传出...将于8月访问": another clause's
            dates = [w for w in dates if not across(text, cues, w, mc.date_breaks)]
            periods = [w for w in periods if not across(text, cues, w, mc.date_breaks)]
        if status == "planned":  # "10 сентября Трамп допустил возможность разговора"
            dates = [w for w in dates if not wished_after(text, cues, w, mc.wish)]
            periods = [w for w in periods if not wished_after(text, cues, w, mc.wish)]
        if frame is not None:  # the lead's own dates are the reported contact's
            dates = [w for w in dates if frame[0] <= w.start]
            periods = [w for w in periods if frame[0] <= w.start]
        bound: dict[int, list[When]] = {}
        for w in dates + periods:
            bound.setdefault(nearest_cue(cues, w.start, w.end), []).append(w)
        attending = attending_spans(text, lang)  # "…, presente il ministro Di Maio": no party
        attending += bystander_spans(text, lang)  # "condolences on the passing of", "accompanying"
        named = [m for m in mentions[s.i] if not any(a <= m.start < b for a, b in attending)]
        _mark(text, cues, bound, lang, named, ref, status, main)
        live = [i for i, c in enumerate(cues) if c.dead is None]
        if not live:
            continue
        live_dates = [d for d in dates if nearest_cue(cues, d.start, d.end) in live]
        referred = any(c.dead in ("deictic", "ordinal") for c in cues)
        others = any(m.actor not in reported_parties and is_leader(m.actor, ref)
                     for m in named)
        eve = _eve_of(text[frame[0]:] if frame else text, main, lang)
        marked = earlier or bool(live_dates) or referred or eve is not None
        if status == "held" and not (marked or others):
            continue  # a sentence about the reported contact itself
        spans = [(cues[i].start, cues[i].end) for i in live]  # a dead cue splits no clause
        speaks = _principals_present(text, lang)
        links = (mc.partner_after, mc.partner_before)
        for own, when in contacts_of(cues, live, live_dates, bound):
            head = min(own, key=lambda i: cues[i].rank)
            kind = cues[head].type
            if kind == "message" and posted_publicly(sentences, s.i, lang):
                continue  # "«Congratulazioni a Macron». Lo ha scritto su Twitter Trump"
            joint = joint_parties(text, named, spans, live.index(head), ref, lang)
            participants = joint or cue_parties(text, named, spans, live.index(head), ref,
                                       reported_parties, context,
                                       speaks, kind in _TWO_PARTY, links, mc.principals,
                                       need_partner=status == "held" and not marked,
                                       directive=mc.directive, partnered=mc.partner_lead,
                                       speaker=(s.speaker, mc.speaker_self), lang=lang,
                                       told_lead=mc.told_lead, antecedent=antecedent)
            for parties in [joint] if joint else subject_lists(
                    text, named, participants, reported_parties, ref, lang):
                if not parties or (kind in _TWO_PARTY and len(parties) < 2):
                    continue  # nobody, or one official on a call: no contact to speak of
                if kind == "ceremony" and not speaks and not set(parties) <= {
                        m.actor for m in named}:
                    continue  # a ceremony its parties are not all said to attend ("India's
                    # ambassador will represent India at Trump's inauguration ceremony")
                if not named and when is not None \
                        and not any(in_office_by(a, when.value) for a in parties):
                    continue  # "Il precedente vertice … nel 2017": before either took office
                if when is not None and not any(m.actor in parties and by_name(m)
                                                for m in named) \
                        and not_theirs_then(text, lang, parties, when.value):
                    continue  # "the leaders of Japan and China … after Suga took office in
                    # 2020": whoever led them then, not the story's leaders
                cue_status = status_of_cue(text, cues, head, lang, status)
                location = bound_place(text, lang, cues, set(own))
                if kind == "visit" and not (mc.persons and mc.persons.search(text)) and (
                        not named or third_place(text, lang, parties, named)):
                    # "his visit to Kyiv last month": a host the sentence does not name, or
                    # a place of none of the parties it leaves unnamed
                    continue
                # (held, or as planned as an announced reported contact: "will call Meloni ...
                # The phone call may already be under way")
                if main is not None and cue_status in ("held", main.status) and not location \
                        and (not when or _compatible(when.value, main.date)
                             or _headline_of(main, s.i, cue_status)) \
                        and set(parties) == set(main.participants) \
                        and kind in (main.type, "consultation") \
                        and not _called_earlier(text, cues[head], lang):
                    continue  # the reported contact told again ("their call ..."), not another
                if trip_of_meeting(kind, cue_status, when.value if when else None, parties, main):
                    continue  # "Lula arrived on Wednesday for a state visit": the talks' trip
                if main is not None and kind == "message" and main.status == "held" \
                        and main.type in _TWO_PARTY and set(parties) == set(main.participants) \
                        and (not when or _compatible(when.value, main.date)) \
                        and greeting_in_talk(text, cues[head].start, cues[head].end, lang):
                    continue  # "Widodo expressed his congratulations": said in their call
                facts = ContactFacts(type=kind, status=cue_status, participants=list(parties),
                                     sentence=s.i)
                facts.evidence = {"type": text, "participants": text}
                if eve is not None and (when is None or when.precision != "day"):
                    facts.date, facts.date_precision = eve, "day"
                    facts.evidence["date"] = text
                elif when:
                    facts.date, facts.date_precision = when.value, when.precision
                    facts.evidence["date"] = text
                elif ref is None:
                    facts.partial = partial_date(text, lang, tense)
                facts.location = location
                if facts.location:
                    facts.evidence["location"] = text
                out.append(facts)
    return out


def _eve_of(text: str, main: ContactFacts | None, lang: str) -> str | None:
    """The day before the reported contact's, where the sentence tells its other contact
    came then ("came a day after he spoke to", "此前一天", "на следующий день после")."""
    eve = mention_cues(lang).day_before_reported
    if main is None or not main.date or len(main.date) != 10 or eve is None \
            or not eve.search(text):
        return None
    return (date.fromisoformat(main.date) - timedelta(days=1)).isoformat()


def _headline_of(main: ContactFacts, index: int, status: str) -> bool:
    """Is a sentence above an announced lead its headline, whatever day its weekday reads as
    ("Biden plans to speak with new British prime minister on Tuesday" over "President Joe
    Biden planned to speak by phone on Tuesday with ... Rishi Sunak")?"""
    return status == main.status == "planned" and main.sentence is not None \
        and index < main.sentence


_EARLIER_REACH = (30, 20)  # characters before and after a cue for "previous", "precedente"


def _called_earlier(text: str, cue: Cue, lang: str) -> bool:
    """Is the cue called an earlier one right next to it ("their previous call", "la
    telefonata precedente", "свой предыдущий разговор")? Then it is not the reported one."""
    earlier = contact_cues(lang).earlier
    if earlier is None:
        return False
    lo, hi = max(0, cue.start - _EARLIER_REACH[0]), min(len(text), cue.end + _EARLIER_REACH[1])
    before = [m.end() for m in CLAUSE.finditer(text, lo, cue.start)]
    after = CLAUSE.search(text, cue.end, hi)
    return earlier.search(text, before[-1] if before else lo,
                          after.start() if after else hi) is not None


def _two_leaders(named: list[Mention], on: str | None) -> list[str]:
    leaders = unique([m.actor for m in named if is_leader(m.actor, on)])
    return leaders if len(leaders) == 2 else []


def _principals_present(text: str, lang: str) -> bool:
    mc = mention_cues(lang)
    return any(p is not None and p.search(text) for p in (mc.principals, mc.persons))


