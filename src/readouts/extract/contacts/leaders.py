"""Who can be a contact's party: leaders in office on the day, never an aide who tells
of it."""

from __future__ import annotations

from functools import cache

from readouts import knowledge
from readouts.extract.contacts.facts import ContactFacts, unique
from readouts.extract.people.actors import actor_index
from readouts.extract.people.local_offices import names_local_office
from readouts.model import Sentence

LEADER_ROLES = frozenset({
    "president", "prime_minister", "premier", "chancellor", "king", "emir", "crown_prince",
    "supreme_leader", "general_secretary", "chairman", "head_of_state", "head_of_government",
    "leader", "chief_executive",  # Taiwan's, Myanmar's, Hong Kong's and Macau's heads
    "president_elect",  # leaders already meet him as one ("Macron riceve Trump e Zelensky")
    "pope",  # the Holy See's head of state: "Mattarella ha incontrato Papa Leone XIV"
    # the Union's presidents meet leaders as leaders: "von der Leyen ha incontrato Sanchez"
    # is their meeting, whoever else their words name
    "commission_president", "council_president",
})


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


def in_office_by(actor: str, on: str) -> bool:
    """Had the actor taken up any role the roster lists by ``on`` (a year, month or day)? One
    whose every role begins later was not yet in office then; one the roster lacks may have
    been."""
    roles = actor_index().roles(actor)
    return not roles or any(str(r.get("from") or "0000")[:len(on)] <= on for r in roles)


def led_in(actor: str, on: str) -> bool:
    """Did the actor hold a head-of-state or government role at some time in ``on`` (a year,
    month or day)? One the roster gives no such role may have."""
    dated = [r for r in actor_index().roles(actor) if r.get("role") in LEADER_ROLES]
    return not dated or any(str(r.get("from") or "0000")[:len(on)] <= on
                            <= str(r.get("to") or "9999")[:len(on)] for r in dated)


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
        # meeting of Meloni with the President of the Republic); the head of government
        # first where he leads ("Spoke with President Putin today" by India's side is Modi's)
        index = actor_index()
        heads = ("prime_minister", "president") if index.led_by_government(side) else \
            ("president", "prime_minister")
        own = index.holder(heads[0], side, on) or index.holder(heads[1], side, on)
        if own and own not in chosen:
            chosen = [own, *chosen]
    return unique(chosen)


def names_in(span: str, lang: str, on: str | None, side: str | None) -> list[str]:
    """The people named in ``span``, each once, in the order named."""
    return unique([m.actor for m in actor_index().find(span, lang, on, side)])


def names_near(text: str, start: int, end: int, reach: int, lang: str, on: str | None
               ) -> list[str]:
    """The people named within ``reach`` characters of ``text[start:end]``, each read in the
    whole sentence: a window's edge cutting "Hassan Rouhani" to "Hassan Rouhan" makes no
    newcomer of the half name."""
    return unique([m.actor for m in actor_index().find(text, lang, on, None)
                   if m.end > start - reach and m.start < end + reach])


def names_another(s: Sentence, facts: ContactFacts, lang: str) -> bool:
    """A sentence past the lead naming a leader who is no principal ("Утром Путин провел
    разговор с Мирзиёевым"), or someone by a local body's title ("Nel pomeriggio l'incontro
    con il presidente del Consiglio comunale"): its times may be that contact's."""
    return any(is_leader(a, facts.date) and a not in facts.participants
               for a in names_in(s.text, lang, facts.date, None)) \
        or names_local_office(s.text, lang)


def of_another_contact(s: Sentence, facts: ContactFacts, lang: str) -> bool:
    """A sentence past the lead naming leaders none of whom is a principal of this one."""
    if s.i == facts.sentence:
        return False
    leaders = [a for a in names_in(s.text, lang, facts.date, None) if is_leader(a, facts.date)]
    return bool(leaders) and not any(a in facts.participants for a in leaders)
