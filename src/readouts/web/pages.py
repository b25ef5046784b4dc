"""What the page handlers hand to templates: cleaned filters, charts, template filters."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import quote, urlencode

from babel import Locale, UnknownLocaleError
from jinja2 import Environment
from markupsafe import Markup

from readouts.model import EVENT_TYPES, Event
from readouts.store import FigureRow, Store, queries
from readouts.store.corrections import EVENT_FIELDS
from readouts.store.figures import figures as stored_figures
from readouts.store.filters import EventFilter, select_events
from readouts.store.filters import count_events as stored_count
from readouts.store.queries import SearchFilter
from readouts.text.scripts import CYRILLIC, HAN
from readouts.web.charts import Point, conflicts, figures_svg, human
from readouts.web.views import NO_SIDE, ContactView, contact_view

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_COUNTRY = re.compile(r"^[A-Za-z]{3}$")


@dataclass
class Filters:
    """The contact filters a visitor set, with malformed values dropped."""

    person: str = ""
    a: str = ""
    b: str = ""
    type: str = ""
    since: str = ""
    until: str = ""
    source: str = ""
    compared: bool = False

    def event_filter(self, **change: Any) -> EventFilter:
        countries = [c for c in (self.a, self.b) if c]
        return EventFilter(**{
            "actor": self.person or None, "since": self.since or None,
            "until": self.until or None, "type": self.type or None,
            "source": self.source or None, "compared": self.compared,
            "country_pair": (countries[0], countries[-1]) if countries else None, **change})

    def query(self, **change: Any) -> str:
        values = {**self.__dict__, **change}
        return urlencode({k: (1 if v is True else v) for k, v in values.items() if v})


def events(store: Store, f: EventFilter, limit: int, offset: int = 0) -> list[Event]:
    """Contacts passing the filter, newest first."""
    with store.engine.connect() as conn:
        rows = conn.execute(select_events(conn, f).limit(limit).offset(offset)).all()
        return queries.events_from_rows(conn, rows)


def count_events(store: Store, f: EventFilter) -> int:
    """How many stored contacts the filter keeps."""
    with store.engine.connect() as conn:
        return stored_count(conn, f)


def clean_filters(person: str | None, a: str | None, b: str | None, type_: str | None,
                  since: str | None, until: str | None, source: str | None,
                  compared: bool = False) -> Filters:
    """The list filters a visitor gave, cleaned: a person resolved to an actor id, a
    country code, a type, a day that is not well formed left empty."""
    def country(value: str | None) -> str:
        return value.strip().upper() if value and _COUNTRY.match(value.strip()) else ""

    def day(value: str | None) -> str:
        return value.strip() if value and _DATE.match(value.strip()) else ""

    return Filters(person=person_id(person), a=country(a), b=country(b),
                   type=type_ if type_ in EVENT_TYPES else "", since=day(since),
                   until=day(until), source=(source or "").strip(), compared=compared)


_ACTOR_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)+$")


def person_id(value: str | None) -> str:
    """The actor id a visitor means: an id as given, or a name in any of the four
    languages resolved through the knowledge base ("Путин", "习近平", "Giorgia Meloni")."""
    value = (value or "").strip()
    if not value or _ACTOR_ID.match(value):
        return value
    from readouts.extract.people.actors import actor_index  # the index loads on first use

    langs = ["ru"] if CYRILLIC.search(value) else ["zh"] if HAN.search(value) else ["en", "it"]
    for lang in langs:
        for form in dict.fromkeys((value, value.title())):  # "giorgia meloni" too
            found = actor_index().resolve_name(form, lang, None)
            if found:
                return found
    return value


def clean_search(lang: str | None, side: str | None, source: str | None,
                 topic: str | None) -> SearchFilter:
    """The search filters a visitor set; blanks mean any."""
    side = (side or "").strip().upper()
    return SearchFilter(language=(lang or "").strip().lower() or None,
                        side=side if _COUNTRY.match(side) else None,
                        source=(source or "").strip() or None, topic=(topic or "").strip() or None)


def person(actor: str | None) -> str:
    """An actor id as a name: 'xi-jinping' -> 'Xi Jinping'."""
    return actor.replace("-", " ").title() if actor else ""


@lru_cache(maxsize=64)
def language_name(code: str | None) -> str:
    """A language's name in that language (中文, русский), from CLDR via Babel."""
    if not code:
        return ""
    try:
        return Locale.parse(code).get_display_name(code) or code
    except (UnknownLocaleError, ValueError):
        return code


