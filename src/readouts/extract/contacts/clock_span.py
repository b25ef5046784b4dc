"""How long a contact lasted from the clock times its account gives it began and ended at,
told in different sentences ("16日上午8点46分,习近平同拜登举行视频会晤。…于12点24分,双方会晤结束",
"The talks began at 10:07. … The meeting ended at 11:55"): from the first start to the last
end, across the halves or formats in between. A sentence holding both is read by
``durations.find_duration`` already. The clock time it began at also gives its part of day,
whatever part its end is told in."""

from __future__ import annotations

from collections.abc import Callable

from readouts.extract.contacts.facts import ContactFacts
from readouts.extract.contacts.when_cues import ended_then, started_then
from readouts.extract.time.dayparts import clock_spans, clock_times, part_spans
from readouts.extract.time.durations import names_the_talk
from readouts.model import Sentence

_ATTACHED = 3  # characters between a part-of-day word and the clock time it qualifies
_LONGEST = 600  # minutes: a longer span joins times of different days or events
_ROUNDED = 0.25  # a stated length this far below the clock's is the same one, rounded down


def clock_span(sentences: list[Sentence], lang: str,
               own: Callable[[Sentence], bool]) -> tuple[int, str] | None:
    """The minutes from the first start time to the latest end time the account's sentences
    about the contact give (``own`` says a sentence is of it), with the end's sentence."""
    starts: list[int] = []
    ends: list[tuple[int, str]] = []
    for s in sentences:
        if not names_the_talk(s.text, lang) or not own(s):
            continue
        for start, end, minutes in clock_times(s.text, lang):
            if ended_then(s.text, start, end, lang):
                ends.append((minutes, s.text))
            elif started_then(s.text, start, end, lang):
                starts.append(minutes)
    if not starts or not ends:
        return None
    spans = [(_minutes(starts[0], end), text) for end, text in ends]
    spans = [(m, text) for m, text in spans if 0 < m <= _LONGEST]
    return max(spans) if spans else None


def _minutes(start: int, end: int) -> int:
    """From start to end on a clock read as written ("下午2时10分" is 2:10): on a 12-hour one
    when the 24-hour difference passes half a day."""
    minutes = (end - start) % 1440
    return minutes - 720 if minutes > 720 else minutes


def fill_from_clock(facts: ContactFacts, sentences: list[Sentence], lang: str,
                    own: Callable[[Sentence], bool]) -> None:
    """The clock's length replaces the stated one where it is the whole of it: none stated,
    a lower bound it passes ("超3个小时"), a round length it restates from below ("两小时许"
    for 135; not "约80分钟" for clock times 70 minutes apart, the page's own rounding), or
    the length of a part read from a sentence's own two times (the first half's)."""
    got = clock_span(sentences, lang, own)
    if got is None:
        return
    minutes, text = got
    stated = facts.duration_minutes
    part = stated is not None and len(clock_times(
        facts.evidence.get("duration_minutes", ""), lang)) >= 2 and minutes > stated
    if stated is None or part or facts.duration_bound and minutes >= stated \
            or stated <= minutes <= stated * (1 + _ROUNDED):
        facts.duration_minutes, facts.duration_bound = minutes, False
        facts.evidence["duration_minutes"] = text


def fill_part_from_start(facts: ContactFacts, sentences: list[Sentence], lang: str,
                         own: Callable[[Sentence], bool]) -> None:
    """A held contact's part of day is the one it began in: the clock time its account says
    it began at ("Встреча началась в 14:00" after "Вечером … завершились переговоры"; "началась
    в 15.25 … и завершилась в районе девяти вечера") over the part its end was told in."""
    if facts.status != "held":
        return
    for s in sentences:
        if not names_the_talk(s.text, lang) or not own(s):
            continue
        words = part_spans(s.text, lang)
        for start, end, part in clock_spans(s.text, lang):
            if started_then(s.text, start, end, lang) and not ended_then(s.text, start, end, lang):
                # the part's word written with the clock ("下午2时10分") tells it, not the clock
                part = next((w[2] for w in words if start - _ATTACHED <= w[1] <= start), part)
                if part != facts.part_of_day:
                    facts.part_of_day = part
                    facts.evidence["part_of_day"] = s.text
                return
