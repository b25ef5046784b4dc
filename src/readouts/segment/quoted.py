"""The official texts a news article quotes inline, each its source's own account.

Articles quote governments' accounts inside their own text: whole, after a line that
announces them ("Here is the full readout issued by the White House:", "Полный текст
сообщения пресс-службы Кремля:", "以下为白宫声明全文：", or with no colon "Below is the
Kremlin statement."), under a bracketed header
("（美国白宫发布的文稿）"), after a colon in a sentence ("Before the call, Trump tweeted:
“…”"), or as a paragraph that is mostly a source's quoted words ("“…,” the White House
said"). Each is that source's account, with its side and kind (readout, statement, post,
briefing), and ends where the article's own voice resumes; a sentence that points to a
text the article leaves out ("The readout is here") is that source's empty account. The
article resumes where a paragraph speaks of the quoted text's source or of the text
("The White House readout did not mention Taiwan"), or gives another source's words.

A single quoted sentence is the article's: a paragraph goes to a source when its quoted
words are long, or when in two of its sentences that source speaks; a news item that
quotes one post in passing (a leader's reaction) stays whole. One pass over the
article's paragraphs and sentences, each searched once; cue phrases are data
(lang/<lang>/quoting.yaml), the engine is the same for every language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from readouts.lang import SUPPORTED
from readouts.lang import load as load_lang
from readouts.segment.prose import OPEN, Sentence, paragraphs, width
from readouts.segment.prose import sentences as cut_sentences
from readouts.segment.sources import Source, kind_cue, registry

_HEADER = re.compile(r"[ \t]*[（(【\[]([^（()）【】\[\]\n]{2,60})[）)】\]]")
_QUOTATION = re.compile(r'“[^”]*”|«[^»]*»|„[^“”]*[“”]|「[^」]*」|『[^』]*』|"[^"]*"')
_COLON = (":", "：")

_NEAR = 8  # width between a source's name and its speech cue when it is the one speaking
_LONG_QUOTE = 120  # quoted width (a Han character counts two) that makes a paragraph a source's
_QUOTE_SHARE = 0.4  # ... when its quoted words are this share of the paragraph at least
_INLINE_QUOTE = 160  # a colon's quotation this wide, or of two sentences, is a quoted text
_POST_QUOTE = 20  # a quoted post may be short


@dataclass(frozen=True)
class Voice:
    """Whose text a stretch of the article is: a source's account, or the article's."""

    source: Source
    side: str | None
    kind: str
    evidence: str


@dataclass(frozen=True)
class Piece:
    """A stretch of an article: `voice` None is the article's own text; `empty` is an
    account the article points to without giving it."""

    start: int
    voice: Voice | None
    empty: bool = False


@dataclass(frozen=True)
class _Cues:
    speech: re.Pattern[str]
    announce: re.Pattern[str]
    statement: re.Pattern[str]
    link: re.Pattern[str]
    resume: re.Pattern[str]
    lead: re.Pattern[str]


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    found: dict[str, list[str]] = {}
    for lang in SUPPORTED:
        for key, patterns in load_lang(lang, "quoting").items():
            found.setdefault(key, []).extend(patterns)

    def union(key: str) -> re.Pattern[str]:
        return re.compile("|".join(f"(?:{p})" for p in found.get(key, [])) or r"(?!)", re.I)

    return _Cues(union("speech"), union("announce"), union("statement"), union("link"),
                 union("resume"), union("lead"))


def voice_of(source: Source, text: str, how: str) -> Voice:
    """The voice of a source's quoted text; `text` is what introduces it."""
    reg = registry()
    cues = _cues()
    if source.type == "platform" or kind_cue("post", text):
        author = reg.voice_in(_QUOTATION.sub(" ", text))  # the author, not whom he names
        return Voice(source, author or source.side, "post", f"quoted post: {how}")
    if source.type == "media":
        return Voice(source, None, "news", f"quoted: {how}")
    if kind_cue("briefing", text) or reg.aide_in(text) is not None:
        kind = "briefing"
    elif cues.statement.search(text):
        kind = "statement"
    else:
        kind = source.kind if source.kind in ("readout", "statement", "briefing") else "news"
    return Voice(source, source.side, kind, f"quoted: {how}")


