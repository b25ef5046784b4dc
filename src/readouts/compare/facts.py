"""Each source's own facts of the contact, kept apart: a merge never overwrites them.

The event holds one merged value per fact; the comparison keeps what every account says
(value and the words that say it), so "morning" in a Rome newsroom's article survives
beside "afternoon" in Beijing's readout, and lists the facts only one side states.
"""

from __future__ import annotations

from typing import Any

from readouts.model import Readout

# The contract's fact fields, named as in Readout.facts and Event.
FACT_KEYS = ("type", "date", "part_of_day", "duration_minutes", "location",
             "initiated_by", "attendees")


def stated(value: Any) -> bool:
    """Does the account state this fact? An empty list of attendees states nothing."""
    return bool(value) if isinstance(value, list) else value is not None


def source_facts(readouts: list[Readout]) -> dict[str, dict[str, dict[str, Any]]]:
    """{fact: {readout id: {value, evidence}}} for every fact an account states."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for key in FACT_KEYS:
        for r in readouts:
            own = r.facts or {}
            value = own.get(key)
            if stated(value):
                evidence = (own.get("evidence") or {}).get(key)
                out.setdefault(key, {})[r.id] = {"value": value, "evidence": evidence}
    return out


def facts_only(by_side: dict[str, list[Readout]]) -> dict[str, list[str]]:
    """{side: facts only that side states} (only Kyiv gives the duration); every side
    is listed, with [] when it states nothing alone."""
    out: dict[str, list[str]] = {side: [] for side in by_side}
    for key in FACT_KEYS:
        sides = [side for side, rs in by_side.items()
                 if any(stated((r.facts or {}).get(key)) for r in rs)]
        if len(sides) == 1 and len(by_side) > 1:
            out[sides[0]].append(key)
    return out
