"""Split a document into the accounts it holds, in order.

One pass over the lines. An account starts at a cue line naming a source ("via Xinhua"),
a line naming only its side ("Chinese readout:"), a briefing or post cue line, a news
bulletin's item headline, a markdown headline, a dateline after text, a headline that
reports a contact or heads an agency's item lead, a paragraph in another language, or
after an end mark ("###"). A short line right after a cue is the account's title, in
whatever script. The text before the first cue of a compilation (the compiler's lead), a
bulletin's table of contents, and page furniture (menus, share buttons, related links,
copyright lines) are not accounts; a newspaper article's intertitles open none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from readouts import knowledge
from readouts.lang import SUPPORTED
from readouts.lang import load as load_lang
from readouts.segment.bulletin import heading_levels, is_digest, read_dateline
from readouts.segment.sources import (
    MAX_CUE_LINE,
    Source,
    cue_source,
    fold,
    kind_cue,
    registry,
    side_in,
    strip_markup,
)
from readouts.segment.turns import Turn, find_turns, is_question
from readouts.text.langid import detect_language, function_word_language

_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_SENTENCE_END = re.compile(r"[.!?。！？…;；]['\"”»）)]*\s*$")
_ARTICLE_HEAD = 400  # a byline or a wire dateline stands within an article's first lines
_NAV_LINE = 40  # menu lines are short
_MAX_TITLE = 200  # a document's first line may be a long headline ("Readout of ... Calls with")
_LEAD = 300  # characters of an account's start read for kind cues
_TAIL = 2000  # page furniture is looked for in an account's last characters only
_INTRO_BLOCKS = 3  # a compilation's lead before its first cue has at most this many paragraphs


@dataclass
class AccountDraft:
    """One source's account inside a document, before extraction."""

    text: str
    start: int
    end: int
    source: str
    side: str | None
    kind: str
    title: str | None
    language: str
    evidence: str
    dateline: str | None
    turns: list[Turn] = field(default_factory=list)
    author: str | None = None  # the aide or spokesperson a briefing is by, as written


@dataclass
class _Open:
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


@dataclass(frozen=True)
class _Furniture:
    end_marks: re.Pattern[str]
    noise: re.Pattern[str]
    nav: frozenset[str]  # a web page's menu and share lines ("Skip to main content", "首页")
    trailers: tuple[tuple[str, re.Pattern[str]], ...]  # (a literal it holds, pattern)
    item_leads: re.Pattern[str]  # how an agency's or a bulletin's item opens ("央视网消息")


@lru_cache(maxsize=1)
def _furniture() -> _Furniture:
    data = knowledge.load("sources")

    def union(key: str) -> re.Pattern[str]:
        return re.compile("|".join(f"(?:{p})" for p in data.get(key, [])) or r"(?!)")

    nav = frozenset(fold(line) for lang in SUPPORTED
                    for line in load_lang(lang, "sources").get("nav_lines", []))
    return _Furniture(union("end_marks"), union("noise_lines"), nav,
                      tuple((t["holds"], re.compile(t["pattern"], re.S))
                            for t in data.get("trailers", [])),
                      union("item_leads"))


