"""Dates and parts of day in a sentence that are not the contact's, told by the words around
them (``not_the_contacts`` in ``lang/<iso>/dates.yaml``): a page's own stamp ("Modified 30
марта"), the time words were said or posted ("Ieri sera Zelensky aveva riferito su
Twitter"), the start of something else ("la guerra, iniziata lo scorso 24 febbraio"),
another contact ("ещё один международный разговор"), the newsroom's own "this evening" for
leaders who live by another clock, another event's time ("the attack this morning"); and the
date of an event a contact came on the eve of."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import cache
from zoneinfo import ZoneInfo

from readouts import knowledge
from readouts import lang as langdata
from readouts.extract.contacts.cues import CLAUSE

_STAMP_REACH = 30  # a stamp word this far before a date: "Aggiornato il 3 marzo 2025, 10:12"
_SAID_REACH = 60  # a speech verb this far after a time, in its clause: "Ieri sera X ha riferito",
# "Nel pomeriggio il presidente del Brasile Lula ha riferito"
_BEGAN_REACH = 25  # "iniziata lo scorso": a verb of beginning this far before a date
_AFTER_REACH = 40  # "dopo degli incontri": an "after" word this far before the contact's word
_EVENT_REACH = 50  # "the terrorist attack this": an event's noun this far before its time
_EVE_REACH = 80  # "alla vigilia dell'incontro di giovedì 15 maggio": the cue, its event, the date
_ASIDE = re.compile(r"^\s*[,，][^,;:.!?，；：。！？]{1,30}[,，]")
_NEAR_HOURS = 3  # a newsroom's "this evening" is still evening this many hours away
_DIGIT = re.compile(r"\d")
_ANOTHER_REACH = 60  # "another call in the afternoon": another contact this close to a time


@dataclass(frozen=True)
class _Cues:
    stamp: re.Pattern[str] | None
    said_after: re.Pattern[str] | None
    reaction_after: re.Pattern[str] | None
    began: re.Pattern[str] | None
    earlier_one: re.Pattern[str] | None
    another: re.Pattern[str] | None
    deictic: re.Pattern[str] | None
    eve_before: re.Pattern[str] | None
    eve_after: re.Pattern[str] | None
    event_before: re.Pattern[str] | None
    event_after: re.Pattern[str] | None
    after_contact: re.Pattern[str] | None
    newsroom: str | None  # the zone of the newsroom that writes the language ("Europe/Rome")
    zone_before: re.Pattern[str] | None  # "当地时间", "【新华社北京7月28日电】" before a time
    ended_before: re.Pattern[str] | None  # "ended at" right before a time
    ended_after: re.Pattern[str] | None  # "，中美元首会晤结束" after one
    started_before: re.Pattern[str] | None  # "began at" right before a time
    started_after: re.Pattern[str] | None  # "左右正式开场", "the talks began" after one


def _compile(patterns: list[str] | None, end: bool = False) -> re.Pattern[str] | None:
    if not patterns:
        return None
    src = "|".join(f"(?:{p})" for p in patterns)
    return re.compile(f"(?:{src})\\s*\\Z" if end else src, re.IGNORECASE)


@cache
def _cues(lang: str) -> _Cues:
    data = langdata.load(lang, "dates").get("not_the_contacts") or {}
    return _Cues(_compile(data.get("stamp"), end=True), _compile(data.get("said_after")),
                 _compile(data.get("reaction_after")),
                 _compile(data.get("began"), end=True),
                 _compile(data.get("earlier_one"), end=True), _compile(data.get("another")),
                 _compile(data.get("deictic")), _compile(data.get("eve_before"), end=True),
                 _compile(data.get("eve_after")), _compile(data.get("event_before"), end=True),
                 _compile(data.get("event_after")), _compile(data.get("after_contact"), end=True),
                 data.get("newsroom"), _compile(data.get("zone_before"), end=True),
                 _compile(data.get("ended_before"), end=True), _compile(data.get("ended_after")),
                 _compile(data.get("started_before"), end=True),
                 _compile(data.get("started_after")))


def stamped(text: str, start: int, lang: str) -> bool:
    """A date right after a page's stamp word ("Modified", "Aggiornato il", "Обновлено",
    "更新时间："): when the page was written or edited, no contact's day."""
    stamp = _cues(lang).stamp
    return stamp is not None and stamp.search(text, max(0, start - _STAMP_REACH), start) \
        is not None


