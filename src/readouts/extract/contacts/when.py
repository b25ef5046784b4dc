"""When the contact took place and for how long: date, part of day, duration."""

from __future__ import annotations

from functools import lru_cache

from readouts.extract.contacts.cues import contact_cues
from readouts.extract.contacts.facts import ContactFacts
from readouts.extract.contacts.kinds import contact_type, is_other_time, type_spans
from readouts.extract.contacts.parties import is_leader, names_in
from readouts.extract.time.dates import DateMention, find_dates, find_duration, find_part_of_day
from readouts.extract.time.dayparts import clock_part
from readouts.extract.time.durations import names_the_talk
from readouts.model import Sentence


def _best_date(dates: list[DateMention]) -> DateMention | None:
    if not dates:
        return None
    order = {"day": 0, "month": 1, "year": 2}
    return min(dates, key=lambda d: order.get(d.precision, 3))


def _date_of_contact(text: str, lang: str, dates: list[DateMention]) -> DateMention | None:
    """The finest date; among several, the one next to the contact's cue, not the agency
    dateline before it ("ROMA, 3 FEB 2026 - ... ha avuto ieri sera una telefonata")."""
    best = _best_date(dates)
    finest = [d for d in dates if best and d.precision == best.precision]
    spans = type_spans(text, lang)
    if len({d.value for d in finest}) < 2 or not spans:
        return best

    def gap(d: DateMention) -> int:
        return min(max(s[0] - d.end, d.start - s[1], 0) for s in spans)
    return min(finest, key=gap)


@lru_cache(maxsize=16)
def _dates(text: str, lang: str, ref: str | None, tense: str | None) -> tuple[DateMention, ...]:
    """The dates of a lead, asked of it by several date sources: read once."""
    return tuple(find_dates(text, lang, ref, tense))


def _contact_dates(text: str, lang: str, ref: str | None,
                   tense: str | None) -> list[DateMention]:
    """The dates of a sentence that can be its contact's: not the day a spokesman spoke
    ("the Kremlin said on Wednesday that ... spoke"), written right after a speech verb,
    where another day is named; alone, it is the best there is."""
    said_on = contact_cues(lang).said_on
    found = list(_dates(text, lang, ref, tense))
    if said_on is None:
        return found
    kept = [d for d in found if not said_on.search(text, max(0, d.start - 40), d.start)]
    return kept if any(d.precision == "day" for d in kept) else found


def said_on_only(text: str, lang: str, ref: str | None) -> bool:
    """Every day the sentence names is a day words were said."""
    said_on = contact_cues(lang).said_on
    days = [d for d in _dates(text, lang, ref, "past") if d.precision == "day"]
    return bool(days) and said_on is not None and all(
        said_on.search(text, max(0, d.start - 40), d.start) for d in days)


def wire_date(lines: list[str], lang: str, ref: str | None) -> str | None:
    """The day of a wire dateline opening the text ("MOSCA, 19 MAG –", "WASHINGTON, Sept 10
    (Reuters) -", "16 октября 2025, 18:19", "新华社北京7月28日电"): a news item's own day,
    read in the past from the page's date."""
    wire = contact_cues(lang).wire
    for line in lines:
        if not any(c.isdigit() for c in line[:60]):
            continue
        for d in find_dates(line[:60], lang, ref, "past"):
            if d.precision != "day" or not any(c.isdigit() for c in d.text):
                continue  # "Ieri, il Santo Padre": a word, no dateline
            head = line[:d.start]
            if head.strip(" ,") == "" or (wire is not None and wire.fullmatch(head)):
                return d.value
            break
    return None


# Two references months apart, one a leap day: a date written without its year resolves to
# the same month and day against both, a relative one ("yesterday") does not.
_PROBE_REFS = ("2000-02-29", "2000-08-31")


def partial_date(text: str, lang: str, tense: str | None) -> str | None:
    """"MM-DD" (or "MM") of a date written without a year, for accounts with no known date.

    Linking still needs it: Xinhua's "9月17日" must agree with the dated event it joins.
    """
    probes = [[d.value[5:] for d in find_dates(text, lang, ref, tense)
               if d.precision in ("day", "month")] for ref in _PROBE_REFS]
    common = [v for v in probes[0] if v in probes[1]]
    return max(common, key=len) if common else None


def fill_date(facts: ContactFacts, text: str, lang: str, ref: str | None,
               tense: str | None) -> None:
    dates = _contact_dates(text, lang, ref, tense)
    best = _date_of_contact(text, lang, dates)
    if best:
        facts.date, facts.date_precision = best.value, best.precision
        facts.evidence["date"] = text
        if best.part_of_day:
            facts.part_of_day = best.part_of_day
    elif ref is None:
        facts.partial = partial_date(text, lang, tense)
    if facts.part_of_day is None:
        facts.part_of_day = find_part_of_day(text, lang) or clock_part(text, lang)
        if facts.part_of_day:
            facts.evidence["part_of_day"] = text


def fill_duration(facts: ContactFacts, sentences: list[Sentence], lang: str) -> None:
    """How long the contact lasted: the first sentence of the account that says so of it,
    not of another contact ("Macron's call with Putin lasted two hours"); after a bound
    ("more than two hours"), the exact length said further on ("2 hours 5 minutes")."""
    for s in sentences:
        found = find_duration(s.text, lang)
        if not found or _of_another_contact(s, facts, lang):
            continue
        if facts.duration_minutes is None or found.minutes >= facts.duration_minutes:
            facts.duration_minutes = found.minutes
            facts.evidence["duration_minutes"] = s.text
        if not found.at_least:  # "more than two hours" may be told exactly further on
            return


def _of_another_contact(s: Sentence, facts: ContactFacts, lang: str) -> bool:
    """A sentence past the lead naming leaders none of whom is a principal of this one."""
    if s.i == facts.sentence:
        return False
    leaders = [a for a in names_in(s.text, lang, facts.date, None) if is_leader(a, facts.date)]
    return bool(leaders) and not any(a in facts.participants for a in leaders)


def part_in_paragraph(facts: ContactFacts, sentences: list[Sentence], lang: str) -> None:
    """The part of day said in the sentences after the lead that name the talk ("The call
    began at 11:04am"), not a contact of another time nor a note issued "this morning"."""
    for s in sentences:
        if not names_the_talk(s.text, lang) or is_other_time(s.text, lang):
            continue
        part = find_part_of_day(s.text, lang) or clock_part(s.text, lang)
        if part:
            facts.part_of_day = part
            facts.evidence["part_of_day"] = s.text
            return


def date_after_said(facts: ContactFacts, sentences: list[Sentence], lead: int, lang: str,
                     ref: str | None) -> None:
    """A lead dated only by the day a spokesman spoke: the next sentences about the
    contact may give its own day ("The two leaders spoke on Tuesday")."""
    for s in sentences[lead + 1:lead + 3]:
        if contact_type(s.text, lang) and not is_other_time(s.text, lang):
            fill_date(facts, s.text, lang, ref, "past")
            if facts.date:
                return


def date_elsewhere(facts: ContactFacts, title: str | None, lang: str, ref: str | None,
                    wire: str | None, fallback: str | None) -> None:
    """A lead without a date: the title ("telefonata di oggi"), the wire dateline, or the
    account's own date."""
    if title and find_dates(title, lang, ref, "past"):  # its part of day comes with a date
        fill_date(facts, title, lang, ref, "past")
        if facts.date:
            return
    for value, why in ((wire, "the wire dateline"),
                       (fallback, "publication date of the account")):
        if value:
            facts.date, facts.date_precision = value, "day"
            facts.evidence["date"] = why
            return
