"""A gathering of many countries told with a contact's word ("the G20 meeting", "an
international meeting", "многосторонние переговоры", "多边会谈"): no contact of two
leaders, so neither its caller nor its day is the contact's. The words are data
(multilateral in lang/*/contacts.yaml)."""

from __future__ import annotations

import re
from functools import cache

from readouts import lang as langdata
from readouts.extract.contacts.kinds import type_spans


@cache
def _many(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The words telling a gathering of many countries, right before a contact's word or
    right after it ("international meeting", "a summit of world leaders")."""
    words = langdata.load(lang, "contacts").get("multilateral") or []
    if not words:
        return None
    body = "|".join(f"(?:{w})" for w in words)
    return (re.compile(rf"(?:{body})\s*(?:\w+\s+)?$", re.I),
            re.compile(rf"\s*(?:\w+\s+)?(?:{body})", re.I))


def is_gathering(text: str, lang: str, calls: bool = True) -> bool:
    """Is the sentence's first contact a gathering of many countries ("the highest-profile
    international meeting")? ``calls=False``: a phone call is none ("запланирован
    международный телефонный разговор" is a call with a foreign leader)."""
    spans = type_spans(text, lang)
    if not spans or not calls and spans[0][3] == "phone_call":
        return False
    return gathering_at(text, spans[0][0], spans[0][1], lang)


def gathering_at(text: str, start: int, end: int, lang: str) -> bool:
    """Is the contact's word at ``start``-``end`` told of a gathering, or of an event attended
    by video ("Parteciperà quindi all'evento in videoconferenza")?"""
    many = _many(lang)
    return many is not None and (many[0].search(text[max(0, start - 40):start]) is not None
                                 or many[1].match(text, end, end + 120) is not None)