def said_after(text: str, start: int, end: int, lang: str) -> int | None:
    """Where a speech verb after a time stands in its clause ("Ieri sera Zelensky aveva
    riferito su Twitter della telefonata"), or past the comma of a time fronted before its
    clause ("今（29）日下午，中国官方证实"; not "It took place on Wednesday, an aide said"):
    the time words were said, unless a contact's word comes before the verb (the caller's
    test)."""
    return _verb_after(_cues(lang).said_after, text, start, end, lang)


def reacted_after(text: str, start: int, end: int, lang: str) -> int | None:
    """Where a reaction's coming after a time stands in its clause ("Nella serata di ieri era
    arrivato il ringraziamento di Conte", "Late in the evening came the thanks of"): the
    time the reaction came, whose part of day is no contact's (its day may be)."""
    return _verb_after(_cues(lang).reaction_after, text, start, end, lang)


def _verb_after(verb: re.Pattern[str] | None, text: str, start: int, end: int,
                lang: str) -> int | None:
    """Where ``verb`` stands after a time, in its clause or past the comma of a time fronted
    before it (see ``said_after``)."""
    if verb is None:
        return None
    window = text[end:end + _SAID_REACH]
    m = verb.search(window)
    if m is None:
        return None
    head = window[:m.start()]
    before = text[:start].rstrip()
    cues = _cues(lang)
    if cues.zone_before is not None:  # "【…电】当地时间四日，": the time's zone and a dateline
        before = cues.zone_before.sub("", before).rstrip()
    if not before or CLAUSE.match(before[-1]):
        # a fronted time, past an aside too ("In serata, silente il Colle, è l'Eliseo a
        # comunicare")
        head = _ASIDE.sub("", head, count=1).lstrip(" ,，")
    return end + m.start() if CLAUSE.search(head) is None else None


def ended_then(text: str, start: int, end: int, lang: str) -> bool:
    """Is the time the one the contact ended at ("The meeting ended at 1:35 pm", "si è
    concluso alle 13.35", "завершились в 13:35", "下午1时35分，中美元首会晤结束")? A contact's
    part of day is the one it began in: its start, told elsewhere, or none."""
    cues = _cues(lang)
    if cues.ended_before is not None and _DIGIT.search(text, start, end) is not None \
            and cues.ended_before.search(text, max(0, start - _BEGAN_REACH), start) is not None:
        return True  # a clock time only: "si è concluso in serata" still tells its evening
    return cues.ended_after is not None and cues.ended_after.match(text, end) is not None


def started_then(text: str, start: int, end: int, lang: str) -> bool:
    """Is the clock time the one the contact began at ("The talks began at 10:07", "iniziato
    alle 11.20", "начались в 10:00", "上午11点20分左右正式开场")? With the time it ended at,
    told in another sentence, it gives the contact's length."""
    cues = _cues(lang)
    if cues.started_before is not None \
            and cues.started_before.search(text, max(0, start - _BEGAN_REACH), start) is not None:
        return True
    return cues.started_after is not None and cues.started_after.match(text, end) is not None


def began_on(text: str, start: int, lang: str) -> bool:
    """A date right after a verb of beginning ("iniziata lo scorso 24 febbraio", "which began
    on February 24"): the start of something else (a war, a visit), no contact's day."""
    began = _cues(lang).began
    return began is not None and began.search(text, max(0, start - _BEGAN_REACH), start) \
        is not None


def earlier_one_on(text: str, start: int, lang: str) -> bool:
    """A date right after the words counting an earlier contact ("questa seconda telefonata
    (la prima risale al 26 febbraio)", "the first was on February 26"): that one's day, not
    the reported contact's (it stays the mention's)."""
    earlier = _cues(lang).earlier_one
    return earlier is not None and earlier.search(text, max(0, start - _BEGAN_REACH), start) \
        is not None


def on_the_eve(text: str, start: int, end: int, lang: str) -> bool:
    """A date of the event a contact came on the eve of ("Alla vigilia dell'incontro di
    giovedì 15 maggio", "在5月15日谈判前夕"): the contact's day is the one before."""
    cues = _cues(lang)
    if cues.eve_before is not None and \
            cues.eve_before.search(text, max(0, start - _EVE_REACH), start) is not None:
        return True
    return cues.eve_after is not None and cues.eve_after.match(text, end) is not None


def of_an_event(text: str, start: int, end: int, lang: str) -> bool:
    """A part of day written onto another event's noun ("the attack this morning", "this
    morning's cowardly attack", "l'attentato di ieri sera", "今晨的袭击"): that event's time."""
    cues = _cues(lang)
    if cues.event_before is not None and cues.event_before.search(
            text, max(0, start - _EVENT_REACH), start) is not None:
        return True
    return cues.event_after is not None and cues.event_after.match(text, end) is not None


