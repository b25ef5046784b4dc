"""The contacts an account reports: the lead's contact and any "also spoke with" ones.

One language-neutral engine reads the cue patterns of ``lang/<iso>/contacts.yaml``, one
module per job: ``kinds`` (type and status), ``parties`` (principals, attendees),
``initiator``, ``when`` (date, part of day, duration) and ``place``.
``readouts.extract.contacts.mentioned`` finds the earlier or planned contacts other
sentences refer to, with the helpers this module re-exports.
"""

from __future__ import annotations

from dataclasses import replace

from readouts.extract.contacts.also import also_contacts
from readouts.extract.contacts.arrival import (
    after_arrival,
    arrival_visit,
    planned_kind,
    visit_arrived,
)
from readouts.extract.contacts.arrival_purpose import purpose_ahead
from readouts.extract.contacts.between_pair import first_between
from readouts.extract.contacts.bystanders import possible_parties
from readouts.extract.contacts.circumstance import past_circumstance
from readouts.extract.contacts.cue_parties import followed_kind, listed_parties, listed_subjects
from readouts.extract.contacts.cues import contact_cues, cue_alternation
from readouts.extract.contacts.datelines import partial_date, wire_date
from readouts.extract.contacts.delegates import seat_delegates
from readouts.extract.contacts.facts import ContactFacts, dates_match, day_of, unique
from readouts.extract.contacts.frames import closing_frame, frame_cut, frame_partners, framed_only
from readouts.extract.contacts.fronted import fronted_parties
from readouts.extract.contacts.furniture import opening_end
from readouts.extract.contacts.held_or_announced import held_first, leaders_told
from readouts.extract.contacts.initiator import initiator_in_lead, principals_initiators
from readouts.extract.contacts.joined import leaders_joining
from readouts.extract.contacts.kinds import (
    contact_type,
    medium_unsaid,
    most_specific,
    paid_visit,
    paid_visit_later,
    same_medium,
    trip_of_two,
    type_spans,
    types_compatible,
)
from readouts.extract.contacts.lead import (
    background,
    first_planned,
    first_typed,
    last_time,
    lead_end,
    remark_only,
    verbless_ahead,
)
from readouts.extract.contacts.leaders import can_be_party, is_leader, names_in
from readouts.extract.contacts.lengths import fill_duration
from readouts.extract.contacts.next_contact import next_in_lead
from readouts.extract.contacts.parties import (
    find_attendees,
    first_person,
    joint_contact,
    lead_people,
    pronoun_subject,
    split_plural,
)
from readouts.extract.contacts.place import find_location, known_place
from readouts.extract.contacts.public_post import posted_publicly
from readouts.extract.contacts.quoted import quoted_ranges
from readouts.extract.contacts.running_days import day_after_the_last
from readouts.extract.contacts.said_next import (
    greeting_only,
    medium_after,
    met_again,
    met_there,
    video_named_later,
)
from readouts.extract.contacts.status import (
    contact_status,
    denied,
    held_between,
    held_kind,
    lead_ahead,
    met_ahead,
    other_time_at_cue,
    planned_lead,
)
from readouts.extract.contacts.title_lead import off_title
from readouts.extract.contacts.told_lead import told_contact
from readouts.extract.contacts.visit_host import invited_by_two, named_only_as_inviter, visit_host
from readouts.extract.contacts.welcome_talks import talks_after_welcome
from readouts.extract.contacts.when import fill_when
from readouts.extract.time.tense import contact_tense
from readouts.model import Mention, Sentence

# The stage's public face: the mentioned contacts, linking and the pipeline import these.
__all__ = [
    "ContactFacts", "can_be_party", "contact_cues", "contact_status", "contact_type",
    "cue_alternation", "dates_match", "day_of", "fill_duration", "is_leader", "known_place",
    "most_specific", "partial_date", "reported_contacts", "type_spans", "types_compatible",
    "unique", "wire_date",
]


