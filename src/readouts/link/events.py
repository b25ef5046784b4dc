"""One contact across documents: merge every account's view of it into one Event.

Accounts of one contact agree on the principals but not always on the date (CCTV
often dates a call a day later than Washington, Beijing being 12-13 hours ahead) or
the type (a compilation says "phone call" where both governments say video
conference). So: same principals, compatible type, dates within a day; and the
governments' own accounts outvote the rest on type.

An account that states no date of its own (a compilation with no header, Xinhua's
"9月17日" with no year, a fact sheet dated days later) still joins the one dated event
it fits, when only one fits.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from readouts.extract.contacts.contacts import (
    ContactFacts,
    dates_match,
    day_of,
    most_specific,
    types_compatible,
)
from readouts.model import Event

_OFFICIAL_KINDS = frozenset({"readout", "transcript", "briefing", "statement"})
_PUBLICATION_DATE = "publication date of the account"
# How long after a contact an account that gives no date of its own may be published.
_PUBLISHED_WITHIN_DAYS = 7


@dataclass
class ContactClaim:
    """One account's view of one contact, and how the account relates to it."""

    facts: ContactFacts
    readout: str
    side: str | None
    kind: str
    reported: bool  # True: the account is about it; False: mentions it in passing


def _partial_agrees(partial: str | None, value: str | None) -> bool:
    """Does a yearless "MM-DD" / "MM" agree with a date or another partial, within a day?"""
    if partial is None or value is None:
        return True
    other = value[5:] if len(value) >= 7 and value[4] == "-" else value
    if len(partial) == 5 and len(other) == 5:
        a, b = date.fromisoformat(f"2000-{partial}"), date.fromisoformat(f"2000-{other}")
        return abs((a - b).days) <= 1 or abs((a - b).days) >= 365
    return partial[:2] == other[:2]


def _dates_compatible(a: ContactFacts, b: ContactFacts) -> bool:
    if a.date is None or b.date is None:
        return a.date is None and b.date is None and _partial_agrees(a.partial, b.partial)
    return dates_match(a.date, b.date)


def same_people(a: Iterable[str], b: Iterable[str]) -> bool:
    """Could two claims with these principals be one contact? The same people, or one
    group inside the other when both name two or more."""
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return False
    if sa == sb:
        return True
    return min(len(sa), len(sb)) >= 2 and (sa <= sb or sb <= sa)


def _matches(claim: ContactClaim, cluster: list[ContactClaim]) -> bool:
    head = cluster[0].facts
    f = claim.facts
    if f.status != head.status:
        return False
    if any(c.readout == claim.readout and c.reported for c in cluster):
        return False  # one account's separate contacts, or earlier ones, stay separate
    return (same_people(f.participants, head.participants)
            and types_compatible(f.type, head.type)
            and _dates_compatible(f, head))


def _vote_type(cluster: list[ContactClaim]) -> str:
    """The officials' type by majority, the more specific on a tie; "other" (medium unsaid)
    only when nothing says more."""
    for pool in (
        [c for c in cluster if c.reported and c.side and c.kind in _OFFICIAL_KINDS],
        [c for c in cluster if c.reported],
        cluster,
    ):
        counts = Counter(c.facts.type for c in pool if c.facts.type != "other")
        if counts:
            top = max(counts.values())
            return most_specific([t for t in counts if counts[t] == top]) or "other"
    return "other"


def _pick_date(cluster: list[ContactClaim]) -> tuple[str | None, str | None, str | None]:
    """The latest day-precise date told of the contact, else the latest day an account was
    said or datelined on ("毛宁25日表示" beside "周一（24日）通话": the call's day is the 24th),
    else the latest publication date.

    Accounts dated in Beijing or Moscow time run ahead of Washington's; the later
    date is the one closer to the UTC day of an evening call in Washington.
    """
    dated = [c.facts for c in cluster if c.facts.date]
    stated = [f for f in dated if f.evidence.get("date") != _PUBLICATION_DATE]
    told = [f for f in stated if not f.date_said]
    for pool in (told, stated, dated):
        if pool:
            order = {"day": 0, "month": 1, "year": 2}
            best_precision = min(order.get(f.date_precision or "", 3) for f in pool)
            finest = [f for f in pool if order.get(f.date_precision or "", 3) == best_precision]
            chosen = max(finest, key=lambda f: f.date or "")
            return chosen.date, chosen.date_precision, chosen.evidence.get("date")
    return None, None, None


