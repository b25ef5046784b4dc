"""The host of a state visit named only by its country.

"开始对俄罗斯联邦进行国事访问", "began a state visit to Russia", "visita di Stato in Russia",
"прибыл с государственным визитом в Китай": a state visit is paid to the country's head of
state, so the one holding that office on the day is the visit's other party (``visit_country``
cues name where the country is said; knowledge/countries its names).
"""

from __future__ import annotations

import re
from functools import cache

from readouts import knowledge
from readouts import lang as langdata
from readouts.extract.contacts.cues import cue_alternation
from readouts.extract.people.actors import actor_index


@cache
def _where(lang: str) -> re.Pattern[str] | None:
    return cue_alternation(langdata.load(lang, "contacts").get("visit_country") or [])


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