def _header(body: str, start: int, end: int) -> tuple[int, Voice] | None:
    """A bracketed header opening a paragraph that names a source's text ("（美国白宫发布的
    文稿）", "[Statement of the Kremlin]"): the voice of what follows, and where it starts."""
    m = _HEADER.match(body, start, end)
    if m is None:
        return None
    inner = m.group(1)
    reg = registry()
    named = reg.first_named(inner)
    source = named[0] if named else reg.official_in(inner)
    if source is None or not (_cues().announce.search(inner) or kind_cue("briefing", inner)):
        return None
    return m.end(), voice_of(source, inner, inner)


def _key(voice: Voice | None) -> tuple[str, str | None, str] | None:
    return None if voice is None else (voice.source.id, voice.side, voice.kind)


class _Pass:
    """One article's pass: pieces in order, a new one only where the voice changes."""

    def __init__(self, body: str, own: Source | None) -> None:
        self.body = body
        self.own = own
        self.pieces: list[Piece] = []
        self.current: Voice | None = None
        self.announced = False  # a header or a line ending in a colon announced a text

    def begin(self, at: int, voice: Voice | None) -> None:
        if voice is not None and self.own is not None and voice.source is self.own:
            voice = None  # the article quoting its own publisher is the article
        if not self.pieces or _key(voice) != _key(self.current):
            self.pieces.append(Piece(at, voice))
        self.current = voice

    def empty(self, at: int, voice: Voice) -> None:
        self.pieces.append(Piece(at, voice, empty=True))
        self.pieces.append(Piece(at, self.current))


@dataclass
class Quoted:
    """An article span's pieces ([]: it stays one account) and the announced text still
    running at its end (a dateline line inside a quoted Kremlin text cuts the span)."""

    pieces: list[Piece]
    running: Voice | None


def quoted_pieces(body: str, start: int, end: int, own: Source | None,
                  carry: Voice | None = None, quoting: bool = False,
                  whole: bool = False) -> Quoted:
    """The pieces of the news account body[start:end] (`own`: its publisher). `carry`: the
    span opens with the text an article's line announced, in that voice, until the article
    resumes; `whole`: give the pieces even when that text runs to the end. `quoting`: the
    document has quoted official texts before this span."""
    reg = registry()
    cues = _cues()
    run = _Pass(body, own)
    run.begin(start, carry)
    run.announced = carry is not None
    for p_start, p_end in paragraphs(body, start, end):
        header = _header(body, p_start, p_end)
        if header is not None:
            run.announced = True
            run.begin(p_start, header[1])
            carry = header[1]
            continue
        sentences = cut_sentences(body, p_start, p_end)
        if not sentences:
            continue
        said: dict[Source, list[Sentence]] = {}  # sentences naming a source and a speech cue
        speaks: dict[Source, int] = {}  # ... where the source is the one speaking
        intro: tuple[Sentence, Source, str] | None = None
        links: list[tuple[Sentence, Source]] = []
        last_named: tuple[Source, str] | None = None
        for s in sentences:
            text = body[s.start:s.end]
            named = reg.first_named(text)
            if named is not None:
                last_named = named[:2]
            colon = _colon(text)
            if colon is None and named is not None and not s.quoted and \
                    cues.lead.match(text) and cues.announce.search(text):
                colon = len(text.rstrip())  # "Below is the Kremlin statement." opens a text too
            if colon is not None and intro is None:
                head = text[:colon]
                who = reg.first_named(head)
                aide = reg.aide_in(head)  # "毛宁说：「…」": a spokesperson speaks for his source
                source, name = (who[:2] if who else aide if aide else last_named or (None, ""))
                if source is not None and (cues.speech.search(head) or cues.announce.search(head)
                                           or source.type == "platform"):
                    intro = (s, source, name)
                    continue
            if named is None:
                continue
            if cues.link.search(text) and not s.quoted:
                links.append((s, named[0]))
            elif cues.speech.search(text):
                said.setdefault(named[0], []).append(s)
                if _speaks(text, named[1], named[2]):
                    speaks[named[0]] = speaks.get(named[0], 0) + 1
        first_text = body[sentences[0].start:sentences[0].end]
        own = _attributed(body, sentences, said, speaks, p_start, p_end) if intro is None \
            else None
        if carry is not None and intro is None and own is None and not links and not (
                cues.resume.search(first_text)
                or carry.source.id in reg.sources_named(body[p_start:p_end])):
            run.begin(p_start, carry)
            continue
        carry = None
        if intro is not None:
            carry = _announce(run, body, sentences, intro, p_end)
        elif own is not None:
            run.begin(p_start, own)
        elif not (sentences[0].opens_quote and not said and run.current is not None):
            run.begin(p_start, None)  # a bare quotation goes on with the voice before it
        for s, source in links:
            run.empty(s.start, voice_of(source, body[s.start:s.end], body[s.start:s.end]))
    running = carry if carry is not None and _key(run.current) == _key(carry) else None
    if not whole and carry is not None and all(_key(p.voice) == _key(carry)
                                               for p in run.pieces):
        return Quoted([], running)  # the announced text runs to the end
    voices = {_key(p.voice) for p in run.pieces if p.voice is not None}
    # a news item quoting one post in passing (its author's reaction) stays one account;
    # one that quotes an official text, sets several side by side or announces one is cut
    passing = len(voices) == 1 and next(iter(voices))[2] == "post"  # type: ignore[index]
    cut = voices and (quoting or run.announced or not passing)
    return Quoted(run.pieces if cut else [], running if cut else None)


