"""When the contact took place: its date and part of day, read from the lead first, then
from the sentences around it (``when_neighbours``), the title, the dateline and the page's
date. Which dates of a sentence can be the contact's is ``when_dates``; the part of day's
rules are in ``when_parts``."""

from __future__ import annotations

from datetime import date

from readouts.extract.contacts.arrival import arrival_visit
from readouts.extract.contacts.cue_spans import AT_A_DISTANCE, earlier_before
from readouts.extract.contacts.datelines import partial_date, wire_date
from readouts.extract.contacts.facts import ContactFacts
from readouts.extract.contacts.frames import frame_cut
from readouts.extract.contacts.gathering import is_gathering
from readouts.extract.contacts.kinds import contact_type, medium_unsaid, type_spans
from readouts.extract.contacts.later_plan import later_plan_only
from readouts.extract.contacts.leaders import names_another, names_in
from readouts.extract.contacts.status import contact_status, is_other_time
from readouts.extract.contacts.when_cues import (
    arrived,
    deictic,
    ended_then,
    gathering_arrivals,
    of_an_event,
    reacted_after,
    stamped,
    welcomed_arrival,
)
from readouts.extract.contacts.when_dates import own_dates, pick_date
from readouts.extract.contacts.when_neighbours import neighbour_day, restated
from readouts.extract.contacts.when_parts import (
    Clock,
    abroad,
    newsroom_part,
    part_by_own_cue,
    place_zone,
    set_part,
    still_to_come,
    told_meal,
    told_visit,
)
from readouts.extract.time.dates import DateMention, find_dates
from readouts.extract.time.dayparts import part_spans
from readouts.extract.time.durations import names_the_talk, talk_spans
from readouts.extract.time.periods import find_periods
from readouts.extract.time.tense import contact_tense, sentence_tense
from readouts.model import Sentence

_AFTER = 3  # sentences after the lead that may date it
_PART_REACH = 80  # a part of day past the lead this far from the contact's cue is another's
_PARAGRAPH = 8  # sentences after the lead whose part of day may be the contact's
_OPENING = 40  # a sentence's first contact word this near its start is its subject


def _of_an_announced_frame(text: str, d: DateMention, lang: str) -> bool:
    """A day in an opening clause announcing another contact, or closing it, before the
    sentence's own ("Dopo l'annuncio che Meloni incontrerà von der Leyen, presidente della
    Commissione, giovedì 3 novembre, il premier parla con Scholz"): that contact's day, when
    the sentence's own contact is not announced too."""
    cut = frame_cut(text, lang)
    if not cut or contact_status(text[:cut], lang) != "planned":
        return False
    own = [span[0] for span in type_spans(text, lang) if span[0] >= cut]
    if not own or d.start >= own[0] or contact_status(text[cut:], lang) == "planned":
        return False
    return d.end <= cut or text[d.end:].lstrip().startswith((",", "，"))


def _stay(text: str, d: DateMention, kind: str, lang: str, ref: str | None
          ) -> tuple[str, str] | None:
    """The first and last days of a stay a date is an end of ("将于11月14日至17日赴美国…举行
    会晤", "dal 14 al 17 novembre"): a visit's days, not those of a meeting held on one of
    them."""
    if kind == "visit" or ref is None:
        return None
    for p in find_periods(text, lang, ref):
        if p.endpoints and p.start <= d.start and d.end <= p.end and len(p.period_start) == 10:
            return p.period_start, p.period_end
    return None


