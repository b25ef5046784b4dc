"""THE contact of a preview item: a trip under way or ahead ("Mattarella arriva a Hanoi per
la visita di Stato … Venerdì incontrerà il presidente Truong Tan Sang", "李显龙将对中国进行
正式访问 … 将与李强会面") whose meeting with a leader the story tells ahead further on. The
news is that planned meeting; the trip is its setting (a visit is the contact only where no
meeting is told at all)."""

from __future__ import annotations

from functools import cache
from re import Pattern

from readouts import lang as langdata
from readouts.extract.contacts.facts import ContactFacts
from readouts.extract.time.tense import contact_tense
from readouts.text.alternation import alternation


@cache
def _cue(lang: str, key: str) -> Pattern[str] | None:
    return alternation((langdata.load(lang, "contacts") or {}).get(key) or [])


def trip_under_way(lead: ContactFacts, text: str, lang: str) -> bool:
    """Is the lead's visit still ahead or begun, not told over: planned, told with no past
    ("Da oggi Renzi sarà in visita di Stato", "arriva a Hanoi per la visita"), or an arrival
    ("has arrived for a state visit", "прибыл с визитом", "抵达")?"""
    welcomed = _cue(lang, "welcomed_arrival")
    if welcomed is not None and welcomed.search(text):
        return False  # "è arrivato alla Casa Bianca, accolto da Trump": the two have met
    if lead.status == "planned" or contact_tense(text, lang) != "past":
        return True
    arrived = _cue(lang, "arrived")
    return arrived is not None and arrived.search(text) is not None


def meeting_of_the_trip(trip: ContactFacts, reported: list[ContactFacts],
                        mentioned: list[ContactFacts], texts: list[str],
                        lang: str) -> tuple[list[ContactFacts], list[ContactFacts]]:
    """Where the lead ``trip`` (of one party too: a trip whose host is not named, kept out
    of ``reported``) is a visit under way or ahead, and a later sentence tells a planned
    meeting of its traveller (with the visit's host where it names one), and none told held,
    that meeting is the lead and no mention of its own. Where the lead is such a planned
    meeting, a visit of its pair under way is its trip, no contact of its own. ``texts``:
    the account's sentences."""
    if trip.type == "meeting" and trip.status == "planned":
        return reported, [m for m in mentioned if not (
            m.type == "visit" and set(m.participants) == set(trip.participants)
            and _under_way(m, texts, lang))]
    if not _under_way(trip, texts, lang):
        return reported, mentioned
    ahead = [m for m in mentioned
             if m.type == "meeting" and m.status == "planned" and m.sentence > trip.sentence
             and set(m.participants) & set(trip.participants)]
    if len(trip.participants) > 1:  # a host named: his talks, not another's on the trip
        ahead = [m for m in ahead if set(m.participants) == set(trip.participants)]
    chosen = ahead[0] if ahead else None
    if chosen is None or any(m.type == "meeting" and m.status == "held"
                             and set(m.participants) == set(chosen.participants)
                             for m in mentioned):
        return reported, mentioned  # (the talks told held too: the story is after them)
    return [chosen, *(r for r in reported if r is not trip)], \
        [m for m in mentioned if m is not chosen]


def _under_way(visit: ContactFacts, texts: list[str], lang: str) -> bool:
    return visit.type == "visit" and 0 <= visit.sentence < len(texts) \
        and trip_under_way(visit, texts[visit.sentence], lang)
