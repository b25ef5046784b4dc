"""The date of an undated document, from what its text says.

A dateline near the top wins; else the latest full date outside future sentences (also one
written in a language the text quotes, ``quoted_dates``: an English post's "August 27, 2024"
in an Italian article), or the latest year named (or implied by an anniversary of a known
event); a weekday written with a day and month dates the page only in a year the text
names; a period such as "the first nine months" moves a bare year to the month after it.
A page is never dated by a guess: a weekday matching its day in some year (one in about
six), or the years its people held office, give no year (the convention of the trial sets:
"a day and month without a year give no date"). Each sentence is read once, so the cost
grows with the text alone.
Above both ``dates`` and ``periods``: neither imports this module.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from readouts import lang as langdata
from readouts.extract.figures.numbers import parse_number, parse_zh
from readouts.extract.time.date_grammar import lexicon
from readouts.extract.time.dates import find_dates, weekday_dates
from readouts.extract.time.periods import find_periods
from readouts.extract.time.tense import tense_from, tense_marks
from readouts.text.alternation import alternation
from readouts.text.sentences import split_sentences


@cache
def _anniversaries() -> tuple[dict, ...]:
    return tuple(langdata.load("en", "anniversaries").get("events") or [])


@cache
def _anniversary_number(lang: str) -> re.Pattern[str] | None:
    pats = (langdata.load("en", "anniversaries").get("number") or {}).get(lang) or []
    return alternation(pats)


def _anniversary_year(text: str, lang: str) -> tuple[int, str] | None:
    """Year of an anniversary of a known event: '75th anniversary of ... relations' + 1949."""
    number = _anniversary_number(lang)
    if number is None:
        return None
    best = None
    for m in number.finditer(text):
        raw = next(g for g in m.groups() if g)
        n = int(raw) if raw.isdigit() else (parse_zh(raw) if lang == "zh"
                                            else parse_number(raw, lang))
        if not n:
            continue
        window = text[max(0, m.start() - 80):m.end() + 160]
        for event in _anniversaries():
            cues = (event.get("cues") or {}).get(lang) or []
            if any(re.search(c, window, re.IGNORECASE) for c in cues):
                year = int(event["year"]) + int(n)
                if best is None or year > best[0]:
                    best = (year, f"{m.group(0)} ({event['id']}, {event['year']})")
                break
    return best


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# An embedded post's stamp: "— Narendra Modi (@narendramodi) August 27, 2024"
_POST_STAMP = re.compile(r"\(@\w+\)\s*$")
# before a date opening its sentence: "On the evening of", "Il", "ROMA,", nothing
_OPENS = re.compile(r"^\W*(?:\w+\W+){0,4}$")
# A news page's address dated by its archive path: "/2020/09/14/", "/2025-07-02/",
# "/date/2019/12/page/374" (year and month), "/20250702/" — never a bare number.
# "/2025/10/17/", "/2025-10/17/", "/2021/0408/", "/20250317/", a month alone "/202209/"
_URL_DATE = re.compile(
    r"/(?P<y>(?:19|20)\d\d)(?:[/-](?P<m>0[1-9]|1[0-2])(?:[/-]?(?P<d>0[1-9]|[12]\d|3[01]))?"
    r"|(?P<m2>0[1-9]|1[0-2])(?P<d2>0[1-9]|[12]\d|3[01])?)(?=[/_.?#-]|$)")


def url_date(url: str | None) -> tuple[str, str] | None:
    """(value, precision) of the date a page's address is archived under, if any; never a
    year to come: an article's number that opens like one ("/206409.vnp", VietnamPlus) is
    no archive path, and a page is not written after today."""
    m = _URL_DATE.search((url or "").split("?", 1)[0])
    if m is None or int(m["y"]) > date.today().year:
        return None
    month, day = m["m"] or m["m2"], m["d"] or m["d2"]
    if day:
        try:
            return date(int(m["y"]), int(month), int(day)).isoformat(), "day"
        except ValueError:
            return None
    return f"{m['y']}-{month}", "month"
_LEDE_SENTENCES = 2  # the title and the lede ("Visits Buhari - On Tuesday, September 12, 2017")
_DATELINE_CHARS = 40  # a dateline's date opens the text: "MOSCOW, December 7 -", "12 March ..."
# A year before this is history a text recalls ("un'immagine del 1600", "the Congress of
# Vienna in 1815"), never the year a report of leaders' contacts was written.
_HISTORY_BEFORE = 1945


def infer_published(text: str, lang: str) -> tuple[str, str, str] | None:
    """(value, precision, evidence) for an undated document, from what its text says.

    A dateline near the top wins; else the latest full date outside future sentences, or
    the latest year named (or implied by an anniversary). A period such as "the first nine
    months of the year" moves the date to the month after it at the earliest. A weekday
    date with no year named ("В воскресенье, 15 апреля") dates nothing: the latest year it
    fits (2018) or one its people held office in is a guess, wrong for Putin as prime
    minister beside Yanukovych (2012).
    """
    stamp = _stamped_date(text, lang) or _byline_under_calendar(text, lang)
    if stamp:
        return stamp
    first_line = text.lstrip()[:200].split("\n", 1)[0]
    for d in find_dates(first_line, lang, None):
        if d.precision == "day" and not d.relative and d.start < _DATELINE_CHARS:
            return d.value, "day", f"dateline: {d.text}"
    text = _without_calendar(text, lang)
    this_year = date.today().year
    full: tuple[str, str] | None = None
    stamped = False  # the latest full date stamps the page (a post, a lede), not recalled
    year: tuple[int, str] | None = None
    sentences = [text[s:e] for s, e in split_sentences(text, lang)]
    quoted = [str(x) for x in langdata.load(lang, "dates").get("quoted_dates") or []]
    for k, sentence in enumerate(sentences):
        found = find_dates(sentence, lang, None)
        for other in quoted if _YEAR.search(sentence) else ():  # "— Modi (@x) August 27, 2024"
            found += [d for d in find_dates(sentence, other, None)
                      if d.precision == "day" and not d.relative]
        marks = tense_marks(sentence, lang) if found else None
        for d in found:
            if d.relative or int(d.value[:4]) > this_year + 1 \
                    or int(d.value[:4]) < _HISTORY_BEFORE:
                continue
            if marks and tense_from(marks, d.start) == "future" \
                    and not _POST_STAMP.search(sentence, 0, d.start):
                continue  # its own sentence's tense (a post's stamp is not the post's words')
            if _of_a_document(sentence[:d.start], lang):  # "Law No. 270/96-VR of July 3, 1996"
                continue
            if d.precision == "day" and (full is None or d.value > full[0]):
                full = (d.value, d.text)
                # a post's stamp, a date opening its line (a lede's, "2026年11月8日上午，…", a
                # photo caption's, "2024年9月2日,中國北京,圖為…") or the lede's first words
                stamped = _POST_STAMP.search(sentence, 0, d.start) is not None \
                    or _OPENS.match(sentence[:d.start]) is not None \
                    or k < _LEDE_SENTENCES and d.start < _DATELINE_CHARS
            y = int(d.value[:4])
            if year is None or y > year[0]:
                year = (y, d.text)
    if full is None:  # a repost naming its original's address ("published at https://…/2023/03/03/")
        full = _address_date(text)
        stamped = full is not None
    anniv = _anniversary_year(text, lang)
    if anniv and anniv[0] <= this_year + 1 and (year is None or anniv[0] > year[0]):
        year = (anniv[0], f"anniversary: {anniv[1]}")
    if full and (year is None or int(full[0][:4]) >= year[0]):
        if stamped:
            return full[0], "day", f"date in text: {full[1]}"
        # the latest day a text recalls ("il 3 dicembre 2009") is one the page was written on
        # or after: its year alone stands for the page, so "domani" is not the day after it
        # and "il 22 luglio" takes no year from it
        return full[0][:4], "year", f"date in text: {full[1]}"
    if year is None:
        return None
    by_weekday = _weekday_date(text, lang, year)
    if by_weekday:
        return by_weekday
    bound = _period_bound(sentences, lang, year[0])
    if bound:
        return f"{year[0]:04d}-{bound[0]:02d}", "month", f"{year[1]}; after {bound[1]}"
    return str(year[0]), "year", f"year: {year[1]}"


@cache
def _document(lang: str) -> re.Pattern[str] | None:
    words = (langdata.load(lang, "dates").get("not_the_contacts") or {}).get("document") or []
    return re.compile("|".join(f"(?:{w})" for w in words), re.IGNORECASE) if words else None


def _of_a_document(before: str, lang: str) -> bool:
    """Does a law's or decree's number or name end the text before a date ("Law of Ukraine
    No. 270/96-VR of July 3, 1996" in a site's legal footer)? The date is the document's."""
    document = _document(lang)
    return document is not None and document.search(before[-60:]) is not None


_STAMP_LINES = 12  # a page's own stamp sits in its head: "发布时间:2017-04-07 22:40"


@cache
def _stamp(lang: str) -> re.Pattern[str] | None:
    words = (langdata.load(lang, "dates").get("not_the_contacts") or {}).get("stamp") or []
    return alternation(words)


def _stamped_date(text: str, lang: str) -> tuple[str, str, str] | None:
    """The day a line of the page's head labels as its own ("发布时间:2017-04-07",
    "Опубликовано: 12 марта 2024"): it beats any bare date above it, a site's ticker."""
    stamp = _stamp(lang)
    if stamp is None:
        return None
    for line in text.lstrip().split("\n")[:_STAMP_LINES]:
        m = stamp.search(line)
        if m is None:
            continue
        for d in find_dates(line[m.end():m.end() + 40], lang, None):
            if d.precision == "day" and not d.relative and d.start < 4:
                return d.value, "day", f"stamp: {line.strip()}"
    return None


# a clock time right after a day: "09 Jan, 2019 01:49 AM", "9 января 2019, 01:49"
_CLOCK = re.compile(r"[\s,|·-]*(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d%])")


def _calendar_line(line: str, lang: str) -> bool:
    """Is the line a weekday and a day alone ("Monday, December 29, 2025", "2025年12月29日
    星期一")? Sites print the reader's today so above every page they serve."""
    found = [d for d in find_dates(line, lang, None) if d.precision == "day"]
    if len(found) != 1:
        return False
    rest = (line[:found[0].start] + " " + line[found[0].end:]).strip(" ,.\t").lower()
    weekdays = lexicon(lang).weekdays
    opening = found[0].text.lower().split(",")[0].split(" ")[0]
    return rest in weekdays or (not rest and opening in weekdays)


def _byline_under_calendar(text: str, lang: str) -> tuple[str, str, str] | None:
    """The day of a byline with its clock time ("IANS, 09 Jan, 2019 01:49 AM") under a
    calendar line opening the page: the calendar is the day the page was served (a 2019 wire
    item under "Monday, December 29, 2025"), the byline the day the item was written."""
    lines = [line for line in text.lstrip().split("\n")[:_STAMP_LINES] if line.strip()]
    if not lines or not _calendar_line(lines[0], lang):
        return None
    for line in lines[1:]:
        for d in find_dates(line, lang, None):
            if d.precision == "day" and not d.relative and _CLOCK.match(line[d.end:]):
                return d.value, "day", f"byline: {line.strip()}"
    return None


# a page carries a wire item within days of its dateline: a date line a month or more before
# the page's own day is some other stamp saved with it (an archive's, a sidebar's)
_STALE = timedelta(days=31)


def off_the_page(day: str, page: str) -> bool:
    """Is a dateline's day no day of the page that holds it: after the page's own date (a
    site's clock, "2024-11-23 07:18:40" over a 2017 story) or a month or more before it
    ("21 luglio 2021" over a 2023 item)?"""
    if day[:len(page)] > page:
        return True
    return len(day) >= 10 and len(page) >= 10 and \
        date.fromisoformat(page[:10]) - date.fromisoformat(day[:10]) >= _STALE


def beside_a_weekday(lines: list[str], i: int, lang: str) -> bool:
    """Is line ``i`` next to a line holding only a weekday ("2026-01-27" / "星期二")? A date
    alone there is a site's calendar showing the reader's today, not the page's date."""
    weekdays = lexicon(lang).weekdays
    return any(lines[j].strip().lower() in weekdays for j in (i - 1, i + 1)
               if 0 <= j < len(lines))


def _without_calendar(text: str, lang: str) -> str:
    """The text less a site's calendar line (see ``beside_a_weekday``)."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if not beside_a_weekday(lines, i, lang):
            continue
        found = find_dates(line, lang, None)
        if found and found[0].start == len(line) - len(line.lstrip()) \
                and found[0].end >= len(line.rstrip()):
            lines[i] = " " * len(line)
    return "\n".join(lines)


_ADDRESS = re.compile(r"https?://[^\s\"'<>)\]]+")


def _address_date(text: str) -> tuple[str, str] | None:
    """The day of the first address in the text archived under one, as (value, evidence)."""
    for m in _ADDRESS.finditer(text):
        found = url_date(m.group(0))
        if found and found[1] == "day":
            return found[0], m.group(0)
    return None


def _weekday_date(text: str, lang: str, year: tuple[int, str]) -> tuple[str, str, str] | None:
    """"Giovedì 17 settembre" in a text naming 2015: that day, where it is a Thursday in
    the year named (no later than today)."""
    today = date.today()
    for w in weekday_dates(text, lang, today.year):
        if year[0] in w.years and date(year[0], w.month, w.day) <= today:
            return (f"{year[0]:04d}-{w.month:02d}-{w.day:02d}", "day",
                    f"weekday: {w.text} falls on that weekday in {year[0]}; {year[1]}")
    return None


def _period_bound(sentences: list[str], lang: str, year: int) -> tuple[int, str] | None:
    """The earliest month a document can date from, given the periods of ``year`` it reports
    ("the first nine months", "from January to October"). A month named alone is no period
    of figures but the month of some event ("their last summit was in August 2011"): the
    page was written any time after it, and a day it tells without a month ("周四(25日)")
    is not of the month after."""
    best = None
    for sentence in sentences:
        early = {(p.start, p.period_start, p.period_end)
                 for p in find_periods(sentence, lang, f"{year}-11-30")}
        for p in find_periods(sentence, lang, f"{year}-12-31"):
            if (p.start, p.period_start, p.period_end) not in early:
                continue  # "last month" moves with the document's date: it bounds nothing
            if p.period_start == p.period_end:
                continue  # a month named alone ("2011年8月", "in April 2022") is an event's
            if len(p.period_end) == 7 and p.period_end.startswith(str(year)):
                month = int(p.period_end[5:7]) + 1
                if month <= 12 and (best is None or month > best[0]):
                    best = (month, p.text)
    return best
