"""Two leaders joined as one contact's subjects, the second with his title between them
("Yair Lapid and Palestinian Authority President Mahmoud Abbas spoke", "Meloni e il
presidente francese Macron", "Путин и президент Франции Макрон", "习近平和法国总统马克龙"), or
as the first's counterpart ("Putin e l'omologo statunitense Donald Trump", "Putin and his US
counterpart Donald Trump", "Путин и его американский коллега Трамп")."""

from __future__ import annotations

import re
from functools import cache

from readouts import lang as langdata
from readouts.extract.contacts.cues import contact_cues
from readouts.extract.contacts.kinds import type_spans, weak_spans
from readouts.extract.contacts.status import CLAUSE_BREAK
from readouts.text.alternation import alternation

_TITLE_WORDS = 8  # words of the second leader's title and country after the conjunction
_TITLE_CHARS = 16  # the same in a language written without spaces


@cache
def _titles(lang: str) -> re.Pattern[str] | None:
    forms = sorted(langdata.load(lang, "titles").get("titles") or {}, key=len, reverse=True)
    if not forms:
        return None
    body = "|".join(re.escape(f) for f in forms)
    return re.compile(body if lang == "zh" else rf"(?<!\w)(?:{body})", re.I)


@cache
def _counterpart(lang: str) -> re.Pattern[str] | None:
    words = langdata.load(lang, "contacts").get("pair_counterpart") or []
    return alternation(words)


def joined_pair(text: str, start: int, end: int, lang: str) -> bool:
    """Does the gap between two leaders' names join them ("A and B", "A and French
    President B")? Only the conjunction, or the conjunction and a title phrase: one with a
    clause mark, a number, a contact's word or its partner's ("and spoke with President")
    is a clause of its own."""
    joiner = contact_cues(lang).pair_joiner
    if joiner is None:
        return False
    if joiner.fullmatch(text, start, end):
        return True
    gap = text[start:end]
    titles, counterpart = _titles(lang), _counterpart(lang)
    if not joiner.match(gap) or not (titles is not None and titles.search(gap)
                                     or counterpart is not None and counterpart.search(gap)):
        return False
    if len(gap) > _TITLE_CHARS if lang == "zh" else len(gap.split()) > _TITLE_WORDS:
        return False
    partner = contact_cues(lang).partner_word
    return not (CLAUSE_BREAK.search(gap) or any(ch.isdigit() for ch in gap)
                or partner is not None and partner.search(gap)
                or type_spans(gap, lang) or weak_spans(gap, lang))
