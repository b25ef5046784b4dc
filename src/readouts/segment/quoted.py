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

from dataclasses import dataclass

from readouts.segment.embeds import embedded_posts
from readouts.segment.paragraph_read import (
    LONG_QUOTE,
    Para,
    attributed,
    bracketed_header,
    read_paragraph,
    still_open,
)
from readouts.segment.pieces import Key, Piece, named_sides, one_kind, settled
from readouts.segment.pieces import key as _key
from readouts.segment.prose import paragraphs, width
from readouts.segment.quote_paragraphs import ParaRead, paraphrases, quotations_joined
from readouts.segment.quote_pass import QuotePass
from readouts.segment.quote_sentences import announce, by_speaker
from readouts.segment.quoting_cues import cues as _cues
from readouts.segment.sources import Source, registry
from readouts.segment.voices import Voice, told_by_earlier, voice_of

_STRAY_QUOTE = 1500  # a quotation left open this long was a stray mark
_PHRASE = 60  # a quotation this narrow inside the writer's sentence, its source credited in a
# clause ("… la strada della “riduzione delle tensioni”, come si legge in un comunicato di
# Palazzo Chigi."), is a phrase the writer borrows: the source's text starts after it


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
    paras: list[ParaRead] = []
    spans = paragraphs(body, start, end)
    body = _unwrapped(body, spans)
    for p_start, p_end in quotations_joined(body, spans):
        header = bracketed_header(body, p_start, p_end)
        paras.append((p_start, p_end, header,
                      None if header is not None else read_paragraph(body, p_start, p_end)))
    paras = paraphrases(body, paras)
    embeds = embedded_posts(body, [(p[0], p[1]) for p in paras])
    found, run = _pieces(body, start, paras, own, carry, quoting, whole, by_sentence=True,
                         pulled=pulled, embeds=embeds)
    heard = run.heard
    # a post quoted whole is its author's account, alone or beside another side's (a
    # leader's X or Telegram post given entire in the story: decided in stop 23)
    sides = {k[1] for k in heard if k[1] is not None}
    heard = {k: max(n, 2) if k in run.whole_posts else n for k, n in heard.items()}
    most = max(settled(heard).values(), default=0)
    # ... and so are two sides' governments or state media heard in their own sentences
    # ("Kremlin aide Ushakov told Reuters …", "新华社报导，…"): the sides' accounts
    texts = {k[1] for k in heard if k[1] is not None and k[2] != "post"}
    # a post told once is the writer's where the article relays no other side's text; beside
    # two sides' texts it is one more account set side by side
    passing = frozenset(k for k, n in heard.items() if k[2] == "post" and n < 2
                        and k not in run.whole_posts
                        and len(texts) < 2)
    # two sides heard in their own sentences, one of them in two at least, are accounts
    # set side by side, the other however short ("Xi, ha riferito il Global Times, ….
    # Secondo il portavoce del governo federale, …"; one sentence each is the writer
    # citing both); a paper speaks for itself alone ("Lo scrive il sito Infobae …
    # sottolinea il quotidiano La Nacion"), one side's offices for that side; where a line
    # announced a text, that text is the account and the sentences after it the writer's
    side_by_side = len({k[1] or k[0] for k in settled(heard)}) > 1 and not run.announced
    relayed = run.relayed or (run.credited and len(sides) > 1) or len(texts) > 1 or \
        side_by_side or bool(run.whole_posts)
    # two sides' texts a sentence each, one of them quoting its source's own words ("“…”,
    # — сообщили в Акорде. В пресс-службе Кремля отметили, что …"), are set side by side;
    # told in the writer's words alone, a sentence each is the writer citing both, unless
    # one is credited to the text it comes from ("Nel corso del colloquio, riporta il
    # comunicato di Palazzo Chigi, …. Il leader turco, si legge sull'Anadolu, …", "另据…")
    quoting = len(texts) > 1 and (any(k[1] in texts for k in run.quoting) or run.credited)
    if most and (most < 2 and not quoting or not relayed):
        # a source's words in passing, or an article that never names the text it relays
        # ("The post added", "中方新闻稿称"), are the writer's report of them
        found = _pieces(body, start, paras, own, carry, quoting, whole, by_sentence=False,
                        pulled=pulled, embeds=embeds)[0]
    elif passing:  # so is a post told in one sentence ("Lo annuncia Conte in un post")
        found = _pieces(body, start, paras, own, carry, quoting, whole, by_sentence=True,
                        mute=passing, pulled=pulled, embeds=embeds)[0]
    return found


def _unwrapped(body: str, spans: list[tuple[int, int]]) -> str:
    """The body with the line breaks inside each paragraph read as spaces, offsets kept: a
    page that wraps its lines cuts names ("Palazzo" / "Chigi") and cues across them."""
    if not any("\n" in body[s:e] for s, e in spans):
        return body
    out, last = [], 0
    for s, e in spans:
        out += [body[last:s], body[s:e].replace("\n", " ")]
        last = e
    out.append(body[last:])
    return "".join(out)


def _pieces(body: str, start: int, paras: list[ParaRead],
            own: Source | None, carry: Voice | None, quoting: bool, whole: bool,
            by_sentence: bool, mute: frozenset[Key] = frozenset(), pulled: bool = False,
            embeds: dict[int, Voice] | None = None) -> tuple[Quoted, QuotePass]:
    """The article's pieces and the pass that cut them, which tells how many sentences
    each source was given by who speaks in them and whether a sentence named a text relayed
    (`by_sentence`: a paragraph no text is announced in is cut at its speakers, but for the
    voices in `mute`)."""
    reg = registry()
    cues = _cues()
    run = QuotePass(body, own)
    run.mute = mute
    run.begin(start, carry)
    run.announced = carry is not None
    first = True
    pointed: tuple[Source, str] | None = None  # the text the writer's last paragraph named
    named_statements: set[str] = set()  # ... and the texts it called statements
    for p_start, p_end, header, para in paras:
        points, pointed = pointed, None
        run.statements |= named_statements
        named_statements = para.statements if para is not None else set()
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
            carry = announce(run, body, para, lead, by_sentence)
        elif own_voice is not None:
            opens = next(s for s in sentences if s in para.said[own_voice.source]
                         or s.opens_quote or s.quoted >= _PHRASE)
            if opens.start > p_start:
                run.begin(p_start, None)  # "Venerdì mattina, …" before the quoted note
            # a post whose quotation hides its author's name is by the leader named before
            own_voice = told_by_earlier(own_voice, body[p_start:opens.start])
            run.begin(opens.start, own_voice)
            run.hear(own_voice, sum(t.quoted for t in sentences))
            if para.speaks.get(own_voice.source, 0) > 1:  # two sentences of its words
                run.hear(own_voice, 0)
        elif by_sentence and any(para.speakers):
            by_speaker(run, body, para, 0, len(sentences), lead)
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
        sum(run.sentences.values()) < 2 and not run.whole_posts  # type: ignore[index]
    cut = voices and (quoting or run.announced or not passing)
    unnamed = any(p.voice is not None and p.voice.source.id == "unknown" for p in run.pieces)
    publishers = tuple(s for s, _, _ in registry().named_all(
        body[start:paras[-1][1]])) if unnamed and paras else ()
    return (Quoted(one_kind(named_sides(run.pieces, publishers), run.pieces) if cut else [],
                   running if cut else None), run)


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

