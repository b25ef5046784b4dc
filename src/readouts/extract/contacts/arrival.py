"""An arrival for a visit: the story's contact is the visit, its talks part of the programme."""

from __future__ import annotations

import re
from functools import cache

from readouts import lang as langdata
from readouts.extract.contacts.kinds import type_spans
from readouts.text.alternation import alternation


@cache
def _arrival(lang: str) -> re.Pattern[str] | None:
    patterns = (langdata.load(lang, "contacts") or {}).get("arrival_visit")
    return alternation(patterns or [])


def arrival_visit(text: str, lang: str) -> bool:
    """Does the text tell of an arrival for, or the start of, a visit ("arrived in Delhi on
    an official visit", "抵达圣彼得堡，对俄罗斯进行正式访问并举行定期会晤") and of no contact
    outside it? Then the visit is the contact: the talks it names are part of its programme,
    while talks held by one who arrived ("Putin, who arrived on a state visit, held talks
    with Xi") are a meeting during the trip (``arrival_visit`` in
    ``lang/<iso>/contacts.yaml``)."""
    pattern = _arrival(lang)
    if pattern is None:
        return False
    spans = [m.span() for m in pattern.finditer(text)]
    if not spans:
        return False
    return all(kind == "visit" or any(a <= start and end <= b for a, b in spans)
               for start, end, _, kind in type_spans(text, lang))