def _first(cluster: list[ContactClaim], name: str) -> tuple[object, str | None]:
    ordered = sorted(cluster, key=lambda c: (not c.reported, c.side is None))
    for c in ordered:
        value = getattr(c.facts, name)
        if value and not (name == "part_of_day" and c.facts.newsroom_part):
            if name == "duration_minutes" and c.facts.duration_bound:
                return _told_exactly(ordered, c)
            return value, c.facts.evidence.get(name)
    return None, None


def _told_exactly(ordered: list[ContactClaim], bound: ContactClaim) -> tuple[object, str | None]:
    """A bound ("more than two hours") that another account reporting the contact tells
    exactly ("2 hours 5 minutes", within twice the bound): the exact length, else the bound.
    A news item cut by an aide's quoted briefing gives the bound and the length apart."""
    low = bound.facts.duration_minutes or 0
    for c in ordered:
        value = c.facts.duration_minutes
        if c.reported and value and not c.facts.duration_bound and low <= value < 2 * low:
            return value, c.facts.evidence.get("duration_minutes")
    return low, bound.facts.evidence.get("duration_minutes")


def _union(cluster: list[ContactClaim], name: str) -> list[str]:
    counts: Counter[str] = Counter()
    order: dict[str, int] = {}
    for c in cluster:
        for actor in getattr(c.facts, name):
            counts[actor] += 1
            order.setdefault(actor, len(order))
    return sorted(counts, key=lambda a: (-counts[a], order[a]))


def _event_id(event: Event, taken: set[str]) -> str:
    people = "_".join(sorted(event.participants)[:3]) or "unknown"
    base = f"{event.date or 'undated'}_{people}"
    if event.status == "planned":
        base += "_planned"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate


def claim_json(claim: ContactClaim) -> dict[str, Any]:
    """A claim as plain data, for the store: what the account says, and whether it is about
    that contact (the readout, side and kind come back from the stored account)."""
    return {"reported": claim.reported,
            "facts": {**claim.facts.as_dict(), "sentence": claim.facts.sentence,
                      "partial": claim.facts.partial, "evidence": dict(claim.facts.evidence)}}


def claim_from_json(data: dict[str, Any], readout: str, side: str | None,
                    kind: str) -> ContactClaim:
    """The claim ``claim_json`` wrote, back on the account it belongs to."""
    facts = data["facts"]
    return ContactClaim(ContactFacts(**{f.name: facts[f.name] for f in fields(ContactFacts)
                                        if f.name in facts}),
                        readout, side, kind, bool(data["reported"]))


def link_clusters(claims: list[ContactClaim], taken: set[str] | None = None
                  ) -> list[tuple[Event, list[ContactClaim]]]:
    """Merge claims into events, each with the claims it was merged from.

    ``taken``: ids already used by other events (the store's), which new ones must avoid.
    """
    clusters: list[list[ContactClaim]] = []
    for claim in sorted(claims, key=lambda c: not c.reported):
        for cluster in clusters:
            if _matches(claim, cluster):
                cluster.append(claim)
                break
        else:
            clusters.append([claim])
    used = set(taken or ())
    linked = []
    for cluster in _attach_undated(clusters):
        event = _merge(cluster)
        event.id = _event_id(event, used)
        linked.append((event, cluster))
    return linked


def link_contacts(claims: list[ContactClaim]) -> tuple[list[Event], dict[str, str]]:
    """Merge claims into events; return the events and, per readout, its first reported event."""
    events: list[Event] = []
    event_of: dict[int, str] = {}
    for event, cluster in link_clusters(claims):
        events.append(event)
        event_of.update((id(c), event.id) for c in cluster)
    # an account's first reported contact in its own order, not its cluster's: its lead's call,
    # not an "also spoke with" one that joined an earlier cluster
    first_event: dict[str, str] = {}
    for c in claims:
        if c.reported and id(c) in event_of:
            first_event.setdefault(c.readout, event_of[id(c)])
    events.sort(key=lambda e: (e.date or "", e.id))
    return events, first_event


