"""Where a contact mentioned in passing took or takes place: the known place the sentence
names nearest to the contact's own words, not one bound to another contact of the sentence."""

from __future__ import annotations

from readouts.extract.contacts.cues import contact_cues
from readouts.extract.contacts.mention_cues import Cue, gap, mention_cues, nearest_cue
from readouts.extract.contacts.place import known_place


def _places(text: str, lang: str) -> list[tuple[int, str]]:
    """Every known place the sentence names, with where it stands."""
    out: list[tuple[int, str]] = []
    for pattern in (*contact_cues(lang).location, *mention_cues(lang).location):
        for m in pattern.finditer(text):
            canonical = known_place(m.group("place").strip())
            if canonical:
                out.append((m.start("place"), canonical))
    for pattern in mention_cues(lang).location_suffix:  # "旧金山会晤": no word boundary
        for m in pattern.finditer(text):
            word = m.group("place")
            for k in range(len(word) - 1):
                canonical = known_place(word[k:])
                if canonical:
                    out.append((m.start("place") + k, canonical))
                    break
    return sorted(set(out))


def bound_place(text: str, lang: str, cues: list[Cue], own: set[int]) -> str | None:
    """The place bound to one of the contact's own cues: the cue nearest the place is
    one of them ("after a meeting in Kyiv, ... his call with Biden": Kyiv is the
    meeting's)."""
    best: tuple[int, str] | None = None
    for start, name in _places(text, lang):
        nearest = nearest_cue(cues, start, start + len(name))
        if nearest in own:
            distance = gap(cues[nearest], start, start + len(name))
            if best is None or distance < best[0]:
                best = (distance, name)
    return best[1] if best else None
