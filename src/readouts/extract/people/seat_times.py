"""Who held a seat just before, or takes it just after, a day: "l'ex presidente del Consiglio"
the day after a handover is the outgoing one, "il nuovo presidente argentino" the week after
an election is the one about to take office. A mixin of the actor index, over its seats."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from readouts.extract.people.roles import comparable_day

_INCOMING_DAYS = 100  # a president-elect's wait for office (the US's is about 75 days)


class SeatTimes:
    """The neighbours in time of a seat's holder on a day."""

    _groups: dict[str, list[str]]
    _seats: dict[tuple[str, str], list[tuple[str, dict[str, Any]]]]

    def _group(self, role: str, country: str) -> list[str]:
        raise NotImplementedError

    def previous_holder(self, role: str, country: str, on: str | None) -> str | None:
        """Who held ``role`` last before the holder on the date ("l'ex presidente del
        Consiglio" the day after the handover is the outgoing one)."""
        day = comparable_day(on)
        for candidate in self._groups.get(role, [role]):
            ended = sorted((r["to"], a) for a, r in self._seats.get((candidate, country), [])
                           if r["to"] and r["to"] <= day)
            if ended:
                return ended[-1][1]
        return None

    def next_holder(self, role: str, country: str, on: str | None) -> str | None:
        """Who takes ``role`` within weeks after the date ("il nuovo presidente argentino" on
        20 November 2023 is Milei, sworn in on 10 December); nobody where no term begins so
        soon (the new president already in office is the holder)."""
        if on is None:
            return None
        day = comparable_day(on)
        soon = (date.fromisoformat(day[:10]) + timedelta(days=_INCOMING_DAYS)).isoformat()
        for candidate in self._group(role, country):
            starting = sorted((r["from"], a) for a, r in self._seats.get((candidate, country), [])
                              if r["from"] and day < r["from"] <= soon)
            if starting:
                return starting[0][1]
        return None