def fact_value(value: Any, field_name: str = "") -> str:
    """A discrepancy's value as a reader wants it: people by name, types in words,
    durations in minutes; never a Python list's repr."""
    if isinstance(value, list | tuple):
        return ", ".join(fact_value(v, field_name) for v in value) or "none"
    if value is None:
        return "not stated"
    if field_name in ("participants", "attendees", "initiated_by"):
        return person(str(value))
    if field_name == "duration_minutes":
        return f"{value} minutes"
    return str(value).replace("_", " ") if field_name in ("type", "status", "part_of_day") \
        else str(value)


def event_title(event: Event) -> str:
    """A contact's title: its participants, type and date."""
    who = " – ".join(person(p) for p in event.participants) or "Unknown participants"
    return f"{who}: {event.type.replace('_', ' ')}, {event.date or 'undated'}"


def contact_href(event_id: str | None, readout_id: str, sentence: int) -> str:
    """The link to a sentence: on its contact's page, else on its readout's."""
    if event_id:
        return f"/contacts/{quote(event_id, safe='')}#s-{readout_id}-{sentence}"
    return f"/readouts/{quote(readout_id, safe='')}#s-{readout_id}-{sentence}"


def contact(store: Store, event: Event) -> ContactView:
    """The contact page: its accounts side by side, the contacts they mention, and the
    accounts that mention it in passing."""
    readouts = store.readouts_for_event(event.id)
    with store.engine.connect() as conn:
        mentioning = queries.load_readouts(conn, event.mentioned_in)
        view = contact_view(event, readouts, store.comparison(event.id),
                            [mentioning[i] for i in event.mentioned_in if i in mentioning])
        view.mentions = [e for e in queries.mentioned_events(conn, [r.id for r in readouts])
                         if e.id != event.id]
        view.mentioned_by = queries.readout_labels(conn, event.mentioned_in)
    return view


def figures(store: Store, about: str | None, unit: str | None, filters: Filters
            ) -> list[FigureRow]:
    """Figures of a measure, limited to the filters' contacts when any filter is set."""
    contacts = filters.event_filter()
    with store.engine.connect() as conn:
        return stored_figures(conn, about, unit,
                               contacts if contacts != EventFilter() else None)


def timeline_years(events: list[Event]) -> dict[str, Any]:
    """Per year, contacts by type and how many were held or planned; undated ones apart."""
    years: dict[int, list[Event]] = {}
    undated = 0
    for e in events:
        if e.date and e.date[:4].isdigit():
            years.setdefault(int(e.date[:4]), []).append(e)
        else:
            undated += 1
    span = range(min(years), max(years) + 1) if years else range(0)
    return {"years": [{
        "year": year, "total": len(years.get(year, [])),
        "by_type": dict(Counter(e.type for e in years.get(year, []))),
        "planned": sum(e.status == "planned" for e in years.get(year, [])),
        "events": [e.id for e in years.get(year, [])],
    } for year in span], "undated": undated}


