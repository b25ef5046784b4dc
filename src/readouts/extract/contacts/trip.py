"""A visit told beside the meeting it is the trip of.

"Lula arrived in Shanghai on Wednesday to begin a state visit ... Xi held talks with Lula on
Friday", "La visita di Xi Jinping in Brasile ... avrà un incontro bilaterale con Lula il 20
novembre": the visit of the reported meeting's guest to its host is the journey the meeting
takes place on, not a second contact of the pair (a visit is a contact of its own only where
no meeting with the counterpart is told). A visit of the pair at another time (a state visit
years ago) or planned apart from a held meeting (an invitation to a return visit) stays
its own contact.
"""

from __future__ import annotations

from datetime import date

from readouts.extract.contacts.facts import ContactFacts

_TRIP_DAYS = 14  # a state visit's days around its talks


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def _near(value: str, main: str | None) -> bool:
    """Is a visit's date within the trip of the meeting's: days a fortnight apart at most,
    or a month or year the meeting's day falls in?"""
    if main is None:
        return False
    a, b = _day(value), _day(main)
    if a and b:
        return abs((a - b).days) <= _TRIP_DAYS
    shorter = min(len(value), len(main))
    return value[:shorter] == main[:shorter]


def trip_of_meeting(kind: str, status: str, when: str | None, parties: list[str],
                    main: ContactFacts | None) -> bool:
    """Is a mentioned visit the journey of the reported meeting of the same two leaders:
    dated near it, or undated and as held or as planned as the meeting?"""
    if kind != "visit" or main is None or main.type != "meeting" \
            or set(parties) != set(main.participants):
        return False
    return _near(when, main.date) if when else status == main.status