def _set_date(facts: ContactFacts, d: DateMention, text: str, lang: str,
              clock: Clock, held: bool = False) -> None:
    """Date the contact; its part of day too, unless the date's time is another's (``held``:
    nor one in a clause still to come, "Macron, che stasera formalizzerà …")."""
    facts.date, facts.date_precision = d.value, d.precision
    facts.evidence["date"] = text
    if (clock[2] and deictic(text, d.start, d.end, lang)) \
            or held and still_to_come(text, d.start, d.end, lang, True) \
            or of_an_event(text, d.start, d.end, lang) \
            or ended_then(text, d.start, d.end, lang) \
            or reacted_after(text, d.start, d.end, lang) is not None:
        # a newsroom's "stasera" for a Xi-Putin call; "the attack this morning"; "nella serata
        # di ieri era arrivato il ringraziamento" (the thanks came then, the call before)
        return
    part = part_by_own_cue(text, d, facts.type, lang, clock)
    if part and facts.part_of_day is None:
        facts.part_of_day = part
        facts.evidence["part_of_day"] = text
        return
    if d.part_of_day and facts.part_of_day is None:
        facts.part_of_day = d.part_of_day
        facts.evidence["part_of_day"] = text


def _welcomed_there(text: str, facts: ContactFacts, lang: str, ref: str | None) -> bool:
    """An arrival met by the host, both principals named ("习近平抵达总统府，受到杜达热情迎
    接"): the contact begins with it."""
    return len(facts.participants) >= 2 and welcomed_arrival(text, lang) and set(
        facts.participants) <= set(names_in(text, lang, ref, None))


_FACE_TO_FACE = frozenset({"meeting", "visit"})


def _arrived_then(text: str, facts: ContactFacts, lang: str, ref: str | None) -> bool:
    """A principal's arrival told right after the lead of a face-to-face contact, on no day
    of its own ("La premier è arrivata alle ore 12.45"; not "era arrivata ieri sera"): the
    contact begins with it."""
    if facts.type not in _FACE_TO_FACE or not arrived(text, lang):
        return False
    named = names_in(text, lang, ref, None)
    return (not named or any(a in facts.participants for a in named)) and all(
        d.value == facts.date for d in find_dates(text, lang, ref) if d.precision == "day")


def _times_of_a_trip(text: str, lang: str, clock: Clock) -> bool:
    """Are all the sentence's parts of day told within an arrival to attend a gathering
    ("Modi arrived here this morning to attend the BIMSTEC Summit")? They are the trip's,
    not the meeting's held on its sidelines; a time outside it ("В 15:00 Путин, который
    прибыл для участия в саммите, провел встречу") stays the contact's."""
    trips = gathering_arrivals(text, lang)
    return bool(trips) and all(any(a <= p[0] and p[1] <= b for a, b in trips)
                               for p in part_spans(text, lang, clock[0], clock[1]))


def _headline_day(title: str, lang: str, ref: str | None, kind: str | None, held: bool,
                  ahead: str | None) -> DateMention | None:
    """The full day a headline naming the contact gives it ("PM call with President Trump of
    the United States: 21 December 2025"): the contact's own, over a relative word of the
    lead ("yesterday afternoon") counted from a later page or from that day itself."""
    if contact_type(title, lang) is None:
        return None
    day = pick_date(title, lang, own_dates(title, lang, ref, kind, held, ahead)[0])
    return day if day is not None and not day.relative and day.precision == "day" else None


def _another_to_come(text: str, facts: ContactFacts, lang: str) -> bool:
    """Does a sentence after a held contact's lead tell another kind of contact to come
    ("In serata Meloni tornerà al Colle per un colloquio", after the day's consultations)?
    Its time is that one's. The same kind told ahead ("Peskov said a call was planned for the
    evening") is the held one announced before it happened."""
    if facts.status != "held" or sentence_tense(text, lang) != "future":
        return False
    return contact_type(text, lang, weak=False) not in (None, facts.type)


def _an_earlier_one(text: str, lang: str) -> bool:
    """Does the sentence open on an earlier contact, its first contact word one ("L'ultimo
    incontro tra i due risale allo scorso 17 ottobre, quando … a notte inoltrata", "The
    previous call was in February")? Its times are that contact's."""
    starts = [s[0] for s in type_spans(text, lang)] + [a for a, _ in talk_spans(text, lang)]
    first = min(starts, default=None)
    return first is not None and first <= _OPENING and earlier_before(text, first, lang)


