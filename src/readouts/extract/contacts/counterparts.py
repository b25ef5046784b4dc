"""Leaders a sentence lists only as the other parties of its contact.

"Ha chiamato Putin e Medvedev", "held calls with Medvedev and Sarkozy", "провёл разговоры с
Медведевым и Саркози", "同梅德韦杰夫和萨科齐通电话": the list follows one word that leads to a
contact's counterpart, and nobody is named before it. Its leaders are each the counterpart
of the sentence's subject, who is unnamed there, and never each other's: a call of Putin with
Medvedev is a contact nobody reported.
"""

from __future__ import annotations

import re

from readouts.extract.contacts.cues import contact_cues
from readouts.model import Mention

_WORD_REACH = 30  # from "ha chiamato", "with" to the first listed name ("il suo vecchio amico")
_WORD_SIZE = 20  # the longest lead-in word ("telefonando a"), searched whole
_LIST_GAP = 60  # from one listed name to the next ("Putin, primo ministro russo, e Medvedev")
_LIST_BREAK = re.compile(r"[.;:()«»\"“”!?]")
_COMMAS = ",，、"


def listed_counterparts(text: str, leaders: list[Mention], lang: str) -> list[Mention]:
    """The ``leaders`` of ``text`` when they are all one list of two or more right after a
    word leading to a contact's counterparts; else none."""
    cues = contact_cues(lang)
    word, joiner = cues.counterpart_list, cues.pair_joiner
    if word is None or joiner is None or len({m.actor for m in leaders}) < 2:
        return []
    first = leaders[0]
    words = [m for m in word.finditer(text, max(0, first.start - _WORD_REACH - _WORD_SIZE),
                                      first.start)
             if first.start - m.end() <= _WORD_REACH]
    if not words or _LIST_BREAK.search(text, words[-1].end(), first.start):
        return []
    for before, after in zip(leaders, leaders[1:], strict=False):
        gap = text[before.end:after.start]
        if before.actor != after.actor and (
                len(gap) > _LIST_GAP or _LIST_BREAK.search(gap)
                or not (gap.lstrip()[:1] in _COMMAS or joiner.match(gap))):
            return []
    return leaders
