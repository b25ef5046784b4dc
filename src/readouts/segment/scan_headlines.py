"""Headline lines inside an account's text the line pass reads apart: a site's related
stories, a page's headline printed twice, a contact's headline that names its parties (a new
account) or not (a subheading)."""

from __future__ import annotations

import re
from functools import lru_cache

from readouts.lang import SUPPORTED
from readouts.lang import load as load_lang
from readouts.segment.bulletin import read_dateline
from readouts.segment.layout import SENTENCE_END, heads_item
from readouts.segment.scan_state import Splitter
from readouts.segment.source_cues import MAX_CUE_LINE, cue_source, side_in, strip_markup
from readouts.segment.sources import registry
from readouts.text.alternation import union

MAX_TITLE = 200  # a document's first line may be a long headline ("Readout of ... Calls with")
_FULL_STOP = re.compile(r"。|\.\s")


def related_run(lines: list[tuple[int, int, str]], i: int, singles: set[int]) -> bool:
    """Is headline line i one of two or more in a row inside an article's text, with no
    item's lead after them ("习近平应约通话拜登 促中美关系…" over "拜登对话习最关键一句话…",
    "Leggi anche" lists without their label)? The site's related stories: an account has one
    headline, and a cue or a dateline line is read before this."""
    def title_line(k: int | None) -> bool:
        if k is None or k not in singles:
            return False
        text = strip_markup(lines[k][2].strip())  # a headline, a colon inside or not, no
        # full stop inside (a caption signed after it: "…会面。美联社")
        return len(text) <= MAX_CUE_LINE and not SENTENCE_END.search(text) and \
            not _FULL_STOP.search(text) and not text.endswith((":", "：")) and \
            cue_source(text, False, bare=True) is None and \
            read_dateline(text, standalone=True) is None
    before = next((k for k in range(i - 1, -1, -1) if lines[k][2].strip()), None)
    after = next((k for k in range(i + 1, len(lines)) if lines[k][2].strip()), None)
    if not (title_line(before) or title_line(after)):
        return False
    last = i
    while (nxt := next((k for k in range(last + 1, len(lines)) if lines[k][2].strip()),
                       None)) is not None and title_line(nxt):
        last = nxt
    return not heads_item(lines, last)


@lru_cache(maxsize=1)
def _party_words() -> re.Pattern[str]:
    return union(p for lang in SUPPORTED
                 for p in load_lang(lang, "sources").get("contact_title_parties", []))


def names_parties(text: str) -> bool:
    """Does a contact's headline name its parties ("Incontro con il Presidente", "Telefonata
    Meloni-Biden", "习近平同普京通电话")? A line that does not ("I temi dell'incontro") is a
    subheading of the article above it, not another account's headline."""
    reg = registry()
    return bool(_party_words().search(text) or reg.voice_in(text) or reg.sources_named(text)
                or side_in(text))

_SENTENCE_STOPS = "。.!?！？"


def headline_twice(split: Splitter, lines: list[tuple[int, int, str]], i: int,
                    text: str) -> bool:
    """A page's headline printed twice (the page's title, then the article's): the second is
    skipped, and the first, if read as the account's text, becomes its title. A paragraph that
    ends a sentence is no headline: a lead printed again under its photo ("…国事访问。")."""
    acc = split.current
    if acc is None or split.closed:
        return False
    if text == acc.title and not split.has_text():
        return True
    prev = next(((s, t.strip()) for s, _, t in reversed(lines[:i]) if t.strip()), None)
    if prev is None or prev[1] != text or acc.start != prev[0] or len(text) > MAX_TITLE \
            or text[-1] in _SENTENCE_STOPS:
        return False
    acc.title, acc.start, acc.blocks, acc.paras, acc.script = text, None, 0, 0, None
    return True


