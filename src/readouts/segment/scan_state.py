"""An account being built by the line pass, and the pass's state over one document."""

from __future__ import annotations

from dataclasses import dataclass

from readouts.segment.source_cues import kind_cue
from readouts.segment.sources import Source

_ARTICLE_HEAD = 400  # a byline or a wire dateline stands within an article's first lines


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
