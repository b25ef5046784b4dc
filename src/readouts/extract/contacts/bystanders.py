"""People a contact's sentence names who are no party of it: the dead it mourns ("expressed
his condolences on the passing of former Premier Li Keqiang", "le condoglianze per la
scomparsa di", "соболезнования в связи с кончиной", "对李克强逝世表示哀悼"), and the leader a
party is accompanying ("Wang Yi, accompanying President Xi at the BRICS summit, spoke with
Kerry", "正在乌法陪同习近平主席出席…的外交部长王毅应约与克里通电话"), and the leader an
envoy or adviser serves ("met Trump's special envoy", "l'inviato speciale di Trump",
"спецпосланником Трампа", "会见特朗普特使"), and the leader whose predecessor or successor is
meant ("Trump's predecessor Joe Biden called Johnson", "предшественник Трампа Джо Байден"),
and the leader greetings are passed to or from through a party ("asked Witkoff to convey his
greetings to Trump", "передать привет Хаменеи", "请转达对普京总统的问候"): the one greeted is
not met. ``mourned``, ``accompanying``, ``served``, ``preceded`` and ``greeted`` in
contacts.yaml; each pattern's ``who`` group is the bystander's span."""

from __future__ import annotations

import re
from functools import cache

from readouts import lang as langdata
from readouts.model import Mention
from readouts.text.word_gate import GatedPattern


@cache
def _patterns(lang: str) -> tuple[GatedPattern, ...]:
    """The cues, each behind its words: asked of every sentence, they seldom match."""
    data = langdata.load(lang, "contacts")
    return tuple(GatedPattern(re.compile(p, re.IGNORECASE))
                 for key in ("mourned", "accompanying", "served", "preceded", "greeted")
                 for p in data.get(key) or [])


def bystander_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Where the sentence names one mourned, accompanied, served, preceded or greeted: no party."""
    return [m.span("who") for pattern in _patterns(lang) for m in pattern.finditer(text)]


def possible_parties(row: list[Mention], text: str, lang: str) -> list[Mention]:
    """The sentence's people less its bystanders."""
    spans = bystander_spans(text, lang)
    return [m for m in row if not any(a <= m.start < b for a, b in spans)] if spans else row
