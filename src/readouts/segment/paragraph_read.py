"""What each paragraph of an article says of its sources, read once for the quoted pass
(`quoted`): its sentences and their speakers, a line or colon that introduces a text, a
bracketed header naming one, and whether a source's words make up the paragraph."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from readouts.segment.attribution import (
    Said,
    in_clause,
    side_text_in,
    speaker_of,
    speaks,
    statements_named,
)
from readouts.segment.prose import OPEN, Sentence, width
from readouts.segment.prose import sentences as cut_sentences
from readouts.segment.quoting_cues import cues as _cues
from readouts.segment.source_cues import kind_cue
from readouts.segment.sources import Source, registry
from readouts.segment.voices import Voice, voice_of

_HEADER = re.compile(r"[ \t]*[（(【\[]([^（()）【】\[\]\n]{2,60})[）)】\]]")
_COLON = (":", "：")
LONG_QUOTE = 120  # quoted width (a Han character counts two) that makes a paragraph a source's
_QUOTE_SHARE = 0.4  # ... when its quoted words are this share of the paragraph at least
_CLOSE_MARKS = "”»」』"


def bracketed_header(body: str, start: int, end: int) -> tuple[int, Voice] | None:
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


@dataclass
class Para:
    """One paragraph read: its sentences, who speaks in each, what introduces a text."""

    start: int
    end: int
    sentences: list[Sentence]
    speakers: list[Said | None] = field(default_factory=list)
    names: list[bool] = field(default_factory=list)  # does the sentence name any source?
    said: dict[Source, list[Sentence]] = field(default_factory=dict)
    speaks: dict[Source, int] = field(default_factory=dict)
    intro: tuple[Sentence, Source, str] | None = None
    links: list[tuple[Sentence, Source]] = field(default_factory=list)
    # the government's texts the writer's sentences name ("Изложение беседы, опубликованное
    # на сайте Белого дома"), by where each sentence starts: whose words a later "…", -
    # говорится в сообщении" gives
    statements: set[str] = field(default_factory=set)  # the sources whose text a sentence
    # calls a statement ("citing the White House's statement")
    described: dict[int, tuple[Source, str, bool]] = field(default_factory=dict)  # True:
    # only the government opening the sentence, no text named (its kind left to the words
    # quoting it)


def read_paragraph(body: str, p_start: int, p_end: int) -> Para | None:
    """A paragraph's sentences and what each says of its source."""
    sentences = cut_sentences(body, p_start, p_end)
    if not sentences:
        return None
    reg = registry()
    cues = _cues()
    para = Para(p_start, p_end, sentences)
    last_named: tuple[Source, str] | None = None
    for s in sentences:
        text = body[s.start:s.end]
        all_named = reg.named_all(text)
        para.speakers.append(speaker_of(text, all_named))
        para.names.append(bool(all_named))
        if all_named:
            para.statements |= statements_named(text, all_named)
        named = all_named[0] if all_named else None
        colon = colon_at(text)
        if colon is None and (named or last_named) is not None and not s.quoted and \
                cues.lead.match(text) and cues.announce.search(text):
            # "Below is the Kremlin statement." opens a text too, and so does "It reads as
            # follows." after the sentence naming it
            colon = len(text.rstrip())
        if colon is not None and para.intro is None:
            head = text[:colon]
            who = _text_owner(head, reg.named_all(head)) or reg.first_named(head)
            sided = side_text_in(head)
            if sided is not None and (who is None or sided[2] >= who[2]):
                side, words, at = sided
                if who is not None and who[2] + len(who[1]) > at:  # the two overlap
                    para.intro = (s, who[0], who[1])  # "the Kremlin's interpretation …:"
                else:  # a side's text named after any source ("Unlike the White House
                    # readout, the Chinese report …:"), its publisher unnamed
                    para.intro = (s, Source("unknown", "government", side, "readout"), words)
                continue
            aide = reg.aide_in(head)  # "毛宁说：「…」": a spokesperson speaks for his source
            source, name = (who[:2] if who else aide if aide else last_named
                            or _leader_writing(head) or (None, ""))
            if source is not None and (cues.speech.search(head) or cues.announce.search(head)
                                       or source.type == "platform"):
                para.intro = (s, source, name)
                continue
        if named is None:
            continue
        last_named = named[:2]  # whom a later "Poi l'annuncio: “…”" gives the words of
        if not s.quoted and all_named[-1][0].type in ("government", "state-media") and (
                (text_named := cues.announce.search(text)) or _opens(all_named[-1])
                and _quotation_next(sentences, s)):
            # a text it names, or the government its sentence opens with ("The White House
            # gave few details."), whose words a "“…,” it said in a statement" gives next
            para.described[s.start] = (*all_named[-1][:2], not text_named)
        if cues.link.search(text) and not s.quoted:
            para.links.append((s, named[0]))
        elif cues.speech.search(text) and not in_clause(text, named[2]):
            para.said.setdefault(named[0], []).append(s)
            if speaks(text, named[1], named[2]):
                para.speaks[named[0]] = para.speaks.get(named[0], 0) + 1
    return para


