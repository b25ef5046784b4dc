"""Lines that open or date an account in the line pass: a cue line naming a source, a post
or a briefing, a line announcing a side's text, a compilation's statement header, a markdown
headline, and a dateline line (with a time on the next line, as kremlin.ru prints it)."""

from __future__ import annotations

import re

from readouts.segment.bulletin import read_dateline
from readouts.segment.layout import SENTENCE_END
from readouts.segment.scan_state import Splitter
from readouts.segment.source_cues import cue_sized, cue_source, kind_cue, side_in, strip_markup
from readouts.segment.sources import registry


def cue_account(split: Splitter, line: str, at: int, strict: bool = False,
                 alone: bool = True, quoted: bool = False) -> bool:
    """Open an account if the line is a cue line (source, briefing or post); say if it did.
    strict (inside a bulletin): only a line opening with a cue word names a source, since
    an item's own lead ("央视网消息（新闻联播）：") is no cue. alone: the line is a paragraph
    of its own, so a bare source name ("Casa Bianca") is a cue too. quoted: the text after
    it opens with a quotation, so even in an article a line announcing a side's account
    ("Il comunicato di Pechino") heads that account's words, not the writer's."""
    text = strip_markup(line)
    if not cue_sized(text) or SENTENCE_END.search(text):
        return False
    if alone and not split.accounts and split.article and _label(text):
        return True  # a newspaper's section label ("Casa Bianca", "Кремль") over its article
    reg = registry()
    found = cue_source(text, strict, bare=alone, framed=not split.article)
    is_post = kind_cue("post", text) or (found is not None and found[0].type == "platform")
    is_briefing = not is_post and kind_cue("briefing", text)
    if found is None and not (is_post or is_briefing):
        return (not split.article or quoted) and (_announced(split, text, at, alone)
                                                  or _statement(split, text, at))
    evidence = f"cue: {text}"
    if is_post:
        named = reg.name_in(text)
        source = named[0] if named and named[0].type == "platform" else None
        side = reg.voice_in(text) or (found[0].side if found else None)
        split.open(at, source=source or (found[0] if found else None), evidence=evidence,
                   fixed=True, cue=text, cue_kind="post", side=side)
        return True
    if is_briefing:
        official = reg.official_in(text)
        # the government whose official speaks, not the agency relaying him ("Headlines via
        # Reuters, comments from a senior US administration official")
        government = next((named for named, _, _ in reg.named_all(text)
                           if named.type == "government"), None)
        source = official or government or (found[0] if found else None)
        if source is None and split.accounts:
            prev = split.accounts[-1]
            source, evidence = prev.source, prev.evidence if prev.fixed else evidence
        aide = reg.aide_in(text)
        split.open(at, source=source, evidence=evidence, fixed=source is not None, cue=text,
                   cue_kind="briefing", side=source.side if source else None,
                   author=aide[1] if aide else None)
        return True
    assert found is not None
    split.open(at, source=found[0], evidence=evidence, fixed=True, cue=text,
               cue_kind="statement" if kind_cue("statement", text) else None)
    return True


def _label(text: str) -> bool:
    """Is the line a source's bare name and nothing else ("Casa Bianca", "Кремль")? At an
    article's top it is the section the page files it under, not its publisher."""
    found = registry().name_in(text)
    return found is not None and _NON_WORD.sub("", text) == _NON_WORD.sub("", found[1])


_NON_WORD = re.compile(r"[\W_]+")

_ANNOUNCE_LINE = 60  # "The Chinese readout (MFA):" is short


def _statement(split: Splitter, text: str, at: int) -> bool:
    """Open an account at a compilation's header announcing a statement by a registered
    source ("Statement by the Chinese Foreign Ministry spokesperson on the call"): its text
    may be missing, the next source's cue following at once."""
    named = registry().name_in(text)
    if named is None or not any(a.fixed for a in split.accounts) or \
            not kind_cue("statement", text):
        return False
    split.open(at, source=named[0], evidence=f"cue: {text}", fixed=True, cue=text,
               cue_kind="statement")
    return True


def _announced(split: Splitter, text: str, at: int, alone: bool) -> bool:
    """Open an account at a line announcing one by its side, not its source ("Chinese
    readout:", "La versione russa"); its source is left to its own text's signatures."""
    if len(text) > _ANNOUNCE_LINE or not (alone or text.endswith((":", "："))):
        return False
    side = side_in(text)
    if side is None or not kind_cue("announce", text):
        return False  # "Joint Statement" alone names no side
    split.open(at, evidence=f"cue: {text}", fixed=True, cue=text, side=side, announced=True)
    return True


def heading_line(split: Splitter, text: str, level: int, item_level: int | None, at: int) -> None:
    """A markdown headline: a cue, a bulletin's section or item, or an account's title."""
    if cue_account(split, text, at):
        return
    if item_level is not None and level < item_level:
        split.closed = True  # a section header of a bulletin
    elif split.has_text() or level == item_level:
        split.open(at, title=text, item=level == item_level)
    elif split.current is not None and not split.closed:
        split.current.title = split.current.title or text
    else:
        split.open(at, title=text)


_TIME_LINE = re.compile(r"^(\d{1,2})[:.](\d{2})$")


def time_line(split: Splitter, text: str, lines: list[tuple[int, int, str]], i: int) -> bool:
    """A time on a line of its own right after a dateline ("4 febbraio 2026" / "18:40", as
    kremlin.ru prints them) completes the dateline; say if the line was one."""
    m = _TIME_LINE.match(text)
    acc = split.current
    if not m or acc is None or split.has_text() or not acc.dateline or "T" in acc.dateline:
        return False
    prev = next((t.strip() for _, _, t in reversed(lines[:i]) if t.strip()), "")
    if read_dateline(prev, standalone=True) is None or int(m.group(1)) > 23:
        return False
    acc.dateline = f"{acc.dateline[:10]}T{int(m.group(1)):02d}:{m.group(2)}"
    if acc.timed or acc.cue_kind == "briefing":
        return True
    before = split.accounts[-2] if len(split.accounts) > 1 else None
    acc.timed = before is not None and before.source is acc.source and acc.source is not None
    return True


def dateline_line(split: Splitter, text: str, at: int, single: bool) -> bool:
    """A dateline line dates the account it opens; after more than a lead paragraph it opens
    another account of the same source (a page's next item). Say if the line was one."""
    dateline = read_dateline(text, standalone=True)
    if not dateline or (not single and len(text) > 40):
        return False
    if split.has_text() and split.current is not None and (
            split.current.blocks > 1 or split.current.paras > 1):
        prev = split.current  # after a lead paragraph it still dates the same account
        split.open(at, source=prev.source, evidence=prev.evidence, fixed=prev.fixed)
    elif split.current is None or split.closed:
        split.open(at)
    assert split.current is not None
    split.current.dateline = split.current.dateline or dateline
    return True