def figures_chart(rows: list[FigureRow], unit: str | None
                  ) -> tuple[str | None, Markup, list[tuple[FigureRow, bool]], list[FigureRow]]:
    """Chart one unit (the commonest unless chosen) of the figures that happened; return it
    with their table rows and conflicts, and the targets and forecasts, listed apart."""
    if not rows:
        return unit, Markup('<p class="empty">No figures stored for this measure.</p>'), [], []
    unit = unit or Counter(r.unit for r in rows).most_common(1)[0][0]
    targets = [r for r in rows if r.unit == unit and r.target]
    rows = [r for r in rows if r.unit == unit and not r.target]
    points = []
    for r in rows:
        period = f"{r.about}|{r.period_start or ''}/{r.period_end or ''}" if (
            r.period_start or r.period_end) else None
        when = r.period_end or r.period_start or r.published or ""
        label = (f"{r.text} = {human(r.value)} {r.unit} ({r.qualifier}) — {r.source}"
                 f"{' (' + r.side + ')' if r.side else ''}, {r.published or 'undated'}: "
                 f"{r.sentence_text}")
        points.append(Point(when=when, value=r.value, label=label, group=r.side or r.source,
                            href=contact_href(r.event_id, r.readout_id, r.sentence),
                            period=period, qualifier=r.qualifier, claimant=r.readout_id))
    bad = conflicts(points)
    table = [(r, n in bad) for n, r in enumerate(rows)]
    table.sort(key=lambda item: (item[0].period_end or item[0].period_start
                                 or item[0].published or ""), reverse=True)
    chart = figures_svg(points, unit) if points else Markup(
        '<p class="empty">Only targets and forecasts are stored for this measure.</p>')
    return unit, chart, table, targets


def figure_groups(store: Store) -> list[tuple[str, str, str, int]]:
    """(country, country, measure, figures) for every pair of countries whose contacts'
    accounts state figures of a measure, the commonest first: the charts worth drawing."""
    from sqlalchemy import select

    from readouts.store.models import EventActorRow, FigureRowModel, ReadoutRow

    with store.engine.connect() as conn:
        countries: dict[str, set[str]] = {}
        for event_id, country in conn.execute(
                select(EventActorRow.event_id, EventActorRow.country).where(
                    EventActorRow.role == "participant", EventActorRow.country.is_not(None))):
            countries.setdefault(event_id, set()).add(country)
        counts: Counter = Counter()
        for event_id, about in conn.execute(
                select(ReadoutRow.event_id, FigureRowModel.about)
                .join(ReadoutRow, ReadoutRow.id == FigureRowModel.readout_id)
                .where(FigureRowModel.about.is_not(None), ReadoutRow.event_id.is_not(None))):
            pair = sorted(countries.get(event_id, ()))
            if 1 <= len(pair) <= 2:
                counts[(pair[0], pair[-1], about)] += 1
    return [(a, b, about, n) for (a, b, about), n in counts.most_common()]


@dataclass
class SourceChip:
    """One publisher's accounts of a contact, counted: 'kremlin RUS ×2'."""

    source: str
    side: str | None
    relation: str  # reported | mentioned
    count: int


def source_chips(links: list[tuple[str, str | None, str]]) -> list[SourceChip]:
    """The accounts linked to a contact grouped by publisher and relation, reports first."""
    counts = Counter(links)
    ordered = sorted(dict.fromkeys(links), key=lambda link: link[2] != "reported")
    return [SourceChip(src, side, rel, counts[(src, side, rel)]) for src, side, rel in ordered]


def sides_reporting(links: list[tuple[str, str | None, str]]) -> list[str]:
    """The governments whose own accounts report the contact: two or more can be compared."""
    return sorted({side for _, side, rel in links if side and rel == "reported"})


def side_name(side: str) -> str:
    """A column's heading: the government's code, or what an account of no side is."""
    return "Also reported by (not a side)" if side == NO_SIDE else side


def origin_label(origin: str) -> str:
    """Where a document came from, as a visitor may see it: a URL as it is, a file by its
    name only (the server's folders are nobody's business)."""
    if origin.startswith(("http://", "https://")):
        return origin
    return origin.replace("\\", "/").rsplit("/", 1)[-1]


def latest_corrections(event: Event) -> dict[str, dict]:
    """The correction in force for each corrected field of the contact."""
    return {c["field"]: c for c in event.corrections}


def register_filters(env: Environment) -> None:
    """Make the page helpers the templates use their filters and globals."""
    env.filters.update(origin_label=origin_label, latest_corrections=latest_corrections,
                       person=person, language_name=language_name, human=human,
                       contact_href=contact_href, source_chips=source_chips,
                       fact_value=fact_value, side_name=side_name,
                       sides_reporting=sides_reporting)
    env.globals.update(event_title=event_title, event_types=EVENT_TYPES,
                       correctable=EVENT_FIELDS)
