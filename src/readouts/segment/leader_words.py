"""A leader's own words in a sentence of an article: his post ("“…,” Trump wrote"), told
or quoted, his office speaking ("l'ufficio di Meloni ha fatto sapere"), or his spoken words
quoted ("“…”, ha detto Biden ai giornalisti", "Путин заявил: «…»", "特朗普表示：“…”"): whose
words they are (`Said`), for `attribution`. Cue phrases are data (lang/<lang>/quoting.yaml);
the leaders are the voices of sources.yaml and the roster's heads of state and government."""

from __future__ import annotations

import re
from dataclasses import dataclass

from readouts.segment.prose import OPEN, width
from readouts.segment.quoting_cues import cues
from readouts.segment.sources import Source, registry
from readouts.segment.titled_leaders import titled_at, titled_last

CLOSE = re.compile(r'[”»“」』"]')  # a quotation's closing mark ("“" closes German quotes)
AUTHOR_AFTER = 24  # "Lo scrive Trump su Truth": the author named right after the verb
ARTICLE = 4  # "написал глава Белого дома", "ha scritto l'inquilino …": an article at most
_TO_COLON = 40  # "Meloni ha ringraziato il suo ospite: “…”": the words from the verb to the
# quotation a colon or a comma opens at most
_QUOTE_GAP = re.compile(r"[\s,，:：\-–—]*")  # "…», — сказал", "…”, ha detto": between the
# closing mark and the verb, when the leader stands after it


@dataclass(frozen=True)
class Said:
    """Who gives a sentence's words: `how` is 'named' (a registered source), 'credited' (a
    registered source's text: "according to a statement from the Elysee"), 'cited' (the
    source the speaker cites: "…”, spiega l'agenzia russa citando il Cremlino"), 'side' (a side's
    unnamed text: `source` is None, or a leader's office: his side's office, `leader_office`),
    'leader' (a side's leader writing: his post),
    'posted' (his post told in the writer's words: "特朗普在网上帖文，…他称"),
    'spoke' (his own spoken words quoted: "“…”, ha detto Biden ai giornalisti": his
    government's statement, `source` his side's office or None),
    'refers' (the text quoted before), 'continues' (the text being quoted, named again at
    the sentence's end: "…,” according to the readout."), or 'back' (a source credited with
    what the sentences before said: "Lo rende noto la Casa Bianca")."""

    how: str
    source: Source | None
    side: str | None
    cue: str  # the words that tell it


def leader_writes(text: str) -> Said | None:
    """A leader writing the words the sentence quotes ("“…,” Trump wrote", "«…», – написал
    глава Белого дома"): his post, for his side, on a platform the sentence may not name.
    The leader stands right before the verb or right after it."""
    c = cues()
    m = c.leader_post.search(text)
    if m is None or CLOSE.search(text, 0, m.start()) is None:
        return _leader_told(text)  # no quotation closes before the verb
    reg = registry()
    closed = max(q.end() for q in CLOSE.finditer(text, 0, m.start()))  # not the leader
    # the quotation names ("“… incontrare Giorgia Meloni”, scrive Zelensky")
    side = reg.voice_in_last(text[max(closed, m.start() - AUTHOR_AFTER):m.start()],
                             author=True) or \
        reg.voice_at(text[m.end():m.end() + 2 * AUTHOR_AFTER].lstrip(), ARTICLE, author=True)
    return Said("leader", None, side, m.group()) if side is not None else None


def leader_office(text: str) -> Said | None:
    """A leader's office speaking ("“…,” Xi's office declared", "l'ufficio di Meloni ha fatto
    sapere", "офис Зеленского сообщил", "马克龙办公室称"): his side's registered office
    ("Macron's office" is the Elysee), else his side's text, its publisher unnamed."""
    m = cues().leader_office.search(text)
    side = registry().voice_in(m.group()) if m is not None else None
    if m is None or not side:
        return None
    return Said("side", registry().office_of(m.group(), side), side, m.group())


