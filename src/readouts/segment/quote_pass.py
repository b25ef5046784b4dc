"""The bookkeeping of one pass over an article's quoted texts: the pieces cut so far, the
voice under way and what the article said of each source (who spoke, how often, whether
a text was relayed or credited), which decides whether the speakers' cut stands."""

from __future__ import annotations

from dataclasses import replace

from readouts.segment.attribution import Said
from readouts.segment.paragraph_read import LONG_QUOTE, Para
from readouts.segment.pieces import Key, Piece
from readouts.segment.pieces import key as _key
from readouts.segment.quoting_cues import cues as _cues
from readouts.segment.sources import Source
from readouts.segment.voices import Voice, voice_of

INLINE_QUOTE = 160  # a colon's quotation this wide, or of two sentences, is a quoted text
OWN_WORDS = 40  # a sentence's quotation this wide gives its source's own words, no phrase


class QuotePass:
    """One article's pass: pieces in order, a new one only where the voice changes."""

    def __init__(self, body: str, own: Source | None) -> None:
        self.body = body
        self.own = own
        self.pieces: list[Piece] = []
        self.current: Voice | None = None
        self.announced = False  # a header or a line ending in a colon announced a text
        self.spoken: Voice | None = None  # the last source's voice, which "the report" names
        self.described: Voice | None = None  # the text the writer last named, which "…", -
        # говорится в сообщении" quotes when no text is under way
        self.subject: Voice | None = None  # ... or the government a writer's sentence
        # opened with, no text of its named ("The White House gave few details.")
        self.by_side: dict[str, Voice] = {}  # ... and each side's, which "中方新闻稿" names
        self.heard: dict[Key, int] = {}  # sentences given to each
        # source by who speaks in them (a long quotation counts two)
        self.quoting: set[Key] = set()  # ... and those whose own words a sentence quotes
        self.mute: frozenset[Key] = frozenset()  # voices left to
        # the writer
        self.relayed = False  # a sentence named a text relayed ("The post added", "中方新闻稿称")
        # or quoted one at length
        self.sentences: dict[Key, int] = {}  # per voice
        self.whole_posts: set[Key] = set()  # posts quoted whole
        self.aloud: set[Key] = set()  # leaders' statements given by their spoken words: one
        # side's alone, however long, are remarks the writer reports, no text relayed
        self.credited = False  # a text credited to its publisher ("a statement from …")
        self.credits: dict[Key, int] = {}  # ... per voice: a text credited in two sentences
        # ("根据新华社的通稿 …", "新华社文稿再引述 …") is a text relayed
        self.open_quote: tuple[Voice, int] | None = None  # a quoted text still open where
        # its paragraph ends, and where it opened: it runs on to its closing mark
        self.statements: set[str] = set()  # the sources whose text an earlier paragraph
        # called a statement ("citing the White House's statement")

    def begin(self, at: int, voice: Voice | None) -> None:
        if voice is not None and self.own is not None and voice.source is self.own:
            voice = None  # the article quoting its own publisher is the article
        if voice is not None and voice.source.id in self.statements and \
                voice.kind == voice.source.kind == "readout":  # its words tell no kind: the
            voice = replace(voice, kind="statement")  # statement named before
        if not self.pieces or _key(voice) != _key(self.current):
            self.pieces.append(Piece(at, voice))
        self.current = voice
        self.remember(voice)

    def claim(self, at: int, voice: Voice) -> None:
        """The sentences from `at` on, begun as the writer's, were the voice's words,
        credited after them."""
        if self.pieces and self.pieces[-1].start == at and not self.pieces[-1].empty:
            self.pieces.pop()
            self.current = self.pieces[-1].voice if self.pieces else None
        self.begin(at, voice)

    def remember(self, voice: Voice | None) -> None:
        if voice is not None:
            self.spoken = voice
            if voice.side is not None and voice.source.id != "unknown":
                self.by_side[voice.side] = voice

    def describe(self, para: Para, at: int) -> None:
        """The writer's sentence starting at `at` named a government's text, if it did."""
        if (named := para.described.get(at)) is not None:
            if named[2]:  # a government named alone
                self.subject = voice_of(named[0], named[1], named[1])
            else:
                self.described = voice_of(named[0], named[1], named[1])

    def hear(self, voice: Voice | None, quoted: int, paraphrase: bool = False) -> None:
        """A sentence, or a paragraph, gives the voice's words: a long quotation is a text
        relayed. `paraphrase`: its quoted words are fragments inside the writer's reported
        speech ("Psaki said that the administration was “directly engaged”"), none of the
        source's own sentences."""
        if (key := _key(voice)) is not None:
            self.heard[key] = self.heard.get(key, 0) + (2 if quoted >= INLINE_QUOTE else 1)
            self.relayed = self.relayed or quoted >= INLINE_QUOTE and key not in self.aloud
            if quoted >= OWN_WORDS and not paraphrase:
                self.quoting.add(key)
            if key[2] == "post" and quoted >= LONG_QUOTE:
                self.whole_posts.add(key)

    def count(self, voice: Voice | None, n: int = 1) -> None:
        if (key := _key(voice)) is not None:
            self.sentences[key] = self.sentences.get(key, 0) + n

    def empty(self, at: int, voice: Voice) -> None:
        self.pieces.append(Piece(at, voice, empty=True))
        self.pieces.append(Piece(at, self.current))

    def voice(self, said: Said, text: str) -> Voice | None:
        """The voice a sentence's speaker gives: a side's unnamed text is the last source of
        that side the article quoted, else an unknown source of that side."""
        if said.how == "refers":
            return self.spoken
        if said.how == "continues":  # the text under way goes on, else the one the writer
            if self.current is not None or self.described is not None or self.subject is None:
                return self.current or self.described  # named before it; else the
            # government a sentence opened with, of the kind the words quoting it name ("it
            # said in a statement")
            return voice_of(self.subject.source, said.cue, self.subject.evidence)
        if said.how == "spoke":  # a leader's own words: his government's statement, or
            known = self.by_side.get(said.side or "")  # his post quoted before, going on
            if known is not None and known.kind == "post":  # ("«…». Così Trump su Truth.
                return known  # Putin, ha spiegato il leader Usa, «…»")
            source = said.source or Source("unknown", "government", said.side, "statement")
            return Voice(source, said.side, "statement", f"quoted: {said.cue}")
        if said.source is not None:
            return voice_of(said.source, text, said.cue)
        if said.how in ("leader", "posted"):  # his post: the one of his side quoted before
            known = self.by_side.get(said.side or "")
            if known is not None and known.kind == "post":
                return known
            unknown = Source("unknown", "platform", said.side, "post")
            return Voice(unknown, said.side, "post", f"quoted post: {said.cue}")
        if said.side in self.by_side:
            return self.by_side[said.side]
        post = _cues().post.search(said.cue) is not None
        unknown = Source("unknown", "platform" if post else "government", said.side,
                         "post" if post else "readout")
        return voice_of(unknown, said.cue, said.cue)