def _speaks(text: str, name: str, at: int) -> bool:
    """Is the named source the one speaking: a speech cue right after its name ("the
    Kremlin said", "新华社报道") or right before it ("according to Xinhua", "据新华社")?"""
    cues = _cues().speech
    after = cues.search(text, at + len(name), at + len(name) + _NEAR + 12)
    if after is not None and width(text[at + len(name):after.start()]) <= _NEAR:
        return True
    return any(width(text[m.end():at]) <= _NEAR
               for m in cues.finditer(text, max(0, at - _NEAR - 16), at))


def _colon(text: str) -> int | None:
    """Where a sentence's introducing colon stands: at its end, or before a quotation."""
    stripped = text.rstrip()
    if stripped.endswith(_COLON):
        return len(stripped) - 1
    for i, ch in enumerate(stripped):
        if ch in _COLON and stripped[i + 1:].lstrip()[:1] in tuple(OPEN + '"'):
            return i
    return None


def _announce(run: _Pass, body: str, sentences: list[Sentence],
              intro: tuple[Sentence, Source, str], p_end: int) -> Voice | None:
    """A sentence introducing a text with a colon: at the paragraph's end, the text is the
    next paragraphs (the voice carried on, returned); inside it, the quotation after the
    colon, if long enough to be a text and not a quoted remark."""
    s, source, name = intro
    head = body[s.start:s.end]
    voice = voice_of(source, head, name)
    colon = _colon(head)
    rest = head[colon + 1:] if colon is not None else ""
    if not rest.strip():  # the text is the next paragraphs; this one is the article's
        run.begin(sentences[0].start, None)
        run.announced = True
        return voice
    later = [t for t in sentences if t.start >= s.end]
    quote_end = s.end
    for t in later:  # a quotation of several sentences runs on in the quoted sentences after
        if not t.opens_quote:
            break
        quote_end = t.end
    wide = s.quoted + sum(t.quoted for t in later if t.end <= quote_end)
    least = _POST_QUOTE if voice.kind == "post" else _INLINE_QUOTE
    if wide < least and quote_end == s.end:
        run.begin(sentences[0].start, None)
        return None
    if s.start > sentences[0].start:
        run.begin(sentences[0].start, None)
    run.begin(s.start, voice)
    if quote_end < p_end:
        run.begin(quote_end, None)
    return None


def _attributed(body: str, sentences: list[Sentence], said: dict[Source, list[Sentence]],
                speaks: dict[Source, int], p_start: int, p_end: int) -> Voice | None:
    """The source a paragraph gives the words of: one source only, with long quoted words
    or two sentences in which it speaks ("The Kremlin issued a readout … In it, the Kremlin
    said …"); a commentary naming it twice ("the ministry would not say") is the writer's."""
    if len(said) != 1:
        return None
    source, own = next(iter(said.items()))
    quoted = sum(s.quoted for s in sentences)
    long = quoted >= _LONG_QUOTE and quoted >= _QUOTE_SHARE * width(body[p_start:p_end])
    if not long and speaks.get(source, 0) < 2:
        return None
    text = body[own[0].start:own[0].end]
    return voice_of(source, text, text[:80])
