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
from readouts.extract.contacts.lead import lead_end
from readouts.extract.contacts.status import contact_status, held_kind
from readouts.extract.people.actors import actor_index
from readouts.model import Mention, Sentence


@cache
def _where(lang: str) -> re.Pattern[str] | None:
    return cue_alternation(langdata.load(lang, "contacts").get("visit_country") or [])


@cache
def _inviter(lang: str) -> re.Pattern[str] | None:
    return cue_alternation(langdata.load(lang, "contacts").get("visit_inviter") or [])


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


def visited_country(text: str, lang: str) -> str | None:
    """The ISO code of the country a state visit in ``text`` is paid to, if it names one."""
    pattern = _where(lang)
    m = pattern.search(text) if pattern is not None else None
    if m is None:
        return None
    place = m.group("where")
    folded = place.casefold()
    for name, iso in knowledge.country_names(lang):
        if folded.startswith(name.casefold()) and (
                lang == "zh" or len(place) == len(name) or not place[len(name)].isalnum()):
            return iso
    return None


def visit_host(text: str, lang: str, parties: list[str], on: str | None) -> str | None:
    """The head of state on ``on`` of the country a state visit in ``text`` is paid to, where
    one of ``parties`` (the visitor) is of another country; none else."""
    iso = visited_country(text, lang)
    index = actor_index()
    if iso is None or not any(index.country_of(a) != iso for a in parties):
        return None
    return index.holder("head_of_state", iso, on)
