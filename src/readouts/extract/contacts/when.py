"""When the contact took place and for how long: date, part of day (its rules in
``when_parts``), duration."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from readouts.extract.contacts.cue_spans import (
    AT_A_DISTANCE,
    ATTACHED,
    another_kind,
    earlier_before,
    foreign,
    nearest,
)
from readouts.extract.contacts.datelines import partial_date, said_or_dateline, wire_date
from readouts.extract.contacts.facts import ContactFacts
from readouts.extract.contacts.frames import frame_cut
from readouts.extract.contacts.kinds import (
    contact_status,
    contact_type,
    is_other_time,
    type_spans,
)
from readouts.extract.contacts.leaders import (
    is_leader,
    names_another,
    names_in,
    of_another_contact,
)
from readouts.extract.contacts.since import in_since_clause
from readouts.extract.contacts.time_fragment import time_fragment
from readouts.extract.contacts.when_cues import (
    after_phrase,
    began_on,
    deictic,
    earlier_one_on,
    of_an_event,
    on_the_eve,
    welcomed_arrival,
)
from readouts.extract.contacts.when_parts import (
    Clock,
    abroad,
    newsroom_part,
    part_by_own_cue,
    place_zone,
    set_part,
)
from readouts.extract.time.dates import DateMention, find_dates, starts_a_gap
from readouts.extract.time.dayparts import part_spans
from readouts.extract.time.durations import names_the_talk, talk_spans
from readouts.extract.time.periods import find_periods
from readouts.extract.time.tense import contact_tense, sentence_tense
from readouts.model import Sentence

_COARSE_REACH = 80  # a month or year this far from every cue of the contact is background
_AFTER = 3  # sentences after the lead that may date it
_NEIGHBOUR_REACH = 100  # a day past the lead this far from the talk's words is another thing's
_LEADER_REACH = 50  # a leader named this close to a date is of its contact
_PART_REACH = 80  # a part of day past the lead this far from the contact's cue is another's
_PARAGRAPH = 8  # sentences after the lead whose part of day may be the contact's


@lru_cache(maxsize=16)
def _dates(text: str, lang: str, ref: str | None,
           tense: str | None = None) -> tuple[DateMention, ...]:
    """The dates of a sentence, each in the tense nearest it unless ``tense`` says: read once."""
    return tuple(find_dates(text, lang, ref, tense))


def _after(d: DateMention, ref: str | None) -> bool:
    """A day after the reference day: no date of a contact already held."""
    if ref is None or len(ref) < 10 or d.precision != "day":
        return False  # a document dated to the month or year says no day is after it
    limit = date.fromisoformat(ref[:10]) + timedelta(days=0 if d.relative else 1)
    return d.value > limit.isoformat()


def _spans_of_time(text: str, lang: str, ref: str | None, ahead: bool) -> list[DateMention]:
    """A sentence's spans of time within one month ("last month", "il mese scorso",
    "в прошлом месяце", "上个月", "next month"), as month dates. A span holding the page's
    own day ("this week", "this month") says no more than that day does of a contact held;
    of one announced ("will hold a call this week") it is the month, as the page's day is
    no day of a contact still ahead."""
    found = []
    dates = _dates(text, lang, ref)
    for p in find_periods(text, lang, ref) if ref else ():
        first, last = p.period_start, p.period_end
        if p.endpoints or len(first) < 7 or first[:7] != last[:7] or any(
                d.start < p.end and p.start < d.end for d in dates):
            continue  # a range ("from 3 to 7 March"), or a date's own words ("17 settembre")
        day = (ref or "")[:10]
        if not ahead and ((first <= day <= last) if len(first) == 10
                          else first[:7] == day[:7]):
            continue
        found.append(DateMention(p.start, p.end, p.text, first[:7], "month", None, True))
    return found


def _own_dates(text: str, lang: str, ref: str | None, kind: str, held: bool,
               tense: str | None = None, spans_of_time: bool = False
               ) -> tuple[list[DateMention], list[DateMention]]:
    """(the dates that can be the contact's, the days said or datelined) of a sentence:
    not another contact's ("si erano incontrati a fine ottobre" in a report of a call),
    not a background month or year far from the contact's words ("created a year ago"),
    not a day still to come for a contact held; the day before an event it came on the eve
    of ("alla vigilia dell'incontro di giovedì 15 maggio"). `spans_of_time`: read the
    sentence's spans of time ("last month") instead of its dates."""
    spans = type_spans(text, lang)
    own, said = [], []
    for d in _spans_of_time(text, lang, ref, not held and tense == "future") \
            if spans_of_time else _dates(text, lang, ref, tense):
        if said_or_dateline(text, d, lang):
            said.append(d)
            continue
        if d.precision == "day" and on_the_eve(text, d.start, d.end, lang):
            eve = date.fromisoformat(d.value) - timedelta(days=1)
            own.append(replace(d, value=eve.isoformat(), part_of_day=None))
            continue
        if foreign(spans, d.start, d.end, kind) or starts_a_gap(text, d, lang) \
                or began_on(text, d.start, lang) or earlier_one_on(text, d.start, lang) \
                or in_since_clause(text, d.start, [s[:2] for s in spans], lang):
            continue  # "the first to visit Beijing since the pandemic began in 2020"
        near = nearest(spans, d.start, d.end)
        if d.precision != "day" and near and near[0] > _COARSE_REACH:
            continue
        if near and d.end <= near[1][0] and _before_an_after(text, d, near[1][0], lang):
            continue
        if held and _after(d, ref):
            continue
        own.append(d)
    return own, said


def _before_an_after(text: str, d: DateMention, cue: int, lang: str) -> bool:
    """A date before "after the talks" ("è ripartito oggi per Nuova Delhi dopo degli
    incontri"): the day of what followed the contact, not the contact's."""
    start = after_phrase(text, cue, lang)
    return start is not None and d.end <= start


_MID_MONTH = "-15"  # a day a week either side of which stays in the month


def _relative_to_month(facts: ContactFacts, text: str, lang: str, month: str, held: bool,
                       ahead: str | None) -> None:
    """A page dated by its month alone (an archive's "/2021/06/") telling its contact by a
    day relative to it ("this evening", "oggi", "on Monday"): the contact is of that month.
    Read from the middle of the month, the day found stays in it only when the words are
    relative; a date the words name outright was already read."""
    own, said = _own_dates(text, lang, month + _MID_MONTH, facts.type, held, ahead)
    found = _pick(text, lang, own) or (said[0] if said else None)
    if found is not None and found.precision == "day" and found.value[:7] == month:
        facts.date, facts.date_precision = month, "month"
        facts.evidence["date"] = text


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


def _pick(text: str, lang: str, dates: list[DateMention]) -> DateMention | None:
    """The finest date; among several, the one next to the contact's cue."""
    if not dates:
        return None
    order = {"day": 0, "month": 1, "year": 2}
    finest = min(order.get(d.precision, 3) for d in dates)
    best = [d for d in dates if order.get(d.precision, 3) == finest]
    spans = type_spans(text, lang)
    if len({d.value for d in best}) < 2 or not spans:
        return best[0]
    return min(best, key=lambda d: nearest(spans, d.start, d.end)[0])  # type: ignore[index]


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
    span = text[max(0, d.start - _LEADER_REACH):d.end + _LEADER_REACH]
    return any(is_leader(a, ref) and a not in facts.participants
               for a in names_in(span, lang, ref, None))


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
    gap, start, cue = min(((max(a - d.end, d.start - b, 0), a, k) for a, b, k in talk),
                          key=lambda t: t[:2])
    return start < talk[0][1] and gap <= _NEIGHBOUR_REACH and cue in (None, "other", kind)


def _neighbour_day(s: Sentence, facts: ContactFacts, lang: str, ref: str | None, held: bool,
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
    kind = medium or facts.type
    if not _dates(text, lang, ref) or of_another_contact(s, facts, lang):
        return None  # most sentences name no date: the cheap test first
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
    if not before and not (contact_type(text, lang, weak=False) or names_the_talk(text, lang)):
        return None
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
    days = [d for d in _own_dates(text, lang, ref, kind, held, ahead)[0]
            if (d.precision == "day" or d.precision in precisions and not _bracketed(text, d))
            and not _others_near(text, d, facts, lang, ref)
            and (before and (fragment or not unnamed) or _on_first_talk(d, talk, kind))]
    if days and is_other_time(text, lang) and not fragment:
        # a contact to come told again in the future, by both its principals or by none ("La
        # conversazione avrà luogo il 28 dicembre"): the same contact, not another time's
        planned = contact_status(text, lang) == "planned" and not held and (
            len(shared) >= 2 or ahead is not None and not shared and not before)
        days = days if planned else [d for d in days if _attached(text, d, lang, facts.type)]
    return _pick(text, lang, days)


def _set_date(facts: ContactFacts, d: DateMention, text: str, lang: str,
              clock: Clock) -> None:
    facts.date, facts.date_precision = d.value, d.precision
    facts.evidence["date"] = text
    if (clock[2] and deictic(text, d.start, d.end, lang)) \
            or of_an_event(text, d.start, d.end, lang):
        return  # a newsroom's "stasera" for a Xi-Putin call; "the attack this morning"
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


def fill_when(facts: ContactFacts, title: str | None, sentences: list[Sentence],
              lead: int | None, lang: str, ref: str | None, fallback: str | None,
              side: str | None = None, medium: str | None = None) -> None:
    """Date and part of day of an account's reported contact (``medium``: how a talk the
    lead names by a bare word was held, said in the next sentences).

    The lead's own date first; else a day the sentences around it give the contact; else
    the title's; else the day the lead was said or datelined, the wire dateline, the
    account's own date. Dates are read in the tense nearest them, so "sabato" in a
    planned meeting is next Saturday; a contact the lead reports as past has no later day.
    """
    wire = wire_date([x for x in (title, *(t.text for t in sentences[:3])) if x], lang, ref)
    ref = wire or ref
    lead_text = sentences[lead].text if lead is not None else ""
    told = lead_text or (sentences[0].text if sentences else "")  # a title's lead is the body's
    held = contact_tense(told, lang) == "past" and contact_status(told, lang) == "held"
    opening = [lead_text, title or "", *(s.text for s in sentences[:2])]
    place = place_zone(opening, lang)
    day = date.fromisoformat(ref[:10]) if ref and len(ref) >= 10 else None
    if facts.type in AT_A_DISTANCE:
        place = None  # a call joins two places: no one clock is its own
    clock = (place, day, abroad(facts, lang, side, place, day))
    # an announced contact's days are ahead, whatever the reporting verb ("will call Meloni
    # on Monday, the White House said"), where its sentence says it in the future
    ahead = "future" if facts.status == "planned" and sentence_tense(
        lead_text or title or "", lang) == "future" else None
    own, said = _own_dates(lead_text, lang, ref, facts.type, held, ahead)
    own = [d for d in own if not _of_an_announced_frame(lead_text, d, lang)]
    best = _pick(lead_text, lang, own)
    if best is None and lead_text:  # "met last month", "spoke last week, X said on Friday"
        planned = "future" if facts.status == "planned" else ahead
        best = _pick(lead_text, lang, _own_dates(lead_text, lang, ref, facts.type, held,
                                                 planned, spans_of_time=True)[0])
    start = -1 if lead is None else lead
    stay = _stay(lead_text, best, facts.type, lang, ref) if best else None
    if stay:  # a meeting in a stay of days: the day told of it in the next sentences
        for s in sentences[start + 1:start + 1 + _AFTER]:
            day = _neighbour_day(s, facts, lang, ref, held, False)
            if day and stay[0] <= day.value <= stay[1]:
                _set_date(facts, day, s.text, lang, clock)
                best = None
                break
    if best:
        _set_date(facts, best, lead_text, lang, clock)
    set_part(facts, lead_text, lang, said, None, clock)
    near = [(s, False) for s in sentences[start + 1:start + 1 + _AFTER]]
    # the sentence right before a later lead, then the opening one, naming both principals
    # ("Ieri Putin è tornato a parlare con Macron. Una conversazione di oltre due ore …")
    near += [(sentences[i], True) for i in sorted({start - 1, 0}, reverse=True) if start > 0]
    in_lead = frozenset(a for a in names_in(lead_text, lang, ref, None)
                        if a in facts.participants)
    for s, before in near if facts.date is None else ():
        day = _neighbour_day(s, facts, lang, ref, held, before,
                             in_lead if before and s.i == start - 1 else frozenset(), medium)
        if day:
            _set_date(facts, day, s.text, lang, clock)
            set_part(facts, s.text, lang, [], None, clock, kind=medium)
            break
    if facts.date is None and title:
        title_own, title_said = _own_dates(title, lang, ref, facts.type, held, ahead)
        best = _pick(title, lang, title_own)
        if best:
            _set_date(facts, best, title, lang, clock)
            set_part(facts, title, lang, title_said, None, clock)
    if facts.date is None and said:
        facts.date, facts.date_precision = said[0].value, said[0].precision
        facts.evidence["date"] = lead_text
    if facts.date is None and fallback and len(fallback) == len("2021-06") and lead_text \
            and contact_status(lead_text, lang) == "held" \
            and sentence_tense(lead_text, lang) != "future":
        _relative_to_month(facts, lead_text, lang, fallback, held, ahead)
    # an announced contact is not held on the day its announcement is datelined ("АНКАРА,
    # 3 июл - Визит Путина в Турцию стоит на повестке, даты неизвестны"), unless told at a
    # time of that day ("MOSCA, 19 MAG - la telefonata in programma per le 17")
    datelined = wire if facts.status != "planned" or facts.part_of_day else None
    for value, why in ((datelined, "the wire dateline"),
                       (fallback, "publication date of the account")):
        # a page dated only by a year or month ("в 2015 году", an archive's "/2019/12/")
        # does not date its contact
        if facts.date is None and value and len(value) >= 10:
            facts.date, facts.date_precision = value, "day"
            facts.evidence["date"] = why
    if facts.date is None and ref is None:
        facts.partial = partial_date(lead_text or title or "", lang, None)
    for s in sentences[start + 1:start + 1 + _PARAGRAPH] if facts.part_of_day is None else ():
        if part_spans(s.text, lang, clock[0], clock[1]) and (
                names_the_talk(s.text, lang) or contact_type(s.text, lang)
                or _welcomed_there(s.text, facts, lang, ref)) \
                and not names_another(s, facts, lang):
            # not the time words were said or posted ("Posting on Sunday night, he flagged
            # the call")
            said_there = _own_dates(s.text, lang, ref, facts.type, held)[1]
            set_part(facts, s.text, lang, said_there, _PART_REACH, clock, held)
            if facts.part_of_day:
                return
    if lead is None and title:  # a headline that is the lead: "习近平15日下午同普京会晤"
        set_part(facts, title, lang, [], None, clock)
    if facts.part_of_day is None and clock[2]:
        newsroom_part(facts, lead_text or title or "", lang, said, clock)