def _leader_told(text: str) -> Said | None:
    """A leader's post told in the writer's words, on a platform the sentence does not name
    ("不过特朗普在网上帖文，并无提及台湾，他称…", "Trump later wrote on social media that
    …"): the leader stands right before the words that say he posted."""
    m = cues().leader_told.search(text)
    if m is None:
        return None
    side = registry().voice_in_last(text[max(0, m.start() - AUTHOR_AFTER):m.start()],
                                    author=True)
    return Said("posted", None, side, m.group()) if side is not None else None


def leader_said(text: str) -> Said | None:
    """A leader's own spoken words the sentence quotes: after them, the leader right before
    the verb ("“…,” Biden told reporters", "“…”，普京表示") or right after it ("“…”, ha
    aggiunto il presidente americano", "«…», — заявил Путин"), or before them, the leader
    right before the verb that a colon opening the quotation follows ("Meloni ha detto: “…”",
    "特朗普说：“…”"). His government's statement, given by his side's office where it has
    one (the White House's for Biden's words); a quotation his words only name ("“…”, ha
    detto Peskov di Putin") is none of his."""
    reg = registry()
    for m in cues().leader_said.finditer(text):
        closed = None
        for q in CLOSE.finditer(text, 0, m.start()):
            closed = q if _closes(text, q) else closed
        side = None
        if closed is not None:
            between = text[closed.end():m.start()]
            if width(between) <= AUTHOR_AFTER + 4:
                side = reg.voice_in_last(between[-AUTHOR_AFTER:], author=True) or \
                    titled_last(between)
            if side is None and _QUOTE_GAP.fullmatch(between):
                side = _leader_at(text[m.end():m.end() + 2 * AUTHOR_AFTER].lstrip())
        elif _opens_quotation(text, m.end()):  # the leader after the verb, else before it
            side = _leader_at(text[m.end():m.end() + 2 * AUTHOR_AFTER].lstrip()) or \
                _subject_before(text, m.start())
        if side is not None:
            return Said("spoke", reg.office_of(m.group(), side), side, m.group())
    return None


def _subject_before(text: str, at: int) -> str | None:
    """The side of the leader standing right before the verb at `at`, its subject ("Meloni
    ha detto", "Путин заявил", "特朗普说"); one a comma parts from it ("Putin, ha spiegato
    il leader Usa, «…»") is whom the words speak of."""
    before = text[max(0, at - AUTHOR_AFTER):at]
    if before.rstrip().endswith((",", "，")):
        return None
    return registry().voice_in_last(before, author=True) or titled_last(before)


def _leader_at(text: str) -> str | None:
    """The side of the leader the text opens with, an article at most before him, by name
    or by title and country ("il presidente turco", "the Greek prime minister")."""
    return registry().voice_at(text, ARTICLE, author=True) or titled_at(text, ARTICLE)


def _opens_quotation(text: str, end: int) -> bool:
    """Does a quotation open shortly after the verb ending at `end`, after a colon or a
    comma ("ha detto: “…”", "ha spiegato il leader Usa, «…»", "表示：“…”")?"""
    for i in range(end, min(len(text), end + _TO_COLON)):
        if text[i] in OPEN or text[i] == '"':
            return text[end:i].rstrip().endswith((":", "：", ",", "，"))
    return False


def _closes(text: str, mark: re.Match[str]) -> bool:
    """Does the mark close a quotation opened before it? "“" opens one as often as it closes
    a German one ("„…“"), a straight quote closes every second time: "“ Macron – ha aggiunto
    Ushakov – …”" names Macron inside the words, not as their speaker."""
    ch, before = mark.group(), text[:mark.start()]
    if ch == '"':
        return before.count('"') % 2 == 1
    if ch == "“":
        return before.rfind("„") > before.rfind("“")
    return True
