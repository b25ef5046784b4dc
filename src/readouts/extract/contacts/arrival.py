"""An arrival for a visit: the story's contact is the visit, its talks part of the programme."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from readouts import lang as langdata
from readouts.extract.contacts.arrival_purpose import talks_purpose_at
from readouts.extract.contacts.kinds import contact_type, type_spans
from readouts.extract.contacts.status import met_ahead
from readouts.extract.time.tense import sentence_tense
from readouts.model import Sentence
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
    ``lang/<iso>/contacts.yaml``). Not where the meeting is told in the future ("has arrived
    in Accra, where he will hold talks with Akufo-Addo", "抵达莫斯科，将举行定期会晤"): the
    story is written before it, and the planned meeting is its contact."""
    pattern = _arrival(lang)
    if pattern is None or met_ahead(text, lang) or talks_purpose_at(text, lang) is not None:
        return False  # (nor an arrival in a place for talks: they are ahead)
    spans = [m.span() for m in pattern.finditer(text)]
    if not spans:
        return False
    return all(kind == "visit" or any(a <= start and end <= b for a, b in spans)
               for start, end, _, kind in type_spans(text, lang))


def planned_kind(text: str, lang: str) -> str | None:
    """The type of a planned contact: a visit during which a meeting is told ahead ("will
    pay an official visit, during which he will meet Putin"), or an arrival for talks ("will
    arrive in Sochi on Thursday for talks with Putin"), is that meeting."""
    kind = contact_type(text, lang)
    return "meeting" if kind == "visit" and (
        met_ahead(text, lang) or talks_purpose_at(text, lang) is not None) else kind


@cache
def _arrived(lang: str) -> re.Pattern[str] | None:
    return alternation((langdata.load(lang, "contacts") or {}).get("arrived") or [])


_CLAUSE_END = re.compile(r"[,;:，；：]")


def visit_arrived(lead: str, title: str | None, title_kind: str | None, lang: str) -> bool:
    """Is the lead's contact the visit its arrival begins ("прибывшего с официальным
    визитом", "抵达…进行正式访问并举行会晤"), under a headline naming no other contact, or
    the visit too? The talks are then part of its programme."""
    return arrival_visit(lead, lang) and (
        title_kind in (None, "visit") or arrival_visit(title or "", lang)
        or any(span[3] == "visit" for span in type_spans(title or "", lang)))


def after_arrival(sentences: list[Sentence], i: int, lang: str) -> list[Sentence]:
    """The sentences with the ``i``-th less the arrival clause that opens its planned talks
    ("arrived in Moscow on Tuesday afternoon, and will hold the regular meeting", "20日下午
    抵达莫斯科，将举行会晤"), blanked to keep offsets: the arrival's day and hour are not the
    talks'."""
    return [*sentences[:i], _after_arrival(sentences[i], lang), *sentences[i + 1:]]


def _after_arrival(sentence: Sentence, lang: str) -> Sentence:
    purpose = talks_purpose_at(sentence.text, lang)  # "arrived on Sunday for talks with"
    if purpose is not None:
        if sentence_tense(sentence.text[:purpose], lang) != "past":
            return sentence  # (one still ahead, "potrebbe arrivare giovedì per un incontro")
        return replace(sentence, text=" " * purpose + sentence.text[purpose:])
    arrived = _arrived(lang)
    found = arrived.search(sentence.text) if arrived is not None else None
    end = _CLAUSE_END.search(sentence.text, found.end()) if found else None
    if end is None or sentence_tense(sentence.text[:end.start()], lang) == "future":
        return sentence  # (an arrival ahead, "将于25日抵达莫斯科，举行会晤", dates its talks)
    return replace(
        sentence, text=" " * end.end() + sentence.text[end.end():])