def reported_contacts(title: str | None, sentences: list[Sentence],
                      mentions: list[list[Mention]], lang: str, ref: str | None,
                      side: str | None, fallback_date: str | None,
                      start: int = 0, end: int | None = None) -> list[ContactFacts]:
    """The contacts an account is about: the lead's, then any "also spoke with" ones. A lead
    from ``start`` on (before ``end``): one that named only a bare word and one leader, or
    fewer than two parties, gives way to the next; an opening that names no contact of two,
    to a later sentence that does."""
    # the dead a contact mourns and the leader a party accompanies are no party of it
    mentions = [possible_parties(row, s.text, lang)
                for s, row in zip(sentences, mentions, strict=False)]
    # "As some leaders left, including Biden, Albanese met Macron, Modi and Sunak": the people
    # of an opening clause of circumstance set the scene (three named at least: a cheap gate)
    mentions = [row if len(row) < 3 else past_circumstance(row, s.text, lang, ref)
                for s, row in zip(sentences, mentions, strict=False)]
    if not start and end is None:
        ahead = first_planned(sentences, lang)
        opening = first_typed(sentences, lang)
        if ahead is None and opening is not None and last_time(sentences[opening].text, lang):
            # "L'ultima volta che si sono incontrati …": the news may come past the opening
            ahead = first_planned(sentences, lang, opening + 1, _WIDE_LEAD)
        elif ahead is None and opening is None and any(
                denied(s.text, lang) for s in sentences[:lead_end(sentences)]):
            # an opening telling only a contact that did not happen ("la telefonata tra Conte e
            # Macron non c'è ancora stata"): the news may be the one announced after it
            ahead = first_planned(sentences, lang, 0, _WIDE_LEAD)
        while ahead is not None and (
                leaders_told(sentences, mentions, ahead, lang, ref) < 2
                or ahead > 0 and _headline_again(sentences[ahead].text, title)
                and first_planned(sentences, lang, ahead + 1) is not None):
            # a headline repeated above the lead ("Biden plans to speak with new British
            # prime minister on Tuesday"): the announcement under it is the lead
            ahead = first_planned(sentences, lang, ahead + 1)
        # background told before an announced contact ("L'ultima volta che si sono
        # incontrati …", "si sono incontrati in varie occasioni") is no held contact of news
        held = None if opening is not None and (last_time(sentences[opening].text, lang)
                                                or background(sentences[opening].text, lang)) \
            else opening
        told = title is not None and contact_type(title, lang) is not None
        if ahead is not None and leaders_told(sentences, mentions, ahead, lang, ref) >= 2 \
                and not held_first(
                sentences, mentions, held, ahead, lang, ref) and (
                not told or contact_status(title or "", lang) == "planned"
                or arrival_visit(title or "", lang)
                or contact_tense(title or "", lang) is None and same_medium(
                    contact_type(title or "", lang) or "other",
                    contact_type(sentences[ahead].text, lang) or "other")):
            # (a headline telling no time, "Meloni in Giappone, vertice con Tokyo", or an
            # arrival, "Albanese arrives in Jakarta for talks with Widodo", is the announced
            # contact's too; not a call over a visit ahead, "默克尔访华前夕
            # 李克强应约通电话")
            announced = _lead_contacts(title, sentences, mentions, lang, ref, side, None,
                                       ahead, ahead + 1, planned=True)
            if announced and len(announced[0].participants) >= 2:
                return announced
    found = _lead_contacts(title, sentences, mentions, lang, ref, side, fallback_date, start,
                           end)
    if start or end is not None or found and len(found[0].participants) >= 2:
        return found
    quoted = quoted_ranges(sentences)
    for s in sentences[lead_end(sentences):opening_end(sentences, _WIDE_LEAD)]:
        # "(On the telephone talk with President Biden) I have just held the talk with
        # President Biden": a leader telling his own contact in the first person is one
        leaders = {m.actor for m in mentions[s.i] if is_leader(m.actor, ref)} | set(
            first_person(s, lang, ref))
        if not leaders and not found:  # "Tajani ha avuto oggi una conversazione telefonica
            # con Rubio", past a bare opening: two ministers' call, where no leader is named
            leaders = {m.actor for m in mentions[s.i] if can_be_party(m.actor, ref)}
        if len(leaders) >= 2 and contact_type(s.text, lang, weak=False) \
                and not other_time_at_cue(s.text, lang) and contact_status(s.text, lang) == "held":
            later = _lead_contacts(title, sentences, mentions, lang, ref, side,
                                   fallback_date, s.i, s.i + 1)
            if later and len(later[0].participants) >= 2:
                opening = first_typed(sentences, lang)
                if opening is not None and remark_only(s.text, quoted[s.i], lang) \
                        and not remark_only(sentences[opening].text, quoted[opening], lang):
                    # "MACRON INCONTRA MELONI … sembra dire a Meloni: «Ne riparliamo al
                    # telefono»": the two are the remark's, the contact the opening's
                    later[0].type = held_kind(sentences[opening].text, lang) or later[0].type
                    later[0].evidence["type"] = sentences[opening].text
                return later
    return found