def _told_by_both(text: str, facts: ContactFacts, lang: str, ref: str | None) -> bool:
    """Does the sentence tell this very contact again, of its kind, held, naming both its
    principals and no earlier or other time ("“I was happy to meet President Ruto this
    afternoon”, Museveni said")?"""
    return contact_type(text, lang) == facts.type and len(facts.participants) >= 2 \
        and set(facts.participants) <= set(names_in(text, lang, ref, None)) \
        and contact_status(text, lang) == "held" and not is_other_time(text, lang) \
        and not _an_earlier_one(text, lang)


def fill_when(facts: ContactFacts, title: str | None, sentences: list[Sentence],
              lead: int | None, lang: str, ref: str | None, fallback: str | None,
              side: str | None = None, medium: str | None = None) -> None:
    """Date and part of day of an account's reported contact (``medium``: how a talk the
    lead names by a bare word was held, said in the next sentences). A contact announced
    with no day of its own ("nessuna data certa per l'incontro", "will meet soon") is not
    dated by the page; one told at an hour of the day ("l'incontro è previsto intorno alle
    13") is that day's."""
    _fill_when(facts, title, sentences, lead, lang, ref, fallback, side, medium)
    if facts.date is None and facts.status == "planned" and facts.part_of_day \
            and fallback and len(fallback) >= len("2021-06-01"):
        facts.date, facts.date_precision = fallback, "day"
        facts.evidence["date"] = "publication date of the account"


