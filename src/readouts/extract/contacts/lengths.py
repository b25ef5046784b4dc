"""How long a contact lasted: the first span of time an account ties to it, not one of
another contact, of a thing named in a relative clause ("the address, which lasted two
hours"), of the one-to-one part of talks held in two formats, or of talks held on a trip."""

from __future__ import annotations

import re

from readouts.extract.contacts.clock_span import fill_from_clock, fill_part_from_start
from readouts.extract.contacts.cues import contact_cues
from readouts.extract.contacts.facts import ContactFacts
from readouts.extract.contacts.kinds import paid_visit, type_spans, weak_spans
from readouts.extract.contacts.leaders import is_leader, names_in, of_another_contact
from readouts.extract.time.dates import find_dates, find_duration
from readouts.extract.time.durations import talk_spans
from readouts.model import Sentence
from readouts.text.clauses import CLAUSE_PUNCT

# Contacts that set the scene of talks: a span told of the trip ("the visit lasted 25 hours")
# or of the welcome ("整个欢迎仪式持续了近16分钟", "Церемония продлилась 15 минут") is theirs.
_SETTINGS = ("visit", "ceremony")


def fill_duration(facts: ContactFacts, sentences: list[Sentence], lang: str) -> None:
    """How long the contact lasted: the first sentence of the account that says so of it,
    not of another contact ("Macron's call with Putin lasted two hours", "Putin had
    already met the Pope, with whom he spent about an hour"); after a bound
    ("more than two hours"), the exact length said further on ("2 hours 5 minutes"); the
    clock's, from a start and an end told apart, where it is the whole of it."""
    two_formats: bool | None = None  # asked only once a sentence gives a length: most give none
    trip: bool | None = None
    for k, s in enumerate(sentences):
        found = find_duration(s.text, lang)
        if not found or _of_another_pair(s, facts, lang) \
                or _after_another_pair(sentences, k, facts, lang) \
                or _of_a_thing_named(s.text, found.start, lang) \
                or _of_the_last_time(sentences, k, facts, lang) \
                or _of_the_latter(s, facts, found.start, lang):
            continue
        if trip is None:
            trip = facts.type == "visit" and not paid_visit([s.text for s in sentences], lang)
        nearest = _nearest_kind(s.text, found.start, lang)
        if trip and nearest not in (None, "visit") \
                or nearest in _SETTINGS and nearest != facts.type:
            continue  # the visit's or the welcome ceremony's span is not the talks'
        if two_formats is None:
            two_formats = _in_two_formats(sentences, lang)
        if two_formats and _of_the_narrow_part(s.text, found.start, found.end, lang) \
                or _on_the_way(s.text, found.start, found.end, lang):
            continue
        if facts.duration_minutes is None or found.minutes >= facts.duration_minutes:
            facts.duration_minutes, facts.duration_bound = found.minutes, found.at_least
            facts.evidence["duration_minutes"] = s.text
        if not found.at_least:  # "more than two hours" may be told exactly further on
            _total_after(facts, sentences, k, lang)
            break
    fill_from_clock(facts, sentences, lang, lambda s: not _of_another_pair(s, facts, lang))
    # the same clock's start: the part of day it began in
    fill_part_from_start(facts, sentences, lang, lambda s: not _of_another_pair(s, facts, lang))


def _of_another_pair(s: Sentence, facts: ContactFacts, lang: str) -> bool:
    """A sentence past the lead naming no principal but other leaders, or one principal
    beside a third leader and not the pair ("Putin had already met Pope Francis, with whom
    he spent about an hour"): what it measures is that other contact. "The two leaders held a
    15-minute call in which Kishida told of his summit with Biden" still names the pair."""
    if of_another_contact(s, facts, lang):
        return True
    if s.i == facts.sentence:
        return False
    leaders = [a for a in names_in(s.text, lang, facts.date, None) if is_leader(a, facts.date)]
    if all(a in facts.participants for a in leaders) \
            or all(p in leaders for p in facts.participants):
        return False
    two = contact_cues(lang).two_leaders
    return two is None or two.search(s.text) is None


def _after_another_pair(sentences: list[Sentence], k: int, facts: ContactFacts,
                        lang: str) -> bool:
    """A length told past the lead in a sentence naming no leader ("此次通话时间约20分钟", "The
    call lasted about 20 minutes") right after one telling another pair's contact ("Kishida
    had spoken with Biden on the 5th"): that contact's length, not the account's."""
    s = sentences[k]
    if k == 0 or s.i == facts.sentence or names_in(s.text, lang, facts.date, None):
        return False
    before = sentences[k - 1]
    return before.i != facts.sentence and bool(type_spans(before.text, lang)) \
        and _of_another_pair(before, facts, lang)


_LATTER_REACH = 60  # from "quest'ultimo incontro" to the length told of it


def _of_the_latter(s: Sentence, facts: ContactFacts, start: int, lang: str) -> bool:
    """A length told past the lead right after "the latter" contact ("Quest'ultimo incontro è
    durato circa mezz'ora", "The latter meeting lasted half an hour"): the contact named last
    before it, another one (not one told further on in a sentence glued to it)."""
    latter = contact_cues(lang).latter_contact
    return latter is not None and s.i != facts.sentence and latter.search(
        s.text, max(0, start - _LATTER_REACH), start) is not None


_ANY_DAY = "2000-01-01"  # a reference day: only whether a sentence names a day counts


