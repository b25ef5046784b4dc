"""What the sides say differently: topics raised by one side alone, and facts.

Each readout carries its own view of the contact in ``Readout.facts`` (type, date,
part_of_day, duration_minutes, participants, attendees, initiated_by). A fact is a
discrepancy only when two sides both state it and state it differently; a fact only
one side states (the Ukrainian account alone gives the length of a call) is a
one-sided fact (``facts.facts_only``), shown by the reports but not a discrepancy,
because silence is not a contradiction; so is a figure only one side gives. Dates one
day apart and parts of day that the sides' time zones reconcile stay discrepancies (the
accounts do say different things) with a note that the time-zone difference explains them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from readouts import lang as langdata
from readouts.extract.people.actors import actor_index
from readouts.model import Discrepancy, Readout

# Comparison field name -> key in Readout.facts.
FACT_FIELDS = {
    "type": "type",
    "date": "date",
    "part_of_day": "part_of_day",
    "duration": "duration_minutes",
    "participants": "participants",
    "attendees": "attendees",
    "initiator": "initiated_by",
}
_SET_FIELDS = frozenset({"participants", "attendees"})
# Hours each part of day covers, local time.
_PART_HOURS = {"morning": (5, 12), "afternoon": (12, 18), "evening": (18, 23),
               "night": (21, 29)}


def facts(readout: Readout) -> dict[str, Any]:
    """The readout's own view of its contact; {} when the pipeline gave none."""
    return getattr(readout, "facts", None) or {}


def side_info(side: str | None) -> dict[str, Any]:
    """Adjective, capital and UTC offset of a side, from lang/en/sides.yaml."""
    return (langdata.load("en", "sides").get("sides") or {}).get(side or "", {}) or {}


def side_topics(readouts: Iterable[Readout]) -> list[str]:
    """Topics the readouts raise, in order of first appearance."""
    seen: dict[str, None] = {}
    for r in readouts:
        for s in r.sentences:
            for t in s.topics:
                seen.setdefault(t, None)
    return list(seen)


def topic_differences(by_side: dict[str, list[Readout]]) -> dict[str, Any]:
    """{shared: topics every side raises, only: {side: topics no other side raises}}."""
    raised = {side: side_topics(rs) for side, rs in by_side.items()}
    sets = {side: set(ts) for side, ts in raised.items()}
    first = next(iter(raised.values()), [])
    shared = [t for t in first if all(t in s for s in sets.values())]
    only: dict[str, list[str]] = {}
    for side, ts in raised.items():
        others = set().union(*(s for o, s in sets.items() if o != side))
        only[side] = [t for t in ts if t not in others]
    return {"shared": shared, "only": only}


def _normal(field: str, value: Any) -> Any:
    if field in _SET_FIELDS:
        return tuple(sorted(value or ()))
    return value


def _stated(field: str, value: Any) -> bool:
    return bool(value) if field in _SET_FIELDS else value is not None


def fact_discrepancies(by_side: dict[str, list[Readout]],
                       apart: list[Readout] | None = None) -> list[Discrepancy]:
    """Facts that two sides both state and state differently. An account by a third
    government or by media (``apart``) counts as a voice of its own beside the sides,
    read on the clock of its government or language (an Italian article's "this
    morning"), so its differing value is listed, never merged away."""
    groups = dict(by_side)
    for r in apart or []:
        groups[_voice(r)] = groups.get(_voice(r), []) + [r]
    out: list[Discrepancy] = []
    for field, key in FACT_FIELDS.items():
        stated = [(side, r, facts(r).get(key)) for side, rs in groups.items() for r in rs
                  if _stated(field, facts(r).get(key))]
        side_values = {(side, _normal(field, v)) for side, _, v in stated}
        sides = {side for side, _ in side_values}
        values = {v for _, v in side_values}
        if len(sides) < 2 or len(values) < 2 or not sides & set(by_side):
            continue
        out.append(Discrepancy(field=field,
                               values={r.id: v for _, r, v in stated},
                               note=_note(field, stated)))
    return out


def _voice(readout: Readout) -> str:
    """The clock a third party's account reads: its government's, else its language's
    home (lang/<iso>/sides.yaml ``home``), else its own id."""
    if readout.side:
        return readout.side
    home = langdata.load(readout.language, "sides").get("home")
    return str(home) if home else readout.id


def _note(field: str, stated: list[tuple[str, Readout, Any]]) -> str | None:
    if field == "part_of_day":
        return _part_of_day_note(stated)
    if field == "date":
        return _date_note(stated)
    if field in _SET_FIELDS:
        return _set_note(stated)
    if field == "type":
        return _type_note(stated)
    return None


_REMOTE = frozenset({"phone_call", "video_call"})