_HAN = re.compile(r"[\u4e00-\u9fff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


def _script(text: str) -> str | None:
    """'han', 'cyrillic' or 'latin' by the letters of a sample, None if too few."""
    sample = text[:160]
    han = len(_HAN.findall(sample)) * 3  # a Han character carries a word
    cyr = len(_CYRILLIC.findall(sample))
    lat = len(_LATIN.findall(sample))
    best = max(han, cyr, lat)
    if best < 24:
        return None
    return "han" if best == han else "cyrillic" if best == cyr else "latin"


def _blocks(lines: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Runs of non-blank lines as (first, last) line indexes."""
    out: list[tuple[int, int]] = []
    first = None
    for i, (_, _, text) in enumerate(lines):
        if text.strip():
            if first is None:
                first = i
        elif first is not None:
            out.append((first, i - 1))
            first = None
    if first is not None:
        out.append((first, len(lines) - 1))
    return out


def _lines(body: str) -> list[tuple[int, int, str]]:
    out = []
    pos = 0
    for raw in body.splitlines(keepends=True):
        text = raw.rstrip("\r\n")
        out.append((pos, pos + len(text), text))
        pos += len(raw)
    return out


def _title_like(text: str, limit: int = MAX_CUE_LINE) -> bool:
    """A headline: short, not a sentence, not a line running on, not a speaker's turn."""
    return (len(text) <= limit and not _SENTENCE_END.search(text)
            and not text.endswith((",", ":", "：", "，")) and not find_turns(text))


class _Splitter:
    """State of one document's pass."""

    def __init__(self, body: str) -> None:
        self.body = body
        self.accounts: list[_Open] = []
        self.current: _Open | None = None
        self.closed = True
        # a newspaper's article (a byline, a wire dateline at its head): its intertitles
        # ("Il colloquio", "La versione di Pechino") are no new accounts
        self.article = kind_cue("news", body[:_ARTICLE_HEAD])

    def open(self, at: int, **kw: object) -> _Open:
        acc = _Open(at=at, **kw)  # type: ignore[arg-type]
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


def _cue_account(split: _Splitter, line: str, at: int, strict: bool = False,
                 alone: bool = True, quoted: bool = False) -> bool:
    """Open an account if the line is a cue line (source, briefing or post); say if it did.
    strict (inside a bulletin): only a line opening with a cue word names a source, since
    an item's own lead ("央视网消息（新闻联播）：") is no cue. alone: the line is a paragraph
    of its own, so a bare source name ("Casa Bianca") is a cue too. quoted: the text after
    it opens with a quotation, so even in an article a line announcing a side's account
    ("Il comunicato di Pechino") heads that account's words, not the writer's."""
    text = strip_markup(line)
    if len(text) > MAX_CUE_LINE or _SENTENCE_END.search(text):
        return False
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


_ANNOUNCE_LINE = 60  # "The Chinese readout (MFA):" is short


def _statement(split: _Splitter, text: str, at: int) -> bool:
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


def _announced(split: _Splitter, text: str, at: int, alone: bool) -> bool:
    """Open an account at a line announcing one by its side, not its source ("Chinese
    readout:", "La versione russa"); its source is left to its own text's signatures."""
    if len(text) > _ANNOUNCE_LINE or not (alone or text.endswith((":", "："))):
        return False
    side = side_in(text)
    if side is None or not kind_cue("announce", text):
        return False  # "Joint Statement" alone names no side
    split.open(at, evidence=f"cue: {text}", fixed=True, cue=text, side=side, announced=True)
    return True


def _heading(split: _Splitter, text: str, level: int, item_level: int | None, at: int) -> None:
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


def _time_line(split: _Splitter, text: str, lines: list[tuple[int, int, str]], i: int) -> bool:
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


def _dateline(split: _Splitter, text: str, at: int, single: bool) -> bool:
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


def _scan(body: str) -> _Splitter:
    furniture = _furniture()
    lines = _lines(body)
    levels = heading_levels(t for _, _, t in lines)
    item_level = max((lv for lv, n in levels.items() if n >= 2), default=None)
    split = _Splitter(body)
    block_of: dict[int, tuple[int, int]] = {b[0]: b for b in _blocks(lines)}
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
            line_paras = _one_paragraph_a_line(lines, i, block_last)
        single = new_block and block_last == i
        # a line starting a paragraph, in text with blank lines or one line per paragraph,
        # and not a wrapped line whose sentence runs on into the next line
        para = line_paras or (new_block or prev_ended) and not (
            i + 1 < len(lines) and lines[i + 1][2][:1].islower())
        prev_ended = True
        if furniture.noise.match(text) or (len(text) <= _NAV_LINE and fold(
                strip_markup(text)).rstrip(":：") in furniture.nav):
            continue
        if furniture.end_marks.match(text):
            split.closed = True
            continue
        if _headline_twice(split, lines, i, text):
            continue
        heading = _HEADING.match(text)
        if heading:
            _heading(split, strip_markup(heading.group(2)), len(heading.group(1)), item_level,
                     end)
            continue
        if para and len(text) <= MAX_CUE_LINE and _cue_account(
                split, text, end, strict=item_level is not None, alone=single,
                quoted=_quote_follows(lines, i)):
            continue  # a cue line may open a block whose next lines are the text
        if (single or para) and len(text) <= 80 and (
                _dateline(split, text, end, single) or _time_line(split, text, lines, i)):
            continue
        after_cue = para and split.current is not None and split.current.fixed and not (
            split.closed or split.has_text())
        at_top = not split.accounts  # the document's headline, if any, may be long
        if (single or after_cue or (para and at_top and _heads_lines(lines, i, block_last))) \
                and _title_like(text, _MAX_TITLE if at_top else MAX_CUE_LINE):
            if not split.has_text():
                if split.current is None or split.closed:
                    split.open(end, title=text)
                else:
                    split.current.title = split.current.title or text
                continue
            acc = split.current
            assert acc is not None
            script = _script(text + text + text) or acc.script  # short: weigh it up
            inside = acc.item or kind_cue("transcript", text)  # an item's or a transcript's
            if not inside and (script != acc.script or _heads_item(lines, i) or (
                    not split.article and kind_cue("readout", text))):
                split.open(end, title=text)
                continue
        prev_ended = bool(_SENTENCE_END.search(text))
        if new_block and split.has_text():
            _maybe_language_change(split, lines, i, block_last)
        split.add(start, end)
        acc = split.current
        assert acc is not None
        acc.paras += para
        if new_block:
            acc.blocks += 1
            if acc.script is None:
                acc.script = _script(_block_text(lines, i, block_last))
    return split


_QUOTE_OPEN = ('"', "«", "“", "„", "「")


def _quote_follows(lines: list[tuple[int, int, str]], i: int) -> bool:
    """Does the next paragraph after line i open with a quotation?"""
    nxt = next((t.strip() for _, _, t in lines[i + 1:i + 8] if t.strip()), "")
    return nxt.startswith(_QUOTE_OPEN)


def _headline_twice(split: _Splitter, lines: list[tuple[int, int, str]], i: int,
                    text: str) -> bool:
    """A page's headline printed twice (the page's title, then the article's): the second is
    skipped, and the first, if read as the account's text, becomes its title."""
    acc = split.current
    if acc is None or split.closed:
        return False
    if text == acc.title and not split.has_text():
        return True
    prev = next(((s, t.strip()) for s, _, t in reversed(lines[:i]) if t.strip()), None)
    if prev is None or prev[1] != text or acc.start != prev[0] or len(text) > _MAX_TITLE:
        return False
    acc.title, acc.start, acc.blocks, acc.paras, acc.script = text, None, 0, 0, None
    return True


def _heads_item(lines: list[tuple[int, int, str]], i: int) -> bool:
    """Is line i the headline of a news item, its next paragraph opening as an agency's or a
    bulletin's item does ("央视网消息（新闻联播）：", "MOSCOW, March 12. /TASS/.")?"""
    nxt = next((t.strip() for _, _, t in lines[i + 1:i + 3] if t.strip()), "")
    return bool(nxt) and bool(_furniture().item_leads.match(strip_markup(nxt)))


_WINDOW = 8  # lines after a headline read to tell one paragraph a line from wrapped prose


def _heads_lines(lines: list[tuple[int, int, str]], i: int, last: int) -> bool:
    """Is line i a headline over paragraphs written one a line? The long lines after it end
    sentences, and it is shorter than they are; a hard-wrapped paragraph's first line is
    as wide as the wrap and its sentence runs on."""
    def width(t: str) -> int:
        return len(t) + len(_HAN.findall(t))

    after = [t.strip() for _, _, t in lines[i + 1:min(last, i + _WINDOW) + 1]]
    long = [t for t in after if width(t) > 40]
    ends = sum(bool(_SENTENCE_END.search(t)) for t in long)
    return (len(long) >= 2 and ends * 2 >= len(long)
            and width(lines[i][2].strip()) < 0.9 * max(map(width, long)))


_PARA_LINES = 3  # long lines a block needs before it can be told one paragraph a line


def _one_paragraph_a_line(lines: list[tuple[int, int, str]], first: int, last: int) -> bool:
    """Is the block written one paragraph a line, each of its short lines a headline or a
    cue of its own? Its long lines end sentences; a hard-wrapped paragraph's lines run on."""
    long = [t for _, _, t in lines[first:last + 1] if len(t) > 100]
    ends = sum(bool(_SENTENCE_END.search(t.rstrip())) for t in long)
    return len(long) >= _PARA_LINES and ends >= 0.8 * len(long)


def _block_text(lines: list[tuple[int, int, str]], first: int, last: int) -> str:
    return " ".join(t for _, _, t in lines[first:min(last, first + 6) + 1])


def _maybe_language_change(split: _Splitter, lines: list[tuple[int, int, str]], first: int,
                           last: int) -> None:
    """Start a new account where a long paragraph is in another language."""
    acc = split.current
    assert acc is not None
    sample = _block_text(lines, first, last)
    script = _script(sample)
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


def _trim(body: str, start: int, end: int) -> int:
    """Cut trailing page furniture ("География ... Текстовая версия") off an account."""
    tail = max(start, end - _TAIL)
    for literal, rx in _furniture().trailers:
        if literal in body[tail:end] and (m := rx.search(body, tail, end)):
            end = m.start()
    return end


def _kind(acc: _Open, source: Source | None, text: str, title: str | None,
          turns: list[Turn], region: str) -> str:
    """region: the account's span with the furniture around it (a byline under the
    headline, a copyright line after the text), where a newspaper's marks stand."""
    head = " ".join(x for x in (acc.cue, title) if x)
    lead = text[:_LEAD]
    if acc.cue_kind == "post" or (source is not None and source.type == "platform"):
        return "post"
    if source is None and acc.lead:
        return "news"
    official_voice = source is None or source.type == "government"
    if acc.cue_kind == "briefing" or kind_cue("briefing", head) or (
            official_voice and kind_cue("briefing_lead", lead)):
        return "briefing"
    if any(not is_question(t.label) for t in turns) or kind_cue("transcript", head):
        return "transcript"
    if acc.cue_kind == "statement" or (title and kind_cue("statement", title)):
        return "statement"
    if source is None:  # a byline, a wire dateline, a copyright line: a newspaper's report
        if kind_cue("news", region[:_LEAD]) or kind_cue("news", region[-_LEAD:]) or (
                kind_cue("reported", text) or registry().publishers_in(text) >= 2):
            return "news"
        # a side's account a compiler announces ("Китайская версия:") is its readout; an
        # unsigned text nobody announces is an article about the contact, even with no byline
        return "readout" if acc.announced else "news"
    if source.type == "media":
        return "news"
    if source.type == "state-media" and source.kind == "readout":
        # Xinhua and CCTV carry the official readout of their own leader's talks, and news;
        # a compiler's "La versione cinese (Xinhua)" calls it the readout
        if acc.cue and kind_cue("announce", strip_markup(acc.cue)):
            return "readout"
        own_leader = registry().voice_in(f"{head} {lead}") == source.side
        return "readout" if own_leader and kind_cue("readout", f"{head} {lead}") else "news"
    return source.kind


def _drop_leads(accounts: list[_Open], body: str) -> list[_Open]:
    """Drop a compilation's lead (before its first cue) and a bulletin's table of contents.
    A lead that reports the contact ("Xi spoke with Putin in the afternoon and with Trump in
    the evening; below, the readouts") is the compiler's own account: it stays, as news."""
    first_cue = next((i for i, a in enumerate(accounts) if a.fixed), None)
    first_item = next((i for i, a in enumerate(accounts) if a.item), None)
    drop: set[int] = set()
    if first_cue is not None and first_cue > 0:
        lead = accounts[:first_cue]
        reports = any(a.start is not None and kind_cue("contact", body[a.start:a.end])
                      for a in lead)
        if reports:
            accounts[0].lead = True
        elif sum(a.blocks for a in lead) <= _INTRO_BLOCKS:
            drop |= set(range(first_cue))
    if first_item is not None:
        for i in range(first_item):
            a = accounts[i]
            if a.start is None or is_digest(body[a.start:a.end]):
                drop.add(i)
    return [a for i, a in enumerate(accounts) if i not in drop]


_FURNITURE_LINE = 80  # a menu's or a related-links list's lines are short


def _drop_furniture(accounts: list[_Open], body: str) -> list[_Open]:
    """Drop runs of short lines with no sentence in them (a related-links list, a footer)
    that a page leaves after its text, unless nothing else is left."""
    def furniture(a: _Open) -> bool:
        if a.start is None or a.fixed or a.title is not None or a.end - a.start > _TAIL:
            return False
        lines = [ln.strip() for ln in body[a.start:a.end].splitlines() if ln.strip()]
        return all(len(ln) <= _FURNITURE_LINE and not _SENTENCE_END.search(ln) for ln in lines)

    kept = [a for a in accounts if not furniture(a)]
    return kept if any(a.start is not None for a in kept) else accounts


def split_accounts(body: str, meta: dict[str, str], lang: str) -> list[AccountDraft]:
    """Split a document body into its accounts, in order, each with source, side, kind,
    title, language, dateline and speaker turns. `meta` holds the header keys (url,
    source, title, ...), possibly none; `lang` is the document's main language."""
    reg = registry()
    doc_source, doc_evidence = None, "none"
    if (found := reg.from_url(meta.get("url"))) is not None:
        doc_source, doc_evidence = found, "url"
    elif (found := reg.from_header(meta.get("source"))) is not None:
        doc_source, doc_evidence = found, "header"
    split = _scan(body)
    kept = [a for a in _drop_furniture(_drop_leads(split.accounts, body), body)
            if a.start is not None or a.cue_kind in ("post", "statement")]
    if not kept:  # nothing but furniture: the whole body is one account
        kept = [_Open(at=0, start=0, end=len(body))]
    doc_signature = None
    drafts: list[AccountDraft] = []
    for n, acc in enumerate(kept):
        if acc.start is None:
            start = end = acc.at
        else:
            start, end = acc.start, _trim(body, acc.start, acc.end)
        text = body[start:end]
        title = acc.title
        if title is None and n == 0 and not acc.fixed:
            title = meta.get("title") or None
        source, evidence = acc.source, acc.evidence
        if acc.announced and source is None:  # its side is named: its own text may tell, or
            sig = reg.signature_in(text) or reg.signature_in(title or "")  # a page of that side
            named = reg.name_in(text)
            if sig is not None:
                source, evidence = sig[0], f"signature: {sig[1]}"
            elif doc_source is not None and doc_source.side == acc.side:
                source, evidence = doc_source, doc_evidence
            elif named is not None and named[0].side == acc.side:  # "…, afferma la CCTV"
                source, evidence = named[0], f"named: {named[1]}"
        elif not acc.fixed:
            if doc_source is not None:
                source, evidence = doc_source, doc_evidence
            elif (sig := reg.signature_in(text) or reg.signature_in(title or "")) is not None:
                source, evidence = sig[0], f"signature: {sig[1]}"
            elif (official := _briefing_official(text)) is not None:
                source, evidence = official, "signature: official"
            elif not acc.lead:  # the body's marks are its accounts', not the compiler's
                if doc_signature is None:
                    doc_signature = reg.signature_in(body) or ()
                if doc_signature:
                    source, evidence = doc_signature[0], f"signature: {doc_signature[1]}"
        turns = find_turns(text) if text else []
        region = body[acc.at:kept[n + 1].at if n + 1 < len(kept) else len(body)]
        kind = _kind(acc, source, text, title, turns, region)
        author = acc.author
        if kind == "briefing" or acc.timed:
            aide = None if author else reg.aide_in(text[:_LEAD])
            if aide is not None and (source is None or aide[0] is source):
                author = aide[1]  # a date and time line then an aide's words: his briefing
                kind = "briefing" if acc.timed and source is not None else kind
        side = acc.side if (acc.cue_kind in ("post", "briefing") or source is None) and \
            acc.side else (source.side if source is not None else None)
        dateline = (acc.dateline or read_dateline(text[:400], standalone=False)
                    or _title_date(title))
        drafts.append(AccountDraft(
            text=text, start=start, end=end, source=source.id if source else "unknown",
            side=side, kind=kind, title=title, language=_language(text, lang, len(kept)),
            evidence=evidence if source or side else "none", dateline=dateline, turns=turns,
            author=author if kind == "briefing" else None))
    return drafts


_YEAR = re.compile(r"\d{4}")


def _title_date(title: str | None) -> str | None:
    """The date a headline ends with, after a colon or a dash ("PM call with President Xi:
    12 March 2025"), as gov.uk titles readouts."""
    if not title or not _YEAR.search(title):
        return None
    tail = re.split(r"[:：—–|]\s*", title)[-1]
    return read_dateline(tail, standalone=True) if tail != title else None


def _briefing_official(text: str) -> Source | None:
    """The source of the aide or spokesperson whose briefing this is ("Aide to the President
    Yury Ushakov answered media questions ..." -> kremlin)."""
    lead = text[:_LEAD]
    return registry().official_in(lead) if kind_cue("briefing_lead", lead) else None


def _language(text: str, doc_lang: str, count: int) -> str:
    """The account's language: the document's for a lone account in its script, else
    detected (a compilation mixes languages)."""
    if not text.strip():
        return doc_lang
    script = _script(text)
    doc_script = {"zh": "han", "ru": "cyrillic"}.get(doc_lang, "latin")
    if count == 1 and script in (None, doc_script):
        return doc_lang
    if script in ("han", "cyrillic"):
        return "zh" if script == "han" else "ru"
    found = function_word_language(text) or detect_language(text)  # function words first: cheap
    return found if found in SUPPORTED else doc_lang
