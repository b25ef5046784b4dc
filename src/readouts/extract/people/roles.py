"""A dated role of the roster: what it is, and whether it was held on a given day.

Each actor's roles in the people data are ``[role, from, to, country?]`` or a mapping with
those keys; an office title in a text names whoever held it on the story's day.
"""

from __future__ import annotations

from datetime import date
from typing import Any

ELECT = "_elect"  # a role held before taking office ("president_elect")


def comparable_day(on: str | None) -> str:
    """A comparable day for a date of any precision; undated means today."""
    if not on:
        return date.today().isoformat()
    if len(on) == 4:
        return f"{on}-07-01"
    if len(on) == 7:
        return f"{on}-15"
    return on[:10]


def role_entry(raw: Any, country: str | None) -> dict[str, Any]:
    """A role as a dict, from ``[role, from, to, country?]`` or a mapping with those keys."""
    if isinstance(raw, dict):
        raw = [raw["role"], raw.get("from"), raw.get("to"), raw.get("country")]
    role, start, end, *rest = [*raw, None][:4]
    return {"role": role, "country": rest[0] if rest and rest[0] else country,
            "from": str(start) if start else None, "to": str(end) if end else None}


def in_office(role: dict[str, Any], day: str) -> bool:
    """Was the role held on ``day`` (``YYYY-MM-DD``; open ends are always and forever)?"""
    return (role["from"] or "0000") <= day < (role["to"] or "9999")
