"""Topic by topic: each side's sentences on every topic and notion either side raises.

The first view of a comparison: a reader sees at once that the Chinese account gives
Taiwan four sentences, said by Biden, and the US account one; sentence alignment then
refines it inside a topic. Topics say what the sides talked about; notions
(``knowledge/concepts.yaml``: candid talks, keeping in touch, a warning of sanctions) say
what they did with it, so the same table shows that only one side calls the talks
candid or has its leader promise to stay in touch.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from readouts.extract.tags.concepts import tag_concepts
from readouts.model import Readout

Concepts = dict[str, list[frozenset[str]]]  # readout id -> notions of each sentence
Labels = Callable[[Readout, int], Iterable[str]]  # an account's k-th sentence's labels


def by_topic(by_side: dict[str, list[Readout]], concepts: Concepts | None = None
             ) -> list[dict[str, Any]]:
    """[{topic, kind, sides: {side: [[readout, sentence]]}, speakers: {side: [actor]},
    raised_by: [side]}]: ``kind`` 'topic' (``topic`` a topic id) first, then 'concept'
    (``topic`` a notion id); in each kind, labels raised by more sides first, then by
    how much is said. ``concepts`` gives the notions where they are tagged already."""
    concepts = concepts or {}
    tagged = {r.id: concepts.get(r.id) or tag_concepts([s.text for s in r.sentences],
                                                       r.language)
              for rs in by_side.values() for r in rs}
    topics = _grouped(by_side, "topic", lambda r, k: r.sentences[k].topics)
    notions = _grouped(by_side, "concept", lambda r, k: sorted(tagged[r.id][k]))
    return topics + notions


def _grouped(by_side: dict[str, list[Readout]], kind: str, labels: Labels
             ) -> list[dict[str, Any]]:
    entries: dict[str, dict[str, Any]] = {}
    for side, readouts in by_side.items():
        for r in readouts:
            for k, s in enumerate(r.sentences):
                for label in labels(r, k):
                    entry = entries.get(label)
                    if entry is None:
                        entry = entries[label] = {
                            "topic": label, "kind": kind, "sides": {x: [] for x in by_side},
                            "speakers": {x: [] for x in by_side}}
                    entry["sides"][side].append([r.id, s.i])
                    if s.speaker and s.speaker not in entry["speakers"][side]:
                        entry["speakers"][side].append(s.speaker)
    for entry in entries.values():
        entry["raised_by"] = [side for side, refs in entry["sides"].items() if refs]
    order = {label: n for n, label in enumerate(entries)}
    return sorted(entries.values(), key=lambda e: (-len(e["raised_by"]),
                                                   -sum(map(len, e["sides"].values())),
                                                   order[e["topic"]]))