def _stated(facts: ContactFacts) -> bool:
    return facts.date is not None and facts.evidence.get("date") != _PUBLICATION_DATE


def _fits_date(facts: ContactFacts, value: str) -> bool:
    """Can a claim with no stated date be the contact of that date?"""
    if facts.date is None:
        return _partial_agrees(facts.partial, value)
    published, day = day_of(facts.date), day_of(value)
    if published is None or day is None:
        return False
    return -1 <= (published - day).days <= _PUBLISHED_WITHIN_DAYS


def _fits(loose: list[ContactClaim], dated: list[ContactClaim]) -> bool:
    head, target = loose[0].facts, dated[0].facts
    value = _pick_date(dated)[0]
    kinds = {_vote_type(loose), _vote_type(dated)}
    return (value is not None and head.status == target.status
            and same_people(head.participants, target.participants)
            and (len(kinds) == 1 or "other" in kinds)
            and not _shares_account(loose, dated)
            and all(_fits_date(c.facts, value) for c in loose))


def _shares_account(a: list[ContactClaim], b: list[ContactClaim]) -> bool:
    """One account reports one and mentions or reports the other: two contacts."""
    def reported(cluster: list[ContactClaim]) -> set[str]:
        return {c.readout for c in cluster if c.reported}
    return bool(reported(a) & {c.readout for c in b} or reported(b) & {c.readout for c in a})


def _dated(facts: ContactFacts) -> bool:
    return facts.date is not None


def _undated(facts: ContactFacts) -> bool:
    return facts.date is None


def _published_only(facts: ContactFacts) -> bool:
    return facts.date is not None and not _stated(facts)


def _attach_undated(clusters: list[list[ContactClaim]]) -> list[list[ContactClaim]]:
    """Join each cluster with no stated date to the one dated cluster it fits, if only one:
    first those dated by publication to a date some account states, then those with no
    date at all to any date."""
    clusters = _attach(clusters, _stated, _published_only)
    return _attach(clusters, _dated, _undated)


def _attach(clusters: list[list[ContactClaim]], is_target: Callable[[ContactFacts], bool],
            is_loose: Callable[[ContactFacts], bool]) -> list[list[ContactClaim]]:
    targets = [c for c in clusters if any(is_target(x.facts) for x in c)]
    target_ids = {id(c) for c in targets}
    out = list(targets)
    for cluster in clusters:
        if id(cluster) in target_ids:
            continue
        loose = all(is_loose(x.facts) for x in cluster)
        fitting = [t for t in targets if _fits(cluster, t)] if loose else []
        if len(fitting) == 1:
            fitting[0].extend(cluster)
        else:
            out.append(cluster)
    return out


def _merge(cluster: list[ContactClaim]) -> Event:
    event = Event(id="", type=_vote_type(cluster), status=cluster[0].facts.status)
    event.participants = _union(cluster, "participants")
    event.attendees = [a for a in _union(cluster, "attendees") if a not in event.participants]
    event.date, event.date_precision, date_evidence = _pick_date(cluster)
    evidence: dict[str, str] = {}
    if date_evidence:
        evidence["date"] = date_evidence
    for name in ("part_of_day", "duration_minutes", "location", "initiated_by"):
        value, why = _first(cluster, name)
        setattr(event, name, value)
        if why:
            evidence[name] = why
    for c in cluster:
        for key in ("type", "participants", "attendees"):
            if key in c.facts.evidence and key not in evidence and c.reported:
                evidence[key] = c.facts.evidence[key]
    event.evidence = evidence
    event.reported_by = list(dict.fromkeys(c.readout for c in cluster if c.reported))
    event.mentioned_in = list(dict.fromkeys(
        c.readout for c in cluster if not c.reported and c.readout not in event.reported_by))
    return event
