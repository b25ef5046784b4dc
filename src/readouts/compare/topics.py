"""Topic by topic: each side's sentences on every topic either side raises.

The first view of a comparison: a reader sees at once that the Chinese account gives
Taiwan four sentences, said by Biden, and the US account one; sentence alignment then
refines it inside a topic.
"""

from __future__ import annotations

from typing import Any

from readouts.model import Readout


def by_topic(by_side: dict[str, list[Readout]]) -> list[dict[str, Any]]:
    """[{topic, sides: {side: [[readout, sentence]]}, speakers: {side: [actor]},
    raised_by: [side]}], topics raised by more sides first, then by how much is said."""
    entries: dict[str, dict[str, Any]] = {}
    for side, readouts in by_side.items():
        for r in readouts:
            for s in r.sentences:
                for topic in s.topics:
                    entry = entries.setdefault(topic, {
                        "topic": topic, "sides": {x: [] for x in by_side},
                        "speakers": {x: [] for x in by_side}})
                    entry["sides"][side].append([r.id, s.i])
                    if s.speaker and s.speaker not in entry["speakers"][side]:
                        entry["speakers"][side].append(s.speaker)
    for entry in entries.values():
        entry["raised_by"] = [side for side, refs in entry["sides"].items() if refs]
    order = list(entries)
    return sorted(entries.values(), key=lambda e: (-len(e["raised_by"]),
                                                   -sum(map(len, e["sides"].values())),
                                                   order.index(e["topic"])))