def _fill_when(facts: ContactFacts, title: str | None, sentences: list[Sentence],
               lead: int | None, lang: str, ref: str | None, fallback: str | None,
               side: str | None = None, medium: str | None = None) -> None:
    """Date and part of day of an account's reported contact (see ``fill_when``).

    The lead's own date first; else a day the sentences around it give the contact; else
    the title's; else the day the lead was said or datelined, the wire dateline, the
    account's own date. Dates are read in the tense nearest them, so "sabato" in a
    planned meeting is next Saturday; a contact the lead reports as past has no later day.
    """
    wire = wire_date([x for x in (title, *(t.text for t in sentences[:3])) if x], lang, ref)
    ref = wire or ref
    lead_text = sentences[lead].text if lead is not None else ""
    told = lead_text or (sentences[0].text if sentences else "")  # a title's lead is the body's
    # a plan in a later clause ("接到马克龙来电后，…，并将于下周访问法国") is another
    # contact's: the lead's own cue, held and past, dates it in the past
    # an arrival for a visit whose talks are ahead ("20日下午抵达莫斯科，将举行会晤"): the
    # visit began, its days read in the past
    begun = facts.status == "held" and facts.type == "visit" and arrival_visit(told, lang)
    held = contact_tense(told, lang) == "past" and contact_status(told, lang) == "held" \
        or facts.status == "held" and later_plan_only(told, lang) or begun
    opening = [lead_text, title or "", *(s.text for s in sentences[:2])]
    place = place_zone(opening, lang)
    day = date.fromisoformat(ref[:10]) if ref and len(ref) >= 10 else None
    if facts.type in AT_A_DISTANCE:
        place = None  # a call joins two places: no one clock is its own
    clock = (place, day, abroad(facts, lang, side, place, day))
    # an announced contact's days are ahead, whatever the reporting verb ("will call Meloni
    # on Monday, the White House said"), where its sentence says it in the future, or in no
    # tense of its own ("potrebbe arrivare giovedì per un incontro", "Tomorrow, the meeting")
    ahead = "future" if facts.status == "planned" and (
        sentence_tense(lead_text or title or "", lang) in ("future", None)
        or contact_tense(lead_text or title or "", lang) is None) \
        else "past" if begun else None
    own, said = own_dates(lead_text, lang, ref, facts.type, held, ahead)
    own = [d for d in own if not _of_an_announced_frame(lead_text, d, lang)]
    best = pick_date(lead_text, lang, own)
    if best is None and lead_text:  # "met last month", "spoke last week, X said on Friday"
        planned = "future" if facts.status == "planned" else ahead
        best = pick_date(lead_text, lang, own_dates(lead_text, lang, ref, facts.type, held,
                                                 planned, spans_of_time=True)[0])
    if best is not None and best.relative and title:
        best = _headline_day(title, lang, ref, facts.type, held, ahead) or best
    start = -1 if lead is None else lead
    stay = _stay(lead_text, best, facts.type, lang, ref) if best else None
    if stay:  # a meeting in a stay of days: the day told of it in the next sentences
        for s in sentences[start + 1:start + 1 + _AFTER]:
            day = neighbour_day(s, facts, lang, ref, held, False)
            if day and stay[0] <= day.value <= stay[1]:
                _set_date(facts, day, s.text, lang, clock)
                best = None
                break
    if best:
        _set_date(facts, best, lead_text, lang, clock, facts.status == "held")
    # (not a clause still to come, for a held contact: "Macron, che stasera formalizzerà la sua
    # ricandidatura, ha reso noto di aver avuto colloqui telefonici")
    set_part(facts, lead_text, lang, said, None, clock, facts.status == "held")
    # the lead, or the sentence right before it, opening on the meal the meeting was ("La
    # cena a Mar-a-Lago è riuscita. Trump ha accolto la premier …")
    for text in (lead_text, sentences[lead - 1].text if lead else ""):
        if facts.part_of_day is None and (meal := told_meal(text, facts, lang)):
            facts.part_of_day, facts.evidence["part_of_day"] = meal, text
    near = [(s, False) for s in sentences[start + 1:start + 1 + _AFTER]]
    # the sentence right before a later lead, then the opening one, naming both principals
    # ("Ieri Putin è tornato a parlare con Macron. Una conversazione di oltre due ore …")
    near += [(sentences[i], True) for i in sorted({start - 1, 0}, reverse=True) if start > 0]
    in_lead = frozenset(a for a in names_in(lead_text, lang, ref, None)
                        if a in facts.participants)
    # a lead dated only by its week or month ("本周的会晤", "later this month"): the day a
    # sentence near it gives the contact within that span ("将于六日下午会面")
    coarse = facts.date if facts.date and len(facts.date) < len("2021-06-01") else None
    for s, before in near if facts.date is None or coarse else ():
        day = neighbour_day(s, facts, lang, ref, held, before,
                            in_lead if before and s.i == start - 1 else frozenset(), medium)
        if day and coarse and not (day.precision == "day" and day.value.startswith(coarse)):
            continue
        if day:
            _set_date(facts, day, s.text, lang, clock)
            # near the contact's word and, for a held one, not in a clause still to come
            # ("Domenica mattina, alle 10, renderà noti i risultati dell'incontro di oggi":
            # Sunday morning is the announcement's)
            set_part(facts, s.text, lang, [], _PART_REACH, clock, held, kind=medium)
            break
    # the contact told again further on, its subject, with its day ("La telefonata in
    # questione è quella dello scorso 20 febbraio", past a paragraph about its release)
    for s in sentences[start + 1 + _AFTER:] if facts.date is None else ():
        day = neighbour_day(s, facts, lang, ref, held, False, medium=medium) \
            if restated(s.text, lang) else None
        if day:
            _set_date(facts, day, s.text, lang, clock)
            break
    if facts.date is None and title:
        title_own, title_said = own_dates(title, lang, ref, facts.type, held, ahead)
        best = pick_date(title, lang, title_own)
        if best:
            _set_date(facts, best, title, lang, clock)
            set_part(facts, title, lang, title_said, None, clock)
    # (a page's stamp is no day of a contact it announces: "发布: 11/07/2022 … 将在几周内通话"; nor
    # the day it was said or datelined, "安卡拉11月10日电 埃尔多安表示，期望继续与普京通电话",
    # unless told at a time of that day, as the wire's dateline below)
    said = [d for d in said if facts.status != "planned" or facts.part_of_day
            and not stamped(lead_text, d.start, lang)]
    if facts.date is None and said:
        facts.date, facts.date_precision = said[0].value, said[0].precision
        facts.evidence["date"], facts.date_said = lead_text, True
    # (a page dated by its month alone dates no contact told by a day relative to it: "oggi",
    # "on Monday" on an archive's "/2021/06/" is a day unknown, as the trial sets' readers
    # write it)
    # an announced contact is not held on the day its announcement is datelined ("АНКАРА,
    # 3 июл - Визит Путина в Турцию стоит на повестке, даты неизвестны"), unless told at a
    # time of that day ("MOSCA, 19 MAG - la telefonata in programma per le 17")
    # (nor on the day the page announcing it was written, unless told at an hour of it)
    datelined = wire if facts.status != "planned" or facts.part_of_day else None
    published = fallback if facts.status != "planned" or facts.part_of_day else None
    for value, why in ((datelined, "the wire dateline"),
                       (published, "publication date of the account")):
        # a page dated only by a year or month ("в 2015 году", an archive's "/2019/12/")
        # does not date its contact
        if facts.date is None and value and len(value) >= 10:
            facts.date, facts.date_precision = value, "day"
            facts.evidence["date"], facts.date_said = why, value == datelined
    if facts.date is None and ref is None:
        facts.partial = partial_date(lead_text or title or "", lang, None)
    for s in sentences[start + 1:start + 1 + _PARAGRAPH] if facts.part_of_day is None else ():
        meal = told_meal(s.text, facts, lang)
        if (meal or part_spans(s.text, lang, clock[0], clock[1])) and (
                meal or names_the_talk(s.text, lang) or contact_type(s.text, lang)
                or told_visit(s.text, facts, lang) or _welcomed_there(s.text, facts, lang, ref)
                or s.i == start + 1 and _arrived_then(s.text, facts, lang, ref)) \
                and not names_another(s, facts, lang) \
                and not is_gathering(s.text, lang, calls=False) \
                and not _times_of_a_trip(s.text, lang, clock) \
                and not _another_to_come(s.text, facts, lang) \
                and not _an_earlier_one(s.text, lang):
            # not the time words were said or posted ("Posting on Sunday night, he flagged
            # the call")
            said_there = own_dates(s.text, lang, ref, facts.type, held)[1]
            # a word that names no medium ("Il colloquio è durato un'ora, dalle 11.14") is
            # the call's own, not another kind of contact's
            word = "meeting" if facts.type in AT_A_DISTANCE and medium_unsaid(s.text, lang) \
                else None
            set_part(facts, s.text, lang, said_there, _PART_REACH, clock, held, kind=word)
            if facts.part_of_day is None and meal:  # "La cena … è riuscita": the meal's own
                facts.part_of_day, facts.evidence["part_of_day"] = meal, s.text
            if facts.part_of_day:
                return
    # further on, only the contact told again by its principals themselves ("“I was happy to
    # meet President Ruto this afternoon at my farm,” Museveni said", ten sentences down)
    for s in sentences[start + 1 + _PARAGRAPH:] if facts.part_of_day is None else ():
        if _told_by_both(s.text, facts, lang, ref):
            set_part(facts, s.text, lang, [], _PART_REACH, clock, held)
            if facts.part_of_day:
                return
    if lead is None and title:  # a headline that is the lead: "习近平15日下午同普京会晤"
        set_part(facts, title, lang, [], None, clock)
    if facts.part_of_day is None and clock[2]:
        newsroom_part(facts, lead_text or title or "", lang, said, clock)