def _type_note(stated: list[tuple[str, Readout, Any]]) -> str | None:
    """Types that may name one contact in other words: a remote call one side calls a
    meeting (the Kremlin titles a videoconference "Meeting with ..."), or no medium said."""
    kinds = {v for _, _, v in stated}
    if "other" in kinds and len(kinds) == 2:
        return "one account does not say how the leaders talked"
    if "meeting" in kinds and kinds - {"meeting"} and kinds - {"meeting"} <= _REMOTE:
        return ("a remote call on one side, a meeting on the other: some governments call "
                "a video or phone conversation a meeting")
    return None


def _offset(side: str) -> float | None:
    value = side_info(side).get("utc_offset")
    return float(value) if value is not None else None


def _part_of_day_note(stated: list[tuple[str, Readout, Any]]) -> str | None:
    """'Beijing evening is Washington morning' when the sides' hours overlap in UTC."""
    for i, (side_a, _, part_a) in enumerate(stated):
        for side_b, _, part_b in stated[i + 1:]:
            if side_a == side_b or part_a == part_b:
                continue
            oa, ob = _offset(side_a), _offset(side_b)
            if oa is None or ob is None or part_a not in _PART_HOURS \
                    or part_b not in _PART_HOURS:
                continue
            if _overlap(_PART_HOURS[part_a], oa, _PART_HOURS[part_b], ob):
                return (f"{side_info(side_a).get('capital', side_a)} {part_a} is "
                        f"{side_info(side_b).get('capital', side_b)} {part_b}: the "
                        f"{abs(oa - ob):g}-hour time-zone difference explains it")
    return None


def _overlap(a: tuple[int, int], oa: float, b: tuple[int, int], ob: float) -> bool:
    """Do two local-hour spans overlap once both are moved to UTC (mod 24)?"""
    a0, a1 = a[0] - oa, a[1] - oa
    b0, b1 = b[0] - ob, b[1] - ob
    return any(a0 < b1 + k and b0 + k < a1 for k in (-24, 0, 24))


def _date_note(stated: list[tuple[str, Readout, Any]]) -> str | None:
    """Dates one day apart, from sides in different time zones."""
    from datetime import date

    for i, (side_a, _, da) in enumerate(stated):
        for side_b, _, db in stated[i + 1:]:
            if side_a == side_b or len(str(da)) != 10 or len(str(db)) != 10:
                continue
            try:
                gap = abs((date.fromisoformat(da) - date.fromisoformat(db)).days)
            except ValueError:
                continue
            oa, ob = _offset(side_a), _offset(side_b)
            if gap == 1 and oa is not None and ob is not None and oa != ob:
                hours = abs(oa - ob)
                return (f"one day apart: {side_info(side_a).get('capital', side_a)} and "
                        f"{side_info(side_b).get('capital', side_b)} are "
                        f"{hours:g} hour{'' if hours == 1 else 's'} apart, which can "
                        f"explain it")
    return None


def _set_note(stated: list[tuple[str, Readout, Any]]) -> str | None:
    """Who is named by one side only."""
    by_side: dict[str, set[str]] = {}
    for side, _, value in stated:
        by_side.setdefault(side, set()).update(value or ())
    parts = []
    for side, names in by_side.items():
        others = set().union(*(n for s, n in by_side.items() if s != side))
        alone = sorted(names - others)
        if alone:
            index = actor_index()
            parts.append(f"only {side}: {', '.join(index.name(a) for a in alone)}")
    return "; ".join(parts) or None


def _figure_view(f: Any) -> dict[str, Any]:
    return {"text": f.text, "value": f.value, "unit": f.unit,
            "period": f.period.to_json() if f.period else None, "sentence": f.sentence}


def figure_discrepancies(by_side: dict[str, list[Readout]]) -> list[Discrepancy]:
    """Figures about the same thing, in the same unit, that the sides give differently.

    A side's figure that another side matches (same value and period) is agreement; a
    thing whose figures on two sides have no such match is a discrepancy, in value or
    in period.
    """
    groups: dict[tuple[str, str], dict[str, list[tuple[Readout, Any]]]] = {}
    for side, rs in by_side.items():
        for r in rs:
            for f in r.figures:
                if f.about:
                    groups.setdefault((f.about, f.unit), {}).setdefault(side, []).append((r, f))
    out: list[Discrepancy] = []
    for (about, unit), per_side in groups.items():
        if len(per_side) < 2:
            continue
        keys = {side: {(round(f.value, 6), _period(f)) for _, f in fs}
                for side, fs in per_side.items()}
        if set.intersection(*keys.values()):
            continue
        values: dict[str, Any] = {}
        for fs in per_side.values():
            for r, f in fs:
                values.setdefault(r.id, []).append(_figure_view(f))
        same_value = set.intersection(*({v for v, _ in k} for k in keys.values()))
        kind = "period" if same_value else "value"
        out.append(Discrepancy(field="figures", values=values,
                               note=f"{about} ({unit}): different {kind}"))
    return out


def _period(f: Any) -> tuple[str | None, str | None] | None:
    return (f.period.start, f.period.end) if f.period else None
