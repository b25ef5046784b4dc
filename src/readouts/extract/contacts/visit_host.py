"""The host of a state visit named only by its country, or only as the one who invited.

"开始对俄罗斯联邦进行国事访问", "began a state visit to Russia", "visita di Stato in Russia",
"прибыл с государственным визитом в Китай": a state visit is paid to the country's head of
state, so the one holding that office on the day is the visit's other party (``visit_country``
cues name where the country is said; knowledge/countries its names). "应韩国总统朴槿惠邀请，
李克强抵达首尔，开始对韩国进行正式访问": the host named only in the invitation (``visit_inviter``
cues) is the visit's other party, told of no meeting yet.
"""

from __future__ import annotations

import re
from functools import cache

from readouts import knowledge
from readouts import lang as langdata
from readouts.extract.contacts.cues import cue_alternation
from readouts.extract.contacts.facts import unique
from readouts.extract.contacts.lead import lead_end
from readouts.extract.contacts.leaders import is_leader
from readouts.extract.contacts.place import known_place
from readouts.extract.contacts.status import contact_status, held_kind
from readouts.extract.people.actors import actor_index
from readouts.model import Mention, Sentence


@cache
def _where(lang: str) -> re.Pattern[str] | None:
    return cue_alternation(langdata.load(lang, "contacts").get("visit_country") or [])


@cache
def _to_place(lang: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE)
                 for p in langdata.load(lang, "contacts").get("visit_place") or [])


@cache
def _inviter(lang: str) -> re.Pattern[str] | None:
    return cue_alternation(langdata.load(lang, "contacts").get("visit_inviter") or [])


def invited_by_two(lead: Sentence | None, mentions: list[list[Mention]], kind: str, lang: str,
                   on: str | None) -> list[str]:
    """The visitor and the hosts of a visit at the invitation of two or more ("应越共中央总书记
    阮富仲和越南国家主席武文赏邀请，习近平抵达河内", "at the invitation of President A and Prime
    Minister B, C arrived"): the ones named in the invitation are hosts, one visit each, never
    subjects of one contact nor a pair of their own; [] where fewer than two invited or no one
    else, or more than one, is named outside it."""
    pattern = _inviter(lang)
    if kind != "visit" or lead is None or pattern is None:
        return []
    spans = [m.span() for m in pattern.finditer(lead.text)]
    leaders = [m for m in mentions[lead.i] if is_leader(m.actor, on)]
    inside = unique([m.actor for m in leaders if any(a <= m.start < b for a, b in spans)])
    outside = unique([m.actor for m in leaders if m.actor not in inside])
    return [*outside, *inside] if len(inside) >= 2 and len(outside) == 1 else []


def named_only_as_inviter(sentences: list[Sentence], mentions: list[list[Mention]],
                          lead: int, lang: str, parties: list[str]) -> bool:
    """Is one of a visit's ``parties`` named in the lead only as the one who invited ("at the
    invitation of President Park, Li arrived in Seoul to begin an official visit"), and the
    opening tells no meeting of the two held since? Then the visit is the contact, not a trip
    during which the two met ("访问期间，习近平同普京举行会谈" makes it a meeting)."""
    pattern = _inviter(lang)
    text = sentences[lead].text
    spans = [m.span() for m in pattern.finditer(text)] if pattern is not None else []
    if not spans or not any(
            (own := [m for m in mentions[lead] if m.actor == party])
            and all(any(a <= m.start < b for a, b in spans) for m in own) for party in parties):
        return False
    return not any(held_kind(s.text, lang) in ("meeting", "ceremony")
                   and contact_status(s.text, lang) == "held"
                   and set(parties) <= {m.actor for m in mentions[s.i]}
                   for s in sentences[lead + 1:lead_end(sentences)])


@cache
def _formal(lang: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in langdata.load(lang, "contacts").get("country_formal") or [])


def _named_country(place: str, lang: str) -> str | None:
    """The ISO code of the country ``place`` opens with, by its name in ``lang``."""
    folded = place.casefold()
    for name, iso in knowledge.country_names(lang):
        if folded.startswith(name.casefold()) and (
                lang == "zh" or len(place) == len(name) or not place[len(name)].isalnum()):
            return iso
    return None


def _country_of(place: str, lang: str) -> str | None:
    """The ISO code of the country a visit's ``where`` names: the country itself, by its
    common or its formal name ("Repubblica del Kenya", "the Republic of Kenya"), else the
    country a known city lies in ("Paris", "莫斯科", "Астану": knowledge/place_countries)."""
    if iso := _named_country(place, lang):
        return iso
    for formal in _formal(lang):
        if (title := formal.match(place)) and (iso := _named_country(place[title.end():], lang)):
            return iso
    place = place.rstrip(".")
    endings = langdata.load(lang, "contacts").get("place_case_endings") or {}
    word, _, rest = place.partition(" ")
    # a city named in another case than places.yaml's ("визит в Москву": "Москва", "Москве")
    forms = [place, *(word[:-len(end)] + base + (" " + rest if rest else "")
                      for end, bases in endings.items() if word.endswith(end)
                      for base in bases)]
    table = knowledge.load("place_countries") or {}
    for form in forms:
        city = known_place(form)
        if city and table.get(city):
            return str(table[city])
    return None


def visited_country(text: str, lang: str) -> str | None:
    """The ISO code of the country a state visit in ``text`` is paid to, if it names one."""
    pattern = _where(lang)
    m = pattern.search(text) if pattern is not None else None
    if m is None:
        return None
    # the country named after the visit ("visita di Stato in Kenya") or before it
    # ("arrivato in Kenya per una visita di Stato": where_first)
    return _country_of(m.group("where") or m.group("where_first"), lang)


@cache
def _state(lang: str) -> re.Pattern[str] | None:
    return cue_alternation(langdata.load(lang, "contacts").get("state_visit") or [])


def _host_role(text: str, lang: str) -> str:
    """A state visit is paid to the head of state; any other to the country's leader (its
    head of government where that one leads: "a working visit to Budapest" is Orbán's)."""
    state = _state(lang)
    return "head_of_state" if state is not None and state.search(text) else "leader"


def visit_host(text: str, lang: str, parties: list[str], on: str | None) -> str | None:
    """The host on ``on`` of a visit in ``text`` to a country or a city, where one of
    ``parties`` (the visitor) is of another country: of a state visit, its head of state; of
    any other ("working visit to Astana", "对莫斯科进行为期一天的访问"), its leader (where the
    head of government leads, not a ceremonial president). None else."""
    index = actor_index()
    iso, role = visited_country(text, lang), _host_role(text, lang)
    for pattern in _to_place(lang) if iso is None else ():
        if m := pattern.search(text):
            iso = _country_of(m.group("where"), lang)
            break
    if iso is None or not any(index.country_of(a) != iso for a in parties):
        return None
    return index.holder(role, iso, on)
