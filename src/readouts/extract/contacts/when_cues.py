"""Dates and parts of day in a sentence that are not the contact's, told by the words around
them (``not_the_contacts`` in ``lang/<iso>/dates.yaml``): a page's own stamp ("Modified 30
марта"), the time words were said or posted ("Ieri sera Zelensky aveva riferito su
Twitter"), the start of something else ("la guerra, iniziata lo scorso 24 febbraio"), and
another contact ("ещё один международный разговор")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from readouts import lang as langdata

_STAMP_REACH = 30  # a stamp word this far before a date: "Aggiornato il 3 marzo 2025, 10:12"
_SAID_REACH = 40  # a speech verb this far after a time, in its clause: "Ieri sera X ha riferito"
_BEGAN_REACH = 25  # "iniziata lo scorso": a verb of beginning this far before a date
_ANOTHER_REACH = 60  # "another call in the afternoon": another contact this close to a time
_ZH_CLAUSE = 12  # Chinese fronts a time before a comma: "今（29）日下午，中国官方证实"


@dataclass(frozen=True)
class _Cues:
    stamp: re.Pattern[str] | None
    said_after: re.Pattern[str] | None
    began: re.Pattern[str] | None
    another: re.Pattern[str] | None
    clause_end: re.Pattern[str]


def _compile(patterns: list[str] | None, end: bool = False) -> re.Pattern[str] | None:
    if not patterns:
        return None
    src = "|".join(f"(?:{p})" for p in patterns)
    return re.compile(f"(?:{src})\\s*\\Z" if end else src, re.IGNORECASE)


@cache
def _cues(lang: str) -> _Cues:
    data = langdata.load(lang, "dates").get("not_the_contacts") or {}
    return _Cues(_compile(data.get("stamp"), end=True), _compile(data.get("said_after")),
                 _compile(data.get("began"), end=True), _compile(data.get("another")),
                 re.compile(r"[,;:.!?，；：。！？]"))


def stamped(text: str, start: int, lang: str) -> bool:
    """A date right after a page's stamp word ("Modified", "Aggiornato il", "Обновлено",
    "更新时间："): when the page was written or edited, no contact's day."""
    stamp = _cues(lang).stamp
    return stamp is not None and stamp.search(text, max(0, start - _STAMP_REACH), start) \
        is not None


def said_after(text: str, end: int, lang: str) -> int | None:
    """Where a speech verb after a time stands in its clause ("Ieri sera Zelensky aveva
    riferito su Twitter della telefonata", "今（29）日下午，中国官方证实"): the time words
    were said, unless a contact's word comes before the verb (the caller's test)."""
    cues = _cues(lang)
    if cues.said_after is None:
        return None
    window = text[end:end + _SAID_REACH]
    m = cues.said_after.search(window)
    if m is None:
        return None
    head = window[:m.start()]
    if cues.clause_end.search(head) is None or (lang == "zh" and len(head) <= _ZH_CLAUSE):
        return end + m.start()
    return None


def began_on(text: str, start: int, lang: str) -> bool:
    """A date right after a verb of beginning ("iniziata lo scorso 24 febbraio", "which began
    on February 24"): the start of something else (a war, a visit), no contact's day."""
    began = _cues(lang).began
    return began is not None and began.search(text, max(0, start - _BEGAN_REACH), start) \
        is not None


def of_another(text: str, start: int, end: int, lang: str) -> bool:
    """A time next to "another call" ("еще один международный разговор во второй половине
    дня"): another contact's, even where it names nobody."""
    another = _cues(lang).another
    if another is None:
        return False
    lo, hi = max(0, start - _ANOTHER_REACH), end + _ANOTHER_REACH
    return another.search(text, lo, hi) is not None
