"""Where the contact took place: a known place named in the lead."""

from __future__ import annotations

from functools import cache

from readouts import knowledge
from readouts.extract.contacts.cues import contact_cues
from readouts.text.scripts import HAN


def find_location(text: str, lang: str) -> str | None:
    """The first known place a location cue names in the text ("a Palazzo Chigi", "in
    Beijing"), in its canonical form; None where none does."""
    for pattern in contact_cues(lang).location:
        # matches may overlap: "at State House in Nairobi on Friday" is no known place, the
        # "in Nairobi" inside it is
        m = pattern.search(text)
        while m:
            canonical = known_place(m.group("place").strip())
            if canonical:
                return canonical
            m = pattern.search(text, m.start() + 1)
    return None




@cache
def _place_names() -> tuple[dict[str, str], int]:
    """Every name of a known place, lowercased, to its canonical name; the longest name."""
    table: dict[str, str] = {}
    for canonical, aliases in (knowledge.load("places") or {}).items():
        for alias in aliases or []:
            table.setdefault(str(alias).lower(), canonical)
    return table, max((len(a) for a in table), default=0)


def known_place(name: str) -> str | None:
    """The canonical place a name is, or starts with before a space (the longest such
    name): "Lima", "Woodside California"; in Chinese, which writes no space, any prefix:
    "北京人民大会堂" is Beijing."""
    table, longest = _place_names()
    lowered = name.lower()
    if lowered in table:
        return table[lowered]
    head = lowered[:longest + 1]
    for i in range(len(head) - 1, 0, -1):
        if head[i] == " " and head[:i] in table:
            return table[head[:i]]
    if HAN.match(lowered):
        for i in range(min(len(lowered), longest), 0, -1):
            if lowered[:i] in table and HAN.match(lowered[:i]):
                return table[lowered[:i]]
    return None
