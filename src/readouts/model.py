"""The data model of CONTRACT.md (schema ``readouts/1``).

Every stage of the pipeline reads and writes these plain dataclasses, so no stage
depends on another stage's internals. ``to_json`` gives the contract's fields plus a few
additions the contract allows (evidence of where a value came from).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA = "readouts/1"

EVENT_TYPES = (
    "phone_call",
    "video_call",
    "meeting",
    "visit",
    "message",
    "consultation",
    "ceremony",
    "other",
)
READOUT_KINDS = ("readout", "transcript", "briefing", "news", "statement", "post")
PRECISIONS = ("day", "month", "year")
PARTS_OF_DAY = ("morning", "afternoon", "evening", "night")
QUALIFIERS = ("exact", "more_than", "less_than", "about")


@dataclass
class Period:
    """The time span a figure covers; dates as ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``."""

    start: str | None
    end: str | None

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end}


@dataclass
class Figure:
    """A quantity stated in a readout, fully scaled."""

    text: str
    value: float
    unit: str
    qualifier: str = "exact"
    period: Period | None = None
    about: str | None = None
    sentence: int = 0
    speaker: str | None = None
    start: int = 0  # character offset inside the sentence
    end: int = 0
    target: bool = False  # a goal, plan or forecast, not a figure that happened (last: the
    # fields before it keep their positions)
    corrected: list[str] = field(default_factory=list)  # fields an analyst overrode


    def to_json(self) -> dict[str, Any]:
        value: float | int = self.value
        if float(value).is_integer() and abs(value) < 2**53:
            value = int(value)
        return {
            "text": self.text,
            "value": value,
            "unit": self.unit,
            "qualifier": self.qualifier,
            "target": self.target,
            "period": self.period.to_json() if self.period else None,
            "about": self.about,
            "sentence": self.sentence,
            "speaker": self.speaker,
            **({"corrected": self.corrected} if self.corrected else {}),
        }


@dataclass
class Sentence:
    """One sentence of a readout, with its offsets in the readout's text."""

    i: int
    text: str
    start: int = 0
    end: int = 0
    speaker: str | None = None
    topics: list[str] = field(default_factory=list)
    corrected: list[str] = field(default_factory=list)  # fields an analyst overrode

    def to_json(self) -> dict[str, Any]:
        out = {"i": self.i, "text": self.text, "speaker": self.speaker, "topics": self.topics}
        if self.corrected:
            out["corrected"] = self.corrected
        return out


@dataclass
class Mention:
    """A person named in a readout, resolved to an actor id."""

    actor: str
    text: str
    sentence: int
    start: int = 0  # offset inside the sentence
    end: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"actor": self.actor, "text": self.text, "sentence": self.sentence}


@dataclass
class Readout:
    """One source's continuous account inside a document."""

    id: str
    source: str
    side: str | None
    kind: str
    language: str
    title: str | None
    text: str
    event: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    characterization: list[str] = field(default_factory=list)
    source_evidence: str | None = None  # which clue decided the source (url, header, cue, ...)
    dateline: str | None = None  # "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" read from the account
    published: str | None = None  # the document's date, for resolving relative dates
    titles_on: str | None = None  # an undated account's day for reading titles, dating nothing
    # the roles the account gave people it names ('il premier turco Recep Tayyip Erdogan'), read
    # as theirs where they stand alone: the roster's holder -> the story's person
    apposed_roles: dict[str, str] = field(default_factory=dict)
    # the people the account names in full: a title alone reads as the one of them holding it
    story_names: frozenset[str] = frozenset()
    facts: dict[str, Any] = field(default_factory=dict)  # this account's view of its contact
    # every contact the account reports or mentions, as extracted ({"reported", "facts"}):
    # the store links events again from these, so it never depends on arrival order
    contacts: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "side": self.side,
            "kind": self.kind,
            "language": self.language,
            "title": self.title,
            "text": self.text,
            "event": self.event,
            "sentences": [s.to_json() for s in self.sentences],
            "mentions": [m.to_json() for m in self.mentions],
            "figures": [f.to_json() for f in self.figures],
            "characterization": self.characterization,
            "source_evidence": self.source_evidence,
            "dateline": self.dateline,
            "facts": self.facts,
        }


