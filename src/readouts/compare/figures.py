"""The sides' figures about one measure, side by side.

CCTV has Xi cite trade of over 100 billion dollars in January–September; the Kremlin has
Putin cite 123 billion for January–November. Neither is wrong and neither matches the
other, so the figures are paired on the measure (``about``) whatever their values,
periods or units, and the note says how they differ. A goal ("will reach 200 billion")
is set beside other goals, never beside what happened.
"""

from __future__ import annotations

from typing import Any

from readouts.model import Figure, Readout


def is_target(figure: Figure) -> bool:
    """A goal, plan or forecast rather than a figure that happened."""
    return bool(getattr(figure, "target", False))


def _period(f: Figure) -> tuple[str | None, str | None] | None:
    return (f.period.start, f.period.end) if f.period else None


def side_by_side(by_side: dict[str, list[Readout]]) -> list[dict[str, Any]]:
    """[{about, target, values: {readout: [figure index]}, sides: [side], note}] for
    every measure a side quantifies; a figure with no measure groups by its unit."""
    groups: dict[tuple[str | None, str | None, bool], dict[str, Any]] = {}
    for side, readouts in by_side.items():
        for r in readouts:
            for n, f in enumerate(r.figures):
                key = (f.about, None if f.about else f.unit, is_target(f))
                group = groups.setdefault(key, {"about": f.about, "target": key[2],
                                                "values": {}, "sides": [], "_f": []})
                group["values"].setdefault(r.id, []).append(n)
                if side not in group["sides"]:
                    group["sides"].append(side)
                group["_f"].append((side, f))
    out = []
    for group in groups.values():
        group["note"] = _note(group.pop("_f"), len(by_side))
        out.append(group)
    return sorted(out, key=lambda g: (-len(g["sides"]), g["target"], g["about"] or ""))


def _note(figures: list[tuple[str, Figure]], n_sides: int) -> str:
    sides = list(dict.fromkeys(side for side, _ in figures))
    kind = "targets" if any(is_target(f) for _, f in figures) else "figures"
    if len(sides) == 1:
        return f"only {sides[0]} gives {kind} on this" if n_sides > 1 else kind
    keys = {side: {(round(f.value, 6), f.unit, _period(f)) for s, f in figures if s == side}
            for side in sides}
    shared = set.intersection(*keys.values())
    if all(ks == shared for ks in keys.values()):
        return f"the sides give the same {kind}"
    rest = [{k for k in ks if k not in shared} for ks in keys.values()]
    differ = [name for name, part in (("values", 0), ("units", 1), ("periods", 2))
              if len({k[part] for ks in rest for k in ks}) > 1]
    head = "some the same, others with different" if shared else "different"
    return f"{head} {' and '.join(differ) or kind}"
