"""People a contact mourns ("expressed his condolences on the passing of former Premier Li
Keqiang", "le condoglianze per la scomparsa di", "соболезнования в связи с кончиной",
"对李克强逝世表示哀悼"): the dead are never a party of it; ``mourned`` in contacts.yaml."""

from __future__ import annotations

import re
from functools import cache

from readouts import lang as langdata
from readouts.model import Mention
from readouts.text.word_gate import GatedPattern


@cache
def _mourned(lang: str) -> tuple[GatedPattern, ...]:
    """The cues, each behind its words: asked of every sentence, they seldom match."""
    return tuple(GatedPattern(re.compile(p, re.IGNORECASE))
                 for p in langdata.load(lang, "contacts").get("mourned") or [])


def mourned_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Where the sentence names someone whose death is mourned: no party there."""
    return [m.span("who") for pattern in _mourned(lang) for m in pattern.finditer(text)]


def living(row: list[Mention], text: str, lang: str) -> list[Mention]:
    """The sentence's people less those it mourns."""
    spans = mourned_spans(text, lang)
    return [m for m in row if not any(a <= m.start < b for a, b in spans)] if spans else row
