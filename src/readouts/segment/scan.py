"""The line pass: one walk over a document's lines that opens an account at each cue.

An account starts at a cue line naming a source ("via Xinhua"), a line naming only its
side ("Chinese readout:"), a briefing or post cue line, a news bulletin's item headline, a
markdown headline, a dateline after text, a headline that reports a contact or heads an
agency's item lead, a paragraph in another language, or after an end mark ("###"). A short
line right after a cue is the account's title, in whatever script.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from readouts.lang import SUPPORTED
from readouts.lang import load as load_lang
from readouts.segment.bulletin import heading_levels, read_dateline
from readouts.segment.layout import (
    SENTENCE_END,
    block_text,
    blocks,
    furniture,
    heads_item,
    heads_lines,
    lines_of,
    one_paragraph_a_line,
    quote_follows,
    script_of,
    title_like,
)
from readouts.segment.source_cues import (
    MAX_CUE_LINE,
    cue_sized,
    cue_source,
    kind_cue,
    side_in,
    strip_markup,
)
from readouts.segment.sources import Source, fold, registry
from readouts.text.langid import function_word_language

_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_ARTICLE_HEAD = 400  # a byline or a wire dateline stands within an article's first lines
_NAV_LINE = 40  # menu lines are short
MAX_TITLE = 200  # a document's first line may be a long headline ("Readout of ... Calls with")


@dataclass
class Open:
    """An account being built."""

    at: int  # offset where it was opened (a cue line's end, a headline's end)
    source: Source | None = None
    evidence: str = "none"
    fixed: bool = False  # source told by a cue (or inherited from one): URL/header don't apply
    cue: str | None = None
    cue_kind: str | None = None  # 'post' or 'briefing' when a cue line says so
    side: str | None = None  # a post's author's side, a briefing official's side
    announced: bool = False  # by a line naming its side, not its source ("Chinese readout:")
    title: str | None = None
    dateline: str | None = None
    start: int | None = None  # first content character
    end: int = 0
    blocks: int = 0
    paras: int = 0  # paragraphs, in a text written one a line
    timed: bool = False  # opened by a date and time line after another account's text
    author: str | None = None
    script: str | None = None
    lang: str | None = None
    item: bool = False  # a bulletin item
    lead: bool = False  # a compilation's lead reporting the contact: the compiler's news
    resumes: bool = False  # the page's own text after an excerpt of another's ("Read more")


class Splitter:
    """State of one document's pass."""

    def __init__(self, body: str) -> None:
        self.body = body
        self.accounts: list[Open] = []
        self.current: Open | None = None
        self.closed = True
        # a newspaper's article (a byline, a wire dateline at its head): its intertitles
        # ("Il colloquio", "La versione di Pechino") are no new accounts
        self.article = kind_cue("news", body[:_ARTICLE_HEAD])

    def open(self, at: int, **kw: object) -> Open:
        acc = Open(at=at, **kw)  # type: ignore[arg-type]
        if acc.fixed:  # a source's cue line: a compilation, whatever byline heads it
            self.article = False
        self.accounts.append(acc)
        self.current, self.closed = acc, False
        return acc

    def has_text(self) -> bool:
        return self.current is not None and not self.closed and self.current.start is not None

    def add(self, start: int, end: int) -> None:
        if self.current is None or self.closed:
            self.open(start)
        acc = self.current
        assert acc is not None
        if acc.start is None:
            acc.start = start
        acc.end = end