def _of_the_last_time(sentences: list[Sentence], k: int, facts: ContactFacts,
                      lang: str) -> bool:
    """A length told past the lead in a sentence opening on the last time they met, or in
    the one right after it naming no day of its own ("The last time they met was in October
    in Astana. Their bilateral meeting lasted an hour and a half"): that earlier contact's,
    not the reported one's ("... Today's talks lasted two hours" still is)."""
    last = contact_cues(lang).last_time
    s = sentences[k]
    if last is None or s.i == facts.sentence:
        return False
    if last.match(s.text):
        return True
    return k > 0 and last.match(sentences[k - 1].text) is not None \
        and not find_dates(s.text, lang, _ANY_DAY)


def _total_after(facts: ContactFacts, sentences: list[Sentence], after: int, lang: str) -> None:
    """A length told of the whole further on ("The second half lasted 1 hour 18 minutes. In
    total, the talks lasted about 3 hours 14 minutes", "в общей сложности", "in tutto",
    "总共"): the first was a part's, the total is the contact's."""
    total = contact_cues(lang).length_total
    if total is None:
        return
    for s in sentences[after + 1:]:
        words = total.search(s.text)
        found = find_duration(s.text, lang) if words else None
        if found is not None and not found.at_least and not _of_another_pair(s, facts, lang) \
                and found.minutes > (facts.duration_minutes or 0):
            facts.duration_minutes, facts.duration_bound = found.minutes, False
            facts.evidence["duration_minutes"] = s.text
            return


def _in_two_formats(sentences: list[Sentence], lang: str) -> bool:
    """Does the account tell of talks held in a wide format too ("в расширенном составе")?"""
    wide = contact_cues(lang).wide_format
    return wide is not None and any(wide.search(s.text) for s in sentences)


_NARROW_REACH = 50  # from a span of time to "тет-а-тет", "小范围", "solo dai rispettivi interpreti"


def _of_the_narrow_part(text: str, start: int, end: int, lang: str) -> bool:
    """Is the span of time told of the one-to-one part of a talk held in two formats
    ("Предварительная встреча тет-а-тет длилась 1 час", "小范围会谈持续一个小时")?"""
    narrow = contact_cues(lang).narrow_format
    return narrow is not None and narrow.search(
        text, max(0, start - _NARROW_REACH), min(len(text), end + _NARROW_REACH)) is not None


def _nearest_kind(text: str, start: int, lang: str) -> str | None:
    """The kind of contact the word nearest a span of time names. On a trip, which lasts
    days, a span told of talks ("Вчера у него с Моди состоялись неформальные переговоры,
    которые длились 2,5 часа") is their length, not the visit's; of talks, a span told of the
    visit ("Официальный визит длился 25 часов", "the visit lasted 25 hours") is the trip's,
    not theirs."""
    spans = [*((a, b, kind) for a, b, _, kind in (*type_spans(text, lang),
                                                   *weak_spans(text, lang))),
             *((a, b, "talk") for a, b in talk_spans(text, lang))]  # "held informal talks"
    # of its own clause first ("визит длился 25 часов, из них 14 часов он общался с …")
    spans = [span for span in spans if not CLAUSE_PUNCT.search(
        text, min(span[1], start), max(span[0], start))] or spans
    if not spans:
        return None
    nearest = min(spans, key=lambda span: min(abs(start - span[1]), abs(span[0] - start)))
    return nearest[2]


_WAY_REACH = 50  # from a span of time to "在车上", "in Putin's car" that it measures


def _on_the_way(text: str, start: int, end: int, lang: str) -> bool:
    """Is the span of time told, in its clause, of a talk in a car on the way to the contact
    ("两人在车上交谈了约一个小时", "they talked for about an hour in Putin's car"), or of a wait
    for it ("代表团在会谈现场等了两位领导人40多分钟", "the delegations waited for over 40
    minutes")? It is the ride's or the wait's length, not the meeting's."""
    cues = contact_cues(lang)
    return any(_in_clause_with(text, start, end, cue) for cue in (cues.on_the_way, cues.waited))


def _in_clause_with(text: str, start: int, end: int, way: re.Pattern[str] | None) -> bool:
    """Is a match of ``way`` near the span of time, with no clause break between them?"""
    if way is None:
        return False
    for m in way.finditer(text, max(0, start - _WAY_REACH), min(len(text), end + _WAY_REACH)):
        lo, hi = (m.end(), start) if m.end() <= start else (end, m.start())
        if not CLAUSE_PUNCT.search(text, lo, hi):
            return True
    return False


_RELATIVE_REACH = 30  # from "which", "которое" to the span of time its clause gives
_NOUN_REACH = 40  # from a contact's word to the "which" that refers back to it


def _of_a_thing_named(text: str, start: int, lang: str) -> bool:
    """Is the span of time at ``start`` in a relative clause about a noun that names no
    contact, and names none itself ("послание Федеральному Собранию, которое длилось более
    двух часов", "the address, which lasted two hours")? It is that thing's length, not the
    talk's."""
    relative = contact_cues(lang).relative
    if relative is None:
        return False
    which = None
    for which in relative.finditer(text, max(0, start - _RELATIVE_REACH), start):  # noqa: B007
        pass
    if which is None:
        return False
    words = [*type_spans(text, lang), *weak_spans(text, lang), *talk_spans(text, lang)]
    # the noun right before it, or one inside the clause ("precisando che il colloquio è
    # durato 40 minuti": "che" opens a clause about the talk itself)
    return not any(which.start() - _NOUN_REACH <= span[1] <= which.start()
                   or which.end() <= span[0] < start for span in words)