_SUBJECT = 6  # "The White House", "La Casa Bianca": an article at most before the name


def _quotation_next(sentences: list[Sentence], s: Sentence) -> bool:
    """Does the sentence after s open with a quotation?"""
    k = sentences.index(s) + 1
    return k < len(sentences) and sentences[k].opens_quote


def _opens(named: tuple[Source, str, int]) -> bool:
    """Is the named source the sentence's opening subject, one source named in it?"""
    return named[2] <= _SUBJECT


_OWNER = 14  # a text's name stands this far before its publisher's at most ("la nota di ")
_BEFORE = 3  # ... or this far after it ("the Kremlin readout", "Kremlin's readout")


def _text_owner(head: str, named: list[tuple[Source, str, int]]
                ) -> tuple[Source, str, int] | None:
    """The source whose text the words before a colon name ("via Ansa arriva la nota di
    Palazzo Chigi:", "Reuters published the Kremlin readout:"), when they name several: the
    one right after or before a text's name is its publisher, the others relay it."""
    if len(named) < 2:
        return None
    for m in _cues().announce.finditer(head):
        for found in named:
            after = found[2] >= m.end()
            gap = head[m.end():found[2]] if after else head[found[2] + len(found[1]):m.start()]
            if len(gap) <= (_OWNER if after else _BEFORE) and not any(c in gap for c in ",.:;"):
                return found
    return None


def _leader_writing(head: str) -> tuple[Source, str] | None:
    """A leader writing the words a colon opens, on a platform not named ("Trump wrote:",
    "泽连斯基在社交媒体上写道："): his post, for his side. Social media named, he may
    stand after the verb or speak with any verb ("Ne ha scritto sui social lo stesso
    Zelensky:", "Zelensky, via social, ha replicato:")."""
    cues = _cues()
    m = cues.leader_post.search(head)
    side = registry().voice_in_last(head[:m.start()], author=True) if m is not None else None
    if side is None and (social := cues.post.search(head)) is not None:
        m = m or social
        side = registry().voice_in_last(head, author=True)
    if m is None or side is None:
        return None
    return Source("unknown", "platform", side, "post"), m.group()


def colon_at(text: str) -> int | None:
    """Where a sentence's introducing colon stands: at its end, or before a quotation."""
    stripped = text.rstrip()
    if stripped.endswith(_COLON):
        return len(stripped) - 1
    for i, ch in enumerate(stripped):
        if ch in _COLON and stripped[i + 1:].lstrip()[:1] in tuple(OPEN + '"'):
            return i
    return None


def still_open(text: str, depth: int = 0) -> bool:
    """Is a quotation open at the end of the text (`depth`: open at its start)?"""
    straight = False
    for ch in text:
        if ch in OPEN and not (ch == "“" and depth and not straight):
            depth += 1
        elif ch in _CLOSE_MARKS or ch == "“":
            depth = max(0, depth - 1)
        elif ch == '"':
            straight = not straight
    return depth > 0 or straight


def attributed(body: str, para: Para) -> Voice | None:
    """The source a paragraph gives the words of: one source only, with long quoted words
    or two sentences in which it speaks ("The Kremlin issued a readout … In it, the Kremlin
    said …"); a commentary naming it twice ("the ministry would not say") is the writer's."""
    if len(para.said) != 1:
        return None
    source, own = next(iter(para.said.items()))
    quoted = sum(s.quoted for s in para.sentences)
    long = quoted >= LONG_QUOTE and \
        quoted >= _QUOTE_SHARE * width(body[para.start:para.end])
    if not long and para.speaks.get(source, 0) < 2:
        return None
    voices = [voice_of(source, text, text[:80])
              for text in (body[s.start:s.end] for s in own)]
    # its text named a statement in any of them ("In a statement, the White House said …"):
    # the paragraph's words are that statement
    return next((v for v in voices if v.kind == "statement"), voices[0])