def _cue_account(split: Splitter, line: str, at: int, strict: bool = False,
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
        source = official or (found[0] if found else None)
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


def _heading(split: Splitter, text: str, level: int, item_level: int | None, at: int) -> None:
    """A markdown headline: a cue, a bulletin's section or item, or an account's title."""
    if _cue_account(split, text, at):
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


def _time_line(split: Splitter, text: str, lines: list[tuple[int, int, str]], i: int) -> bool:
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


def _dateline(split: Splitter, text: str, at: int, single: bool) -> bool:
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


def scan(body: str) -> Splitter:
    page = furniture()
    lines = lines_of(body)
    levels = heading_levels(t for _, _, t in lines)
    item_level = max((lv for lv, n in levels.items() if n >= 2), default=None)
    split = Splitter(body)
    block_of: dict[int, tuple[int, int]] = {b[0]: b for b in blocks(lines)}
    singles = {first for first, last in block_of.values() if first == last}
    block_last = -1
    prev_ended = True  # the previous line ended a paragraph or a sentence
    line_paras = False  # the block is written one paragraph a line (a page's text pasted)
    for i, (start, end, raw) in enumerate(lines):
        text = raw.strip()
        if not text:
            prev_ended = True
            continue
        new_block = i in block_of
        if new_block:
            block_last = block_of[i][1]
            line_paras = one_paragraph_a_line(lines, i, block_last)
        single = new_block and block_last == i
        # a line starting a paragraph, in text with blank lines or one line per paragraph,
        # and not a wrapped line whose sentence runs on into the next line
        para = line_paras or (new_block or prev_ended) and not (
            i + 1 < len(lines) and lines[i + 1][2][:1].islower())
        prev_ended = True
        folded = fold(strip_markup(text)).rstrip(":：") if len(text) <= _NAV_LINE else None
        if folded in page.lists and split.has_text():
            break  # "More Stories": the site's other headlines follow, the story has ended
        if folded is not None and folded.rstrip(" .…>»›→") in page.excerpt_ends and \
                split.current is not None and split.current.fixed and split.has_text():
            split.open(end, resumes=True)  # "Read more ....": the relayed excerpt ends,
            continue  # the page's own text follows
        if page.noise.match(text) or folded in page.nav or folded in page.lists:
            continue
        if page.end_marks.match(text):
            split.closed = True
            continue
        if _headline_twice(split, lines, i, text):
            continue
        heading = _HEADING.match(text)
        if heading:
            _heading(split, strip_markup(heading.group(2)), len(heading.group(1)), item_level,
                     end)
            continue
        if para and cue_sized(text) and _cue_account(
                split, text, end, strict=item_level is not None, alone=single,
                quoted=quote_follows(lines, i)):
            continue  # a cue line may open a block whose next lines are the text
        if (single or para) and len(text) <= 80 and (
                _dateline(split, text, end, single) or _time_line(split, text, lines, i)):
            continue
        after_cue = para and split.current is not None and split.current.fixed and not (
            split.closed or split.has_text())
        at_top = not split.accounts  # the document's headline, if any, may be long
        if (single or after_cue or (para and at_top and heads_lines(lines, i, block_last))) \
                and title_like(text, MAX_TITLE if at_top else MAX_CUE_LINE):
            if not split.has_text():
                if split.current is None or split.closed:
                    split.open(end, title=text)
                else:
                    split.current.title = split.current.title or text
                continue
            acc = split.current
            assert acc is not None
            if single and item_level is None and _related_run(lines, i, singles):
                continue  # the site's related stories between the article's paragraphs
            script = script_of(text + text + text) or acc.script  # short: weigh it up
            inside = acc.item or kind_cue("transcript", text)  # an item's or a transcript's
            if not inside and (script != acc.script or heads_item(lines, i) or (
                    not split.article and kind_cue("readout", text) and _names_parties(text))):
                split.open(end, title=text)
                continue
        prev_ended = bool(SENTENCE_END.search(text))
        if new_block and split.has_text():
            _maybe_language_change(split, lines, i, block_last)
        split.add(start, end)
        acc = split.current
        assert acc is not None
        acc.paras += para
        if new_block:
            acc.blocks += 1
            if acc.script is None:
                acc.script = script_of(block_text(lines, i, block_last))
    return split



_FULL_STOP = re.compile(r"。|\.\s")


def _related_run(lines: list[tuple[int, int, str]], i: int, singles: set[int]) -> bool:
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
    return re.compile("|".join(f"(?:{p})" for lang in SUPPORTED for p in load_lang(
        lang, "sources").get("contact_title_parties", [])) or r"(?!)", re.I)


def _names_parties(text: str) -> bool:
    """Does a contact's headline name its parties ("Incontro con il Presidente", "Telefonata
    Meloni-Biden", "习近平同普京通电话")? A line that does not ("I temi dell'incontro") is a
    subheading of the article above it, not another account's headline."""
    reg = registry()
    return bool(_party_words().search(text) or reg.voice_in(text) or reg.sources_named(text)
                or side_in(text))

_SENTENCE_STOPS = "。.!?！？"


def _headline_twice(split: Splitter, lines: list[tuple[int, int, str]], i: int,
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



def _maybe_language_change(split: Splitter, lines: list[tuple[int, int, str]], first: int,
                           last: int) -> None:
    """Start a new account where a long paragraph is in another language."""
    acc = split.current
    assert acc is not None
    sample = block_text(lines, first, last)
    script = script_of(sample)
    if script is None or acc.script is None:
        return
    if script == acc.script:
        if script != "latin" or len(sample) < 120:
            return
        if acc.lang is None:
            acc.lang = function_word_language(split.body[acc.start or 0:acc.end])
        lang = function_word_language(sample)
        if acc.lang is None or lang is None or lang == acc.lang:
            return
    split.open(lines[first][0])
    split.current.script = script  # type: ignore[union-attr]