def _headline_again(text: str, title: str | None) -> bool:
    """Is the sentence the page's headline repeated over the story (below a byline line;
    the story's own first line, taken for its title, is no repeat)?"""
    return title is not None and " ".join(text.split()).casefold() == " ".join(
        title.split()).casefold()


# Sentences a story may take to name its contact of two leaders when the opening names none
# ("Selfie Meloni-Modi ... L'incontro fra Giorgia Meloni e Narendra Modi è avvenuto a
# margine del vertice"): past the lead, only a sentence naming two leaders and the contact.
_WIDE_LEAD = 8
_HELD_REACH = 4  # "arrived for talks with Putin. … The two held talks": sentences to read on


def _lead_contacts(title: str | None, sentences: list[Sentence],
                   mentions: list[list[Mention]], lang: str, ref: str | None,
                   side: str | None, fallback_date: str | None,
                   start: int, end: int | None, planned: bool = False) -> list[ContactFacts]:
    """The contacts of the lead found from ``start`` (before ``end``); with ``planned``, the
    announced contact of the sentence at ``start``, undated unless it says when."""
    lead_index = start if planned else first_typed(sentences, lang, start, end)
    while not planned and lead_index is not None and (
            framed_only(sentences[lead_index].text, lang) or (
            other_time_at_cue(sentences[lead_index].text, lang)
            and not held_between(sentences[lead_index].text, lang)
            and not arrival_visit(sentences[lead_index].text, lang))):
        # "自上次在釜山会晤以来，…", "在A与B会谈后，C重申…": an opening that recalls another
        # contact is no lead
        lead_index = first_typed(sentences, lang, lead_index + 1, end)
    if not planned and lead_index is not None and off_title(
            title, {m.actor for m in mentions[lead_index]}, lang, ref, side):
        # "Meloni chiama Erdogan" over an opening on the Putin-Zelensky talks: the next
        # sentence that tells a contact, where the opening has one
        lead_index = first_typed(sentences, lang, lead_index + 1, end) or lead_index
    # a headline denying its contact ("Путин не против встречи с Зеленским") names none
    title_kind = contact_type(title, lang) if title and not denied(title, lang) else None
    between = first_between(title, sentences, lead_index, lang, ref, side)
    if between and not planned and off_title(title, set(between[1]), lang, ref, side):
        between = None  # the pair of another contact the opening sets the scene with
    lead_kind = None
    if lead_index is not None and not planned and (
            cut := frame_cut(sentences[lead_index].text, lang)):
        # "在与普京视频会晤后，习近平与特朗普通电话": the contact and people after the opening
        # clause are the lead's; the one it names is another, earlier one
        gone = frame_partners(sentences[lead_index].text, mentions[lead_index], cut, lang)
        mentions = [*mentions[:lead_index],
                    [m for m in mentions[lead_index] if m.start >= cut or m.actor not in gone],
                    *mentions[lead_index + 1:]]
    else:
        cut = 0
    if lead_index is not None and (closing := closing_frame(sentences[lead_index].text, lang)):
        # "ha incontrato Trump, dopo aver visto a Parigi Macron": Macron is another contact's
        mentions = [*mentions[:lead_index],
                    [m for m in mentions[lead_index]
                     if not closing[0] <= m.start < closing[1]],
                    *mentions[lead_index + 1:]]
    if lead_index is not None:
        text = sentences[lead_index].text[cut:]
        lead_kind = planned_kind(text, lang) if planned else held_between(text, lang) \
            if (planned_lead(text, lang) or denied(text, lang)) \
            and not arrival_visit(text, lang) else held_kind(text, lang)
        if lead_kind:  # "下午与普京视频会晤，晚间又与特朗普通话": the one the story goes on about
            lead_kind = followed_kind(sentences, mentions, lead_index, lead_kind, lang, ref)
    arrived = lead_kind is not None and lead_index is not None and not planned and visit_arrived(
        sentences[lead_index].text[cut:], title, title_kind, lang)
    if arrived:  # "прибывшего с официальным визитом": the visit, the talks its programme
        title_kind = lead_kind = "visit"
    kind = most_specific([k for k in (title_kind, lead_kind) if k])
    if between and between[0] < 0 and lead_index is not None:
        # "…on the conversation between the Presidents of the United States and Russia" over
        # "…the conversation between President Biden and President Putin": the lead tells the
        # title's pair again, and is the lead
        body = first_between(None, sentences, lead_index, lang, ref, side)
        between = body if body and set(body[1][:2]) == set(between[1][:2]) else between
    if between:
        index, people, named_kind = between
        # "Sochi talks between Putin and Erdogan" over "Putin hosted Erdogan for talks": a
        # title's bare word takes the type of the lead that names the same two
        lead_own = lead_kind if index < 0 and lead_index is not None and set(people[:2]) <= {
            m.actor for m in mentions[lead_index]} else None
        if index >= 0 or lead_index is None:
            lead_index = max(index, 0)
        # the sentence's other cues are others'
        kind = named_kind or title_kind or lead_own or "other"
    if kind is None:
        return []
    lead = sentences[lead_index] if lead_index is not None and sentences else None
    lead_text = lead.text if lead else ""
    bare = lead is not None and kind in ("phone_call", "other") and not between \
        and not contact_type(f"{title or ''} {lead_text}", lang, weak=False)
    if bare:  # a bare word: its setting in person, or the medium said next
        kind = "meeting" if met_there(lead_text, lang) \
            else medium_after(sentences, lead.i, lang) or kind
    if lead and kind == "other" and not between:
        kind = met_again(sentences, lead.i, lang) or kind  # "interacted with … The meeting …"
    called = None  # "Si è tenuto il colloquio tra A e B. La telefonata…": the medium said next
    if lead and kind == "meeting" and medium_unsaid(f"{title or ''} {lead_text}", lang) \
            or lead and kind in ("meeting", "message") and greeting_only(lead_text, lang):
        called = medium_after(sentences, lead.i, lang)  # "greeted Putin on his birthday"
    # "Giovedì sarà a Washington. Alle 15 l'incontro con Trump.": a verbless line is ahead too
    after = [s.text for s in sentences[lead.i + 1:lead.i + _HELD_REACH]] if lead else []
    ahead = planned or purpose_ahead(title, lead_text[cut:], after, lang) or (
        lead_index is not None and verbless_ahead(sentences, lead_index, lang)
        or not between and lead_ahead(lead_text[cut:], kind, title, title_kind, lang))
    facts = ContactFacts(type=kind, sentence=lead_index or 0,
                         status="planned" if ahead else "held")
    facts.evidence["type"] = title if title and kind == title_kind else lead_text
    if lead is not None:  # "举行仪式，欢迎… 欢迎仪式后，两国元首举行会谈": the talks
        talks_after_welcome(facts, sentences, mentions, lead.i, lang, ref)
    last = max(lead_index or 0, lead_end(sentences) - 1)  # the opening, through the lead
    opening = [t for t in (title, *(s.text for s in sentences[:last + 1])) if t]
    joint = joint_contact(opening, lang)  # "l'incontro a tre": one contact of them all
    # "he met A, followed by talks with B": his counterparts, never a list of parties
    invited = [] if between else invited_by_two(lead, mentions, kind, lang, ref)  # one per host
    listed = [] if between or lead is None or invited or pronoun_subject(
        sentences, mentions, lead.i, lang, ref) is not None else \
        listed_parties(lead_text, mentions[lead.i], kind, lang, ref) or \
        listed_subjects(lead_text, mentions[lead.i], kind, lang, ref) or \
        fronted_parties(lead_text, mentions[lead.i], kind, lang, ref)
    bare = not between and not contact_type(f"{title or ''} {lead_text}", lang, weak=False)
    facts.participants = (between[1] if joint else between[1][:2]) if between else invited or \
        listed or lead_people(title, sentences, mentions, lead_index, lang, ref, side, kind, joint,
                              bare)
    facts.evidence["participants"] = lead_text or (title or "")
    told = told_contact(lead_text, mentions[lead.i], lang, ref) \
        if lead is not None and not between and not planned else None
    if told:  # "сообщил Путину о разговоре с Трампом": the telling is the story's contact
        facts.type, facts.participants = "other", told[0]
    host = visit_host(lead_text, lang, facts.participants, ref) \
        if kind == "visit" and lead is not None else None
    host = host if len(facts.participants) == 1 else None  # named, the two met on the trip
    if host:  # "开始对俄罗斯联邦进行国事访问": the country's head of state on the day is the host
        facts.participants = unique([*facts.participants, host])
    leaders = sum(is_leader(a, ref) for a in facts.participants)
    if lead is not None and not planned and (len(facts.participants) < 2 or bare and (
            leaders < 2 or len(facts.participants) > 2 and not joint)):
        # "Fu probabilmente Putin a volere la conversazione. Putin e Trump hanno parlato al
        # telefono mentre Zelensky…": a bare word whose parties are unclear, or a teaser
        # naming one ("durante il colloquio telefonico si è discusso"), gives way to a later
        # lead that says more, of its medium too ("Biden a colloquio con i leader europei. È
        # durata un'ora la telefonata di Biden con …")
        later = _lead_contacts(title, sentences, mentions, lang, ref, side, fallback_date,
                               lead.i + 1, end)
        if later and (bare or len(later[0].participants) >= 2
                      and (later[0].type == facts.type or medium_unsaid(lead_text, lang))
                      and set(facts.participants) <= set(later[0].participants)):
            return later
    if bare and leaders < 2:
        return []  # "Ushakov said the conversation…": a bare word is the story's, not his
    if not facts.participants or facts.type == "message" and lead is not None \
            and posted_publicly(sentences, lead.i, lang):
        return []  # "la notizia della telefonata avvenuta su richiesta…", a post on Twitter
    if not planned and not arrived \
            and trip_of_two(facts.type, f"{title or ''} {lead_text}", lang, leaders) \
            and host is None and not (lead is not None and named_only_as_inviter(
                sentences, mentions, lead.i, lang, facts.participants)):
        # a state visit to a country: its head, told of no meeting, nor only as its inviter (a
        # visit ahead is the visit: "Путин анонсировал визит в Узбекистан")
        facts.type = "meeting"  # the two leaders met during the trip: the visit is the trip
        if met_ahead(lead_text, lang):
            facts.status = "planned"  # "ha iniziato la visita a Mosca, dove incontrerà Putin"
    elif lead is not None and (facts.type == "meeting" or bare and facts.type == "phone_call") \
            and (paid_visit([title or "", *(s.text for s in sentences[lead.i:lead.i + 2])], lang)
                 or paid_visit_later([s.text for s in sentences[lead.i + 2:]],
                                     [{m.actor for m in ms} for ms in mentions[lead.i + 2:]],
                                     facts.participants, lang)):
        facts.type = "visit"  # "ricevuto in udienza … Una visita di congedo": the visit paid
    # the contact told of is another's: its day is not the telling's
    dated = sentences if not told or lead is None else [
        *sentences[:lead.i], replace(lead, text=lead_text[:told[1]]), *sentences[lead.i + 1:]]
    dated = after_arrival(dated, lead.i, lang) if ahead and lead is not None else dated
    fill_when(facts, title, dated, lead_index, lang, ref, fallback_date, side, called)
    day_after_the_last(facts, sentences, lead_index if lead else None, lang, ref)
    facts.type = called or facts.type  # dated by the lead's own word, typed by the medium
    if facts.type == "phone_call" and lead is not None:
        facts.type = video_named_later(sentences, lead.i, facts.participants, lang, ref,
                                       side) or facts.type
    fill_duration(facts, sentences, lang)
    closing = closing_frame(lead_text, lang) if lead_text else None
    own_text = lead_text[:closing[0]] + lead_text[closing[1]:] if closing else lead_text
    head = " ".join(x for x in (title, own_text) if x)  # not the place of another contact's
    initiator_in_lead(facts, title, sentences, lead_index if lead else None, lang, ref, side)
    delegation = seat_delegates(facts, sentences, lead_index if lead else None, lang, ref, side)
    facts.attendees, evidence = find_attendees(sentences, lang, facts.participants, ref, side,
                                               facts.status == "held")
    if facts.attendees:
        facts.evidence["attendees"] = evidence
    joined = leaders_joining(facts, evidence, lang, ref, side)
    if joined:  # "Anche Starmer e Merz hanno partecipato alla conversazione": a call of many
        facts.participants = [*facts.participants, *joined]
        facts.attendees = [a for a in facts.attendees if a not in joined]
        facts.evidence["participants"] = evidence
    facts.location = find_location(head, lang)
    if facts.location:
        facts.evidence["location"] = head
    contacts = [facts] if joint or listed or delegation or joined else split_plural(
        facts, _title_names(title, lang, ref, side))
    if len(contacts) > 1 and contacts[0].initiated_by is None:
        # "Obama chiama Renzi" over "Renzi ha ricevuto le telefonate di Hollande, Obama e
        # Netanyahu": the title's caller asked for the contact the story leads with
        initiator_in_lead(contacts[0], title, sentences, lead_index if lead else None, lang,
                          ref, side)
    if lead is not None and not planned and len(contacts) == 1:
        # "与普京视频会晤，晚间又与特朗普通电话": the lead's second clause, another contact
        second = next_in_lead(lead_text, mentions[lead.i], facts, lang, ref)
        contacts.extend([second] if second else [])
    contacts.extend(also_contacts(sentences, mentions, lang, facts))
    return principals_initiators(contacts)


def _title_names(title: str | None, lang: str, ref: str | None, side: str | None) -> set[str]:
    return set(names_in(title, lang, ref, side)) if title else set()