@dataclass
class Document:
    """One input, split into the accounts it holds."""

    id: str
    origin: str
    title: str | None
    language: str
    published: str | None
    published_precision: str | None
    readouts: list[Readout] = field(default_factory=list)
    published_evidence: str | None = None  # "user", "header", "dateline", "content: ..."
    sha256: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "origin": self.origin,
            "title": self.title,
            "language": self.language,
            "published": self.published,
            "published_precision": self.published_precision,
            "published_evidence": self.published_evidence,
            "readouts": [r.to_json() for r in self.readouts],
        }


@dataclass
class Event:
    """A contact between leaders or officials."""

    id: str
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
    reported_by: list[str] = field(default_factory=list)
    mentioned_in: list[str] = field(default_factory=list)
    evidence: dict[str, str] = field(default_factory=dict)  # field -> sentence that says it
    # an analyst's overrides, applied on top of the machine's values: which fields, and
    # for each the value, the machine's value, who, when and why
    corrected: list[str] = field(default_factory=list)
    corrections: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "status": self.status,
            "participants": self.participants,
            "attendees": self.attendees,
            "date": self.date,
            "date_precision": self.date_precision,
            "part_of_day": self.part_of_day,
            "duration_minutes": self.duration_minutes,
            "location": self.location,
            "initiated_by": self.initiated_by,
            "reported_by": self.reported_by,
            "mentioned_in": self.mentioned_in,
            "evidence": self.evidence,
            "corrected": self.corrected,
            "corrections": self.corrections,
        }


@dataclass
class Discrepancy:
    field: str
    values: dict[str, Any]
    note: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"field": self.field, "values": self.values, "note": self.note}


@dataclass
class Comparison:
    """What each side said about one event (CONTRACT.md, Comparison)."""

    event: str
    sides: dict[str, list[str]] = field(default_factory=dict)
    topics: dict[str, Any] = field(default_factory=lambda: {"shared": [], "only": {}})
    aligned: list[dict[str, Any]] = field(default_factory=list)
    unmatched: dict[str, list[list[Any]]] = field(default_factory=dict)
    discrepancies: list[Discrepancy] = field(default_factory=list)
    summary: str | None = None
    also_reported_by: list[str] = field(default_factory=list)
    facts: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    facts_only: dict[str, list[str]] = field(default_factory=dict)
    by_topic: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    figures: list[dict[str, Any]] = field(default_factory=list)
    summaries: dict[str, str] = field(default_factory=dict)  # language -> summary

    def to_json(self) -> dict[str, Any]:
        return {
            "event": self.event,
            "sides": self.sides,
            "also_reported_by": self.also_reported_by,
            "facts": self.facts,
            "facts_only": self.facts_only,
            "by_topic": self.by_topic,
            "claims": self.claims,
            "figures": self.figures,
            "topics": self.topics,
            "aligned": self.aligned,
            "unmatched": self.unmatched,
            "discrepancies": [d.to_json() for d in self.discrepancies],
            "summary": self.summary,
            "summaries": self.summaries,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Comparison:
        """The inverse of ``to_json`` (a stored comparison); missing fields are empty."""
        return cls(
            event=data["event"], sides=data.get("sides") or {},
            topics=data.get("topics") or {"shared": [], "only": {}},
            aligned=data.get("aligned") or [], unmatched=data.get("unmatched") or {},
            discrepancies=[Discrepancy(d.get("field", ""), d.get("values") or {},
                                       d.get("note"))
                           for d in data.get("discrepancies") or []],
            summary=data.get("summary"),
            also_reported_by=data.get("also_reported_by") or [],
            facts=data.get("facts") or {}, facts_only=data.get("facts_only") or {},
            by_topic=data.get("by_topic") or [], claims=data.get("claims") or [],
            figures=data.get("figures") or [], summaries=data.get("summaries") or {})


@dataclass
class Analysis:
    """The whole result of one ``analyze`` run."""

    documents: list[Document] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    comparisons: list[Comparison] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "documents": [d.to_json() for d in self.documents],
            "events": [e.to_json() for e in self.events],
            "comparisons": [c.to_json() for c in self.comparisons],
        }

    def readout(self, readout_id: str) -> Readout | None:
        for doc in self.documents:
            for r in doc.readouts:
                if r.id == readout_id:
                    return r
        return None