def after_phrase(text: str, cue: int, lang: str) -> int | None:
    """Where an "after" phrase opens right before the contact's word at ``cue`` ("ripartito
    oggi dopo degli incontri", "flew home after talks"): a date before it is of what came
    after the contact."""
    after = _cues(lang).after_contact
    m = after.search(text, max(0, cue - _AFTER_REACH), cue) if after is not None else None
    return m.start() if m is not None else None


def of_another(text: str, start: int, end: int, lang: str) -> bool:
    """A time next to "another call" ("еще один международный разговор во второй половине
    дня"): another contact's, even where it names nobody."""
    another = _cues(lang).another
    if another is None:
        return False
    lo, hi = max(0, start - _ANOTHER_REACH), end + _ANOTHER_REACH
    return another.search(text, lo, hi) is not None


def far_clocks(lang: str, side: str | None, zones: list[str], day: date | None) -> bool:
    """Is the newsroom's clock (the publisher's side's where known, else the language's
    newsroom's) none of ``zones`` (the place's, or the principals'), and one of them hours
    away? An Italian page's "questa sera" for a Xi-Putin call is Beijing's night; for
    Draghi's call with Biden it is Draghi's evening; for a meeting in St Petersburg it is
    near enough."""
    home = _country_zones().get(side) if side else _cues(lang).newsroom
    if home is None:
        return False
    when = datetime.combine(day or date.today(), time(12))

    def offset(zone: str) -> float:
        delta = when.replace(tzinfo=ZoneInfo(zone)).utcoffset()
        return delta.total_seconds() / 3600 if delta is not None else 0.0

    gaps = [abs(offset(z) - offset(home)) for z in zones]
    return bool(gaps) and min(gaps) >= 1 and max(gaps) > _NEAR_HOURS


def country_zone(country: str | None) -> str | None:
    """The zone a country's leader lives by, if known."""
    return _country_zones().get(country) if country else None


@cache
def _country_zones() -> dict[str, str]:
    return {str(k): str(v) for k, v in (knowledge.load("country_zones") or {}).items()}


def deictic(text: str, start: int, end: int, lang: str) -> bool:
    """A part of day told from the newsroom's today ("questa sera", "last night", "今晚"):
    the newsroom's clock, which is the contact's only where a principal lives by it."""
    pattern = _cues(lang).deictic
    if pattern is None:
        return False
    return any(m.start() <= start and end <= m.end() or start <= m.start() < end
               for m in pattern.finditer(text, max(0, start - 20), end + 20))


@cache
def _welcomed(lang: str) -> re.Pattern[str] | None:
    return _compile((langdata.load(lang, "contacts") or {}).get("welcomed_arrival"))


def welcomed_arrival(text: str, lang: str) -> bool:
    """An arrival at the contact's venue met by the host ("習近平乘車抵達總統府，受到杜達熱情
    迎接", "Meloni è arrivata al Quirinale alle 12.45, accolta da Mattarella"): the contact
    begins there, and the arrival's time is its time (``welcomed_arrival`` in
    ``lang/<iso>/contacts.yaml``)."""
    pattern = _welcomed(lang)
    return pattern is not None and pattern.search(text) is not None


@cache
def _arrived(lang: str) -> re.Pattern[str] | None:
    return _compile((langdata.load(lang, "contacts") or {}).get("arrived"))


def arrived(text: str, lang: str) -> bool:
    """A principal's arrival told right after a face-to-face lead ("La premier è arrivata alle
    ore 12.45", "Meloni arrived at 12:45 p.m."): the contact begins there (``arrived`` in
    ``lang/<iso>/contacts.yaml``)."""
    pattern = _arrived(lang)
    return pattern is not None and pattern.search(text) is not None


def gathering_arrivals(text: str, lang: str) -> list[tuple[int, int]]:
    """Where the sentence tells an arrival to attend a gathering ("arrived here this morning
    to attend the BIMSTEC Summit", "прибыл утром для участия в саммите"): a time told
    within it is the trip's, not that of the two leaders' contact held on the sidelines
    (``arrived_for_gathering`` in ``lang/<iso>/contacts.yaml``)."""
    pattern = _arrived_for_gathering(lang)
    return [m.span() for m in pattern.finditer(text)] if pattern is not None else []


@cache
def _arrived_for_gathering(lang: str) -> re.Pattern[str] | None:
    return _compile((langdata.load(lang, "contacts") or {}).get("arrived_for_gathering"))
