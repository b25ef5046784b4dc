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

An article that relays several accounts with no line announcing them ("Xinhua reported
that …. In a post on Truth Social, Trump wrote …. The post added …") is cut at the
sentences' speakers (`attribution`): a sentence in which a source speaks is its account,
and so are the quoted sentences and those naming the relayed text again after it; the
article's first sentence is its own lead. That cut stands only where the article names
a text it relays ("The post added", "报道称", "中方新闻稿表示") and gives one source two
sentences at least; else the writer cites sources in passing and the article stays whole.
Two sides' texts set side by side count too: a leader's post quoted whole ("“…,” Trump
wrote", "«…», – написал глава Белого дома") or a text credited to its publisher
("according to a statement from the Elysee") beside another side's account; one side's
alone stays the writer's report. A side's text named by its country ("the readout from
Russia") is the one source of that side the article names (`pieces`).

A single quoted sentence is the article's: a paragraph goes to a source when its quoted
words are long, or when in two of its sentences that source speaks; a news item that
quotes one post in passing (a leader's reaction) stays whole. The paragraphs and
sentences are read once; the cut is made once, twice where the speakers' cut does not
stand. Cue phrases are data (lang/<lang>/quoting.yaml), the engine is the same for every
language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from readouts.segment.attribution import (
    Said,
    Voice,
    paraphrased,
    voice_of,
)
from readouts.segment.attribution import cues as _cues
from readouts.segment.embeds import embedded_posts
from readouts.segment.paragraph_read import (
    LONG_QUOTE,
    Para,
    attributed,
    bracketed_header,
    colon_at,
    read_paragraph,
    still_open,
)
from readouts.segment.pieces import Key, Piece, named_sides, one_kind, settled
from readouts.segment.pieces import key as _key
from readouts.segment.prose import OPEN, paragraphs, width
from readouts.segment.sources import Source, registry

_INLINE_QUOTE = 160  # a colon's quotation this wide, or of two sentences, is a quoted text
_POST_QUOTE = 20  # a quoted post may be short
_LONG_POST = 400  # ... and one quoted this wide, or of four sentences, is quoted at length
_POST_SENTENCES = 4
_STOPS = re.compile(r"[.!?]+(?=\s|[”»」』\"]|$)|[。！？]+")
_STRAY_QUOTE = 1500  # a quotation left open this long was a stray mark


class _Pass:
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
        self.by_side: dict[str, Voice] = {}  # ... and each side's, which "中方新闻稿" names
        self.heard: dict[Key, int] = {}  # sentences given to each
        # source by who speaks in them (a long quotation counts two)
        self.mute: frozenset[Key] = frozenset()  # voices left to
        # the writer
        self.relayed = False  # a sentence named a text relayed ("The post added", "中方新闻稿称")
        # or quoted one at length
        self.sentences: dict[Key, int] = {}  # per voice
        self.whole_posts: set[Key] = set()  # posts quoted whole
        self.credited = False  # a text credited to its publisher ("a statement from …")
        self.credits: dict[Key, int] = {}  # ... per voice: a text credited in two sentences
        # ("根据新华社的通稿 …", "新华社文稿再引述 …") is a text relayed
        self.open_quote: tuple[Voice, int] | None = None  # a quoted text still open where
        # its paragraph ends, and where it opened: it runs on to its closing mark

    def begin(self, at: int, voice: Voice | None) -> None:
        if voice is not None and self.own is not None and voice.source is self.own:
            voice = None  # the article quoting its own publisher is the article
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
            self.described = voice_of(named[0], named[1], named[1])

    def hear(self, voice: Voice | None, quoted: int) -> None:
        """A sentence, or a paragraph, gives the voice's words: a long quotation is a text
        relayed."""
        if (key := _key(voice)) is not None:
            self.heard[key] = self.heard.get(key, 0) + (2 if quoted >= _INLINE_QUOTE else 1)
            self.relayed = self.relayed or quoted >= _INLINE_QUOTE
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
            return self.current or self.described  # named before it
        if said.source is not None:
            return voice_of(said.source, text, said.cue)
        if said.how == "leader":  # his post: the one of his side quoted before, if any
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


@dataclass
class Quoted:
    """An article span's pieces ([]: it stays one account) and the announced text still
    running at its end (a dateline line inside a quoted Kremlin text cuts the span)."""

    pieces: list[Piece]
    running: Voice | None


def quoted_pieces(body: str, start: int, end: int, own: Source | None,
                  carry: Voice | None = None, quoting: bool = False,
                  whole: bool = False, pulled: bool = False) -> Quoted:
    """The pieces of the news account body[start:end] (`own`: its publisher). `carry`: the
    span opens with the text an article's line announced, in that voice, until the article
    resumes; `pulled`: that line names the source alone, no colon (a pull quote: "The
    Kremlin" over "“…”"), so the text is its quoted paragraphs only; `whole`: give the pieces
    even when that text runs to the end. `quoting`: the document has quoted official texts
    before this span."""
    paras: list[tuple[int, int, tuple[int, Voice] | None, Para | None]] = []
    for p_start, p_end in _quotations_joined(body, paragraphs(body, start, end)):
        header = bracketed_header(body, p_start, p_end)
        paras.append((p_start, p_end, header,
                      None if header is not None else read_paragraph(body, p_start, p_end)))
    paras = _paraphrases(body, paras)
    embeds = embedded_posts(body, [(p[0], p[1]) for p in paras])
    found, run = _pieces(body, start, paras, own, carry, quoting, whole, by_sentence=True,
                         pulled=pulled, embeds=embeds)
    heard = run.heard
    # a post quoted whole, or a text credited to its publisher ("according to a statement
    # from the Elysee"), beside another side's account is one of the accounts set side by
    # side; one side's alone is the writer's report of it
    sides = {k[1] for k in heard if k[1] is not None}
    if len(sides) > 1:
        heard = {k: max(n, 2) if k in run.whole_posts else n for k, n in heard.items()}
    most = max(settled(heard).values(), default=0)
    passing = frozenset(k for k, n in heard.items() if k[2] == "post" and n < 2
                        and not (k in run.whole_posts and len(sides) > 1))
    relayed = run.relayed or (run.credited and len(sides) > 1)
    if most and (most < 2 or not relayed):
        # a source's words in passing, or an article that never names the text it relays
        # ("The post added", "中方新闻稿称"), are the writer's report of them
        found = _pieces(body, start, paras, own, carry, quoting, whole, by_sentence=False,
                        pulled=pulled, embeds=embeds)[0]
    elif passing:  # so is a post told in one sentence ("Lo annuncia Conte in un post")
        found = _pieces(body, start, paras, own, carry, quoting, whole, by_sentence=True,
                        mute=passing, pulled=pulled, embeds=embeds)[0]
    return found


_JOINED = 4  # paragraphs one quotation may run over before its closing mark


def _quotations_joined(body: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A quotation opening a paragraph and closed only in a later one that does not open
    again (a post's first line set apart: "“Just completed my call with Putin." / "It went
    very well …,” Trump wrote.") is read as one paragraph with the words that credit it."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(spans):
        p_start, p_end = spans[i]
        text = body[p_start:p_end]
        last = i
        if text[:1] in OPEN + '"' and still_open(text):
            for k in range(i + 1, min(len(spans), i + _JOINED)):
                nxt = body[spans[k][0]:spans[k][1]]
                if nxt[:1] in OPEN + '"':
                    break  # each paragraph opens again: the quotation's own layout
                if (nxt.count('"') % 2 == 1 if text[0] == '"' else not still_open(nxt, 1)):
                    last = k  # its closing mark
                    break
        out.append((p_start, spans[last][1]))
        i = last + 1
    return out


def _paraphrases(body: str, paras: list[tuple[int, int, tuple[int, Voice] | None,
                                                  Para | None]]
                 ) -> list[tuple[int, int, tuple[int, Voice] | None, Para | None]]:
    """Where the article's speakers are of one side at most, the quoted fragments of their
    reported speech ("La presidenza russa precisa che i leader “hanno confermato …”") are
    the writer's paraphrase, no quoted text; two sides' words set side by side are each
    side's account."""
    sides = {said.side for _, _, _, para in paras if para is not None
             for said in para.speakers if said is not None}
    if len(sides) > 1:
        return paras
    for _, _, _, para in paras:
        if para is None:
            continue
        new = {s.start: replace(s, quoted=0) for s in para.sentences
               if s.quoted and paraphrased(body[s.start:s.end])}
        if new:  # by where each starts: the sentences read stand in `said` and `intro` too
            para.sentences = [new.get(s.start, s) for s in para.sentences]
            para.said = {k: [new.get(s.start, s) for s in v] for k, v in para.said.items()}
            para.links = [(new.get(s.start, s), source) for s, source in para.links]
            if para.intro is not None:
                s, source, name = para.intro
                para.intro = (new.get(s.start, s), source, name)
    return paras


def _pieces(body: str, start: int, paras: list[tuple[int, int, tuple[int, Voice] | None,
                                                      Para | None]],
            own: Source | None, carry: Voice | None, quoting: bool, whole: bool,
            by_sentence: bool, mute: frozenset[Key] = frozenset(), pulled: bool = False,
            embeds: dict[int, Voice] | None = None) -> tuple[Quoted, _Pass]:
    """The article's pieces and the pass that cut them, which tells how many sentences
    each source was given by who speaks in them and whether a sentence named a text relayed
    (`by_sentence`: a paragraph no text is announced in is cut at its speakers, but for the
    voices in `mute`)."""
    reg = registry()
    cues = _cues()
    run = _Pass(body, own)
    run.mute = mute
    run.begin(start, carry)
    run.announced = carry is not None
    first = True
    pointed: tuple[Source, str] | None = None  # the text the writer's last paragraph named
    for p_start, p_end, header, para in paras:
        points, pointed = pointed, None
        if header is not None:
            run.announced = True
            run.begin(p_start, header[1])
            carry = header[1]
            continue
        if para is None:
            continue
        if embeds and (post := embeds.get(p_start)) is not None:  # a post the page embeds
            run.begin(p_start, post)
            run.count(post, 2)
            carry, first = None, False
            continue
        if run.open_quote is not None:  # the quoted text goes on to its closing mark
            voice, opened = run.open_quote
            run.begin(p_start, voice)
            if p_end - opened > _STRAY_QUOTE or not still_open(body[p_start:p_end], 1):
                run.open_quote = None
            continue
        sentences = para.sentences
        first_text = body[sentences[0].start:sentences[0].end]
        lead, first = first, False
        own_voice = attributed(body, para) if para.intro is None else None
        if own_voice is not None and by_sentence and any(
                said is not None and said.source is not own_voice.source
                for said in para.speakers):
            own_voice = None  # several speakers: cut at each
        if pulled and not sentences[0].opens_quote:
            pulled = False  # the pull quote has ended: the article's voice
            carry = None
        if carry is not None and para.intro is None and own_voice is None and \
                not para.links and not (cues.resume.search(first_text)
                                        or carry.source.id in reg.sources_named(
                                            body[p_start:p_end])
                                        or _another_speaks(para, carry)):
            run.begin(p_start, carry)
            continue
        carry = None
        if para.intro is not None:
            carry = _announce(run, body, para, lead, by_sentence)
        elif own_voice is not None:
            opens = next(s for s in sentences if s.quoted or s in para.said[own_voice.source])
            if opens.start > p_start:
                run.begin(p_start, None)  # "Venerdì mattina, …" before the quoted note
            run.begin(opens.start, own_voice)
            run.hear(own_voice, sum(t.quoted for t in sentences))
            if para.speaks.get(own_voice.source, 0) > 1:  # two sentences of its words
                run.hear(own_voice, 0)
        elif by_sentence and any(para.speakers):
            _by_speaker(run, body, para, 0, len(sentences), lead)
        elif points is not None and run.current is None and _quotation(body, para):
            voice = voice_of(points[0], points[1], points[1])  # "The Kremlin readout starts
            run.begin(p_start, voice)  # by …." over its quoted words
            run.hear(voice, sum(t.quoted for t in sentences))
        elif not (sentences[0].opens_quote and not para.said and run.current is not None):
            run.begin(p_start, None)  # a bare quotation goes on with the voice before it
            pointed = _pointing(body, para)
        for s, source in para.links:
            run.empty(s.start, voice_of(source, body[s.start:s.end], body[s.start:s.end]))
        for at in para.described:
            run.describe(para, at)
    running = carry if carry is not None and _key(run.current) == _key(carry) else None
    if not whole and carry is not None and all(_key(p.voice) == _key(carry)
                                               for p in run.pieces):
        return Quoted([], running), run  # the text runs to the end
    voices = {_key(p.voice) for p in run.pieces if p.voice is not None}
    # a news item quoting one post in passing (its author's reaction, one sentence) stays
    # one account; one that quotes an official text, sets several side by side or
    # announces one is cut
    passing = len(voices) == 1 and next(iter(voices))[2] == "post" and \
        sum(run.sentences.values()) < 2  # type: ignore[index]
    cut = voices and (quoting or run.announced or not passing)
    return (Quoted(one_kind(named_sides(run.pieces)) if cut else [], running if cut else None),
            run)


def _another_speaks(para: Para, carry: Voice) -> bool:
    """Does another registered source speak in the paragraph ("The Kremlin said in a
    statement …" after a post announced with a colon)? The announced text has ended."""
    return any(said is not None and said.source is not None and said.how != "refers"
               and said.source.id != carry.source.id for said in para.speakers)


_POINTING = 200  # the writer's paragraph naming the text quoted under it is this short


def _pointing(body: str, para: Para) -> tuple[Source, str] | None:
    """The one government's text a short paragraph of the writer's names, with no quoted
    words of its own ("The White House leads with Obama condemning …", "La nota del
    Cremlino si apre con …"): a quotation standing alone under it is that text's."""
    text = body[para.start:para.end]
    if width(text) > _POINTING or any(s.quoted for s in para.sentences) or \
            not text.rstrip().endswith((".", "。", "!", "！")):
        return None  # one running on into the quotation ("… on Taiwan,") cites it
    named = registry().named_all(text)
    if len({source.id for source, _, _ in named}) != 1 or \
            named[0][0].type not in ("government", "state-media"):
        return None
    return named[0][0], named[0][1]


_ALONE = 0.97  # share of its paragraph a quotation standing alone fills: no "… ," the
# statement read" after it


def _quotation(body: str, para: Para) -> bool:
    """Is the paragraph a long quotation and nothing else?"""
    quoted = sum(s.quoted for s in para.sentences)
    text = body[para.start:para.end]  # closed in it: one running on to "…," it said" is cited
    return para.sentences[0].opens_quote and quoted >= LONG_QUOTE and \
        quoted >= _ALONE * width(text) and not still_open(text)


def _by_speaker(run: _Pass, body: str, para: Para, lo: int, hi: int, lead: bool) -> None:
    """Cut a paragraph at its speakers: a sentence in which a source speaks is its account,
    and so are the quoted sentences after it; any other sentence is the writer's, and so is
    an article's opening sentence (its lead, "Xinhua reported that the two spoke")."""
    for n in range(lo, hi):
        s, said = para.sentences[n], para.speakers[n]
        at = s.start
        if said is not None and said.how == "leader":
            first = _quote_opens(para, lo, n)  # "“….….”，特朗普写道" runs over sentences
            at = para.sentences[first].start
            if sum(t.quoted for t in para.sentences[first:n + 1]) < LONG_QUOTE:
                said = None  # a leader's remark quoted is the writer's
        elif said is not None and said.how == "named" and not s.quoted and \
                said.source is not None and said.source.type == "platform":
            first = _quote_opens(para, lo, n)  # "“…。”特朗普在真实社交上写道。": the
            at = para.sentences[first].start  # quotation before the sentence is the post
        claimed = False
        if said is not None and said.how == "back":  # "Lo rende noto la Casa Bianca."
            first = next((k + 1 for k in range(n - 1, lo - 1, -1)
                          if para.speakers[k] is not None), lo)
            if not lead and run.current is None and \
                    any(t.quoted for t in para.sentences[first:n]):
                at, claimed = para.sentences[first].start, True  # "Biden ha espresso …
                # “…”. Lo ha riferito un funzionario della Casa Bianca.": its words before
            else:  # it credits the writer's sentences before it: no text of its own
                run.remember(run.voice(said, body[s.start:s.end]))
                said = None
        voice = None if said is None else run.voice(said, body[s.start:s.end])
        if voice is not None and (lead and n == 0 and not s.opens_quote
                                  or _key(voice) in run.mute):
            run.remember(voice)  # whom "the report" and "中方的报导" name after it
            voice = None
        if voice is not None and said is not None and said.how not in ("named", "back"):
            run.relayed = run.relayed or said.how != "credited"
            run.credited = run.credited or said.how == "credited"
            if said.how == "credited" and (key := _key(voice)) is not None:
                run.credits[key] = run.credits.get(key, 0) + 1
                run.relayed = run.relayed or run.credits[key] > 1
        if voice is None and s.quoted and run.current is not None:
            voice = run.current  # "“…,” the president wrote": the post goes on
        if claimed and voice is not None:
            run.claim(at, voice)
        else:
            run.begin(at if voice is not None else s.start, voice)
        run.hear(run.current, s.quoted)
        run.count(voice)
        run.describe(para, s.start)  # the text a later sentence quotes


def _quote_opens(para: Para, lo: int, n: int) -> int:
    """The first of the quoted sentences, no speaker named, that run up to sentence n."""
    k = n
    while k > lo and para.sentences[k - 1].opens_quote and para.speakers[k - 1] is None:
        k -= 1
    return k


def _announce(run: _Pass, body: str, para: Para, lead: bool, by_sentence: bool
              ) -> Voice | None:
    """A sentence introducing a text with a colon: at the paragraph's end, the text is the
    next paragraphs (the voice carried on, returned); inside it, the quotation after the
    colon, if long enough to be a text and not a quoted remark. The paragraph's other
    sentences are the writer's, or their speakers'."""
    assert para.intro is not None
    s, source, name = para.intro
    sentences = para.sentences
    k = sentences.index(s)
    head = body[s.start:s.end]
    colon = colon_at(head)
    voice = voice_of(source, head, name)
    rest = head[colon + 1:] if colon is not None else ""
    if not rest.strip():  # the text is the next paragraphs; this one is the article's
        _plain(run, body, para, 0, k, lead, by_sentence)
        run.begin(s.start, None)
        _plain(run, body, para, k + 1, len(sentences), False, by_sentence)
        run.announced = True
        return voice
    later = sentences[k + 1:]
    quote_end, after = s.end, k + 1
    for t in later:  # a quotation of several sentences runs on in the quoted sentences after
        if not t.opens_quote:
            break
        quote_end, after = t.end, after + 1
    wide = s.quoted + sum(t.quoted for t in later if t.end <= quote_end)
    least = _POST_QUOTE if voice.kind == "post" else _INLINE_QUOTE
    if wide < least and quote_end == s.end:
        _plain(run, body, para, 0, len(sentences), lead, by_sentence)
        return None
    _plain(run, body, para, 0, k, lead, by_sentence)
    if run.spoken is not None and run.spoken.source is source and \
            name not in head[:colon]:  # "Poi l'annuncio: “…”" after "scrive Trump su Truth"
        voice = run.spoken
    run.begin(s.start, voice)
    # a post quoted at length ("Zelensky scrive su X: “…”") is no remark in passing
    # its closing mark in a later paragraph: it runs on
    running = after == len(sentences) and still_open(body[s.start + colon + 1:para.end])
    if running:
        run.open_quote = (voice, s.start)
    at_length = wide >= _LONG_POST or len(_STOPS.findall(rest)) >= _POST_SENTENCES or running
    run.count(voice, 2 if voice.kind == "post" and at_length else 1)
    _plain(run, body, para, after, len(sentences), False, by_sentence)
    return None


def _plain(run: _Pass, body: str, para: Para, lo: int, hi: int, lead: bool,
           by_sentence: bool) -> None:
    """Sentences lo..hi of a paragraph that introduce no text: the writer's, or cut at their
    speakers."""
    if lo >= hi:
        return
    if by_sentence and any(para.speakers[lo:hi]):
        _by_speaker(run, body, para, lo, hi, lead)
    else:
        run.begin(para.sentences[lo].start, None)


