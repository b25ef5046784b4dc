"""The days a text gives that are not its contact's own: the day words were said, a page's
stamp, a wire dateline ("MOSCA, 17 NOV -", "新华社北京7月28日电"); and the month and day of
a date written without its year, for accounts with no known date."""

from __future__ import annotations

import re
from functools import cache

from readouts.extract.contacts.cue_spans import said_at
from readouts.extract.contacts.cues import contact_cues
from readouts.extract.contacts.when_cues import stamped
from readouts.extract.time.dates import DateMention, find_dates
from readouts.extract.time.published import beside_a_weekday, off_the_page

_DATELINE = 60  # a dateline's date opens its line: "(ANSA) - MOSCA, 17 NOV -"


@cache
def _wire_end(lang: str) -> re.Pattern[str] | None:
    wire = contact_cues(lang).wire
    return re.compile(f"(?:{wire.pattern})\\Z") if wire is not None else None


def said_or_dateline(text: str, d: DateMention, lang: str) -> bool:
    """The day words were said or a page stamped ("Modified 30 марта") or a dateline's day
    ("MOSCA, 17 NOV -"): the story's days, the contact's only where it names no other. A
    date opening the sentence with its part of day ("3月14日上午，") is the lead's own."""
    if said_at(text, d.start, d.end, lang) or stamped(text, d.start, lang):
        return True
    wire_after = contact_cues(lang).wire_after
    if d.start <= _DATELINE and wire_after is not None and wire_after.match(text, d.end):
        return True  # "【香港中通社五日电】": whatever the agency, in numerals or in figures
    if d.start > _DATELINE or d.precision != "day" or not any(c.isdigit() for c in d.text):
        return False
    head, wire = text[:d.start], _wire_end(lang)
    if wire is not None and wire.search(head) is not None:
        return True
    # a date that opens the sentence with its part of day ("3月14日上午，…", "14 марта
    # вечером …") opens the lead: a dateline names no part of day; nor does one run on past
    # a comma into words ("8月25日，习近平同普京通电话"), where a dateline goes on with a time
    # ("16 октября 2025, 18:19"), a dash or a bracket
    return head.strip(" ,") == "" and d.part_of_day is None \
        and _CLAUSE_AFTER.match(text, d.end) is None


_CLAUSE_AFTER = re.compile(r"\s*[,，]\s*[^\W\d_]")


def wire_date(lines: list[str], lang: str, ref: str | None) -> str | None:
    """The day of a wire dateline opening the text ("MOSCA, 19 MAG –", "WASHINGTON, Sept 10
    (Reuters) -", "16 октября 2025, 18:19", "新华社北京7月28日电"): a news item's own day,
    read in the past from the page's date. A day after the page's own is no dateline: a
    site's ticker or clock saved with the page ("2024-11-23 07:18:40" over a 2017 story), nor
    one a month or more before it unless the agency's mark closes it (a repost of an agency
    item), nor is a date line beside a weekday line, the reader's calendar."""
    wire = contact_cues(lang).wire
    for i, line in enumerate(lines):
        if not any(c.isdigit() for c in line[:60]) or beside_a_weekday(lines, i, lang):
            continue
        for d in find_dates(line[:60], lang, ref, "past"):
            if d.precision != "day" or not any(c.isdigit() for c in d.text):
                continue  # "Ieri, il Santo Padre": a word, no dateline
            head = line[:d.start]
            if ref and len(ref) >= 10 and off_the_page(d.value, ref[:10]) and not (
                    d.value <= ref[:10] and _agency_marked(line, d, lang)):
                break
            if i and (_runs_on(line[d.end:]) or _CLAUSE_AFTER.match(line, d.end)):
                # "Il 10 marzo Putin aveva avuto un colloquio", "2025年10月30日，两人在釜山会面":
                # a later sentence opening on its own day, no dateline
                break
            if head.strip(" ,") == "" or (wire is not None and wire.fullmatch(head)):
                return d.value
            break
    return None


def _agency_marked(line: str, d: DateMention, lang: str) -> bool:
    """Does the agency's own mark close the date ("新华社北京5月15日电")? Then it is the item's
    dateline however long after it a site reposted it, not a stamp saved with the page."""
    wire_after = contact_cues(lang).wire_after
    return wire_after is not None and wire_after.match(line, d.end) is not None


def _runs_on(rest: str) -> bool:
    """Does a sentence's text go on right after its opening date, in words ("10 марта Путин
    провёл", "Il 10 marzo Putin aveva")? A dateline ends there, or goes on with a dash, a
    bracket, a comma and a time; a Chinese one with "电"."""
    first = rest.lstrip()[:1]
    return first.isalpha() and not _HAN.match(first)


_HAN = re.compile(r"[\u4e00-\u9fff]")


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
