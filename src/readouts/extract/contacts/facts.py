"""What one account says of one contact, and how two stated dates of it agree."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class ContactFacts:
    """One account's view of one contact."""

    type: str
    status: str = "held"
    participants: list[str] = field(default_factory=list)
    attendees: list[str] = field(default_factory=list)
    date: str | None = None
    date_precision: str | None = None
    part_of_day: str | None = None
    duration_minutes: int | None = None
    location: str | None = None
    initiated_by: str | None = None
    sentence: int = 0
    partial: str | None = None  # "MM-DD" or "MM" of a date written without a year none knows
    # the part of day is the newsroom's "questa sera" for leaders hours away: the account
    # says it (the comparison explains it), the contact's own is not known from it
    newsroom_part: bool = False
    # the duration is a bound ("более двух часов", "两个多小时"): another account of the
    # contact may tell it exactly ("2小时05分钟")
    duration_bound: bool = False
    # the date is the day words were said or datelined ("毛宁25日表示"), no day told of the
    # contact: another account's told day wins when the two are merged
    date_said: bool = False
    # sentences past the lead that tell this contact's own parties ("в переговорах участвовали
    # Виткофф, Кушнер…"): no mentioned contact of their own
    told_in: tuple[int, ...] = ()
    # leaders named only as the one a delegation serves ("представителей президента США
    # Трампа"): no party, nor one of "their" pair for the sentences after
    represented: tuple[str, ...] = ()
    evidence: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        return {
            "type": self.type, "status": self.status, "participants": self.participants,
            "attendees": self.attendees, "date": self.date, "date_precision": self.date_precision,
            "part_of_day": self.part_of_day, "duration_minutes": self.duration_minutes,
            "location": self.location, "initiated_by": self.initiated_by,
        }


def day_of(value: str | None) -> date | None:
    """The day of a YYYY-MM-DD date; None for coarser or malformed ones."""
    if value and len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def dates_match(a: str | None, b: str | None) -> bool:
    """Two stated dates of one contact: within a day (time zones) when both are days, else
    the coarser is a prefix of the finer. Used by linking, the store's merging and the
    mentioned contacts."""
    if a is None or b is None:
        return a is None and b is None
    da, db = day_of(a), day_of(b)
    if da and db:
        return abs((da - db).days) <= 1
    shorter = min(len(a), len(b))
    return a[:shorter] == b[:shorter]


def unique(items: list[str]) -> list[str]:
    """The items without repeats, in the order first seen."""
    return list(dict.fromkeys(items))


def after_publication(date_value: str | None, published: str | None) -> bool:
    """Is a contact's date later than the day its account was published, at the coarser of
    the two precisions ("sabato pomeriggio" resolved to the 17th in a page of the 14th)?
    Then it had not been held when the account was written: it was announced."""
    if not date_value or not published:
        return False
    shorter = min(len(date_value), len(published))
    return date_value[:shorter] > published[:shorter]
