"""A paragraph cut sentence by sentence: at its speakers (a sentence in which a source
speaks is its account, and so are the quoted sentences after it), or at a sentence that
introduces a text with a colon ("Before the call, Trump tweeted: “…”")."""

from __future__ import annotations

import re
from dataclasses import replace

from readouts.segment.attribution import paraphrased, relaying
from readouts.segment.layout import furniture
from readouts.segment.paragraph_read import LONG_QUOTE, Para, colon_at, still_open
from readouts.segment.pieces import key as _key
from readouts.segment.prose import OPEN, Sentence
from readouts.segment.quote_pass import INLINE_QUOTE, OWN_WORDS, QuotePass
from readouts.segment.quoting_cues import cues as _cues
from readouts.segment.sources import registry
from readouts.segment.voices import Voice, told_by_earlier, voice_of

_POST_QUOTE = 20  # a quoted post may be short
_LONG_POST = 400  # ... and one quoted this wide, or of four sentences, is quoted at length
_POST_SENTENCES = 4
_STOPS = re.compile(r"[.!?]+(?=\s|[”»」』\"]|$)|[。！？]+")


def by_speaker(run: QuotePass, body: str, para: Para, lo: int, hi: int, lead: bool) -> None:
    """Cut a paragraph at its speakers: a sentence in which a source speaks is its account,
    and so are the quoted sentences after it; any other sentence is the writer's, and so is
    an article's opening sentence (its lead, "Xinhua reported that the two spoke"). A
    statement told in reported speech by the sentence opening its paragraph ("白宫9日发表
    声明说，…。特朗普同意…。两国代表将…。", "The White House said in a statement that ….
    …") runs on over the paragraph's next sentences that name no source: they are its
    content, a text relayed; a readout so told ("克宫的通报说") is its one sentence."""
    told: Voice | None = None  # the text the paragraph opened by telling
    for n in range(lo, hi):
        s, said = para.sentences[n], para.speakers[n]
        at = s.start
        if said is not None or s.opens_quote or para.names[n]:
            told = None
        elif told is not None and run.current is told:
            run.relayed = True
            run.begin(s.start, told)
            run.hear(told, s.quoted)
            run.count(told)
            continue
        if said is not None and said.how in ("leader", "spoke"):
            first = _quote_opens(para, lo, n)  # "“….….”，特朗普写道" runs over sentences
            at = para.sentences[first].start
            if sum(t.quoted for t in para.sentences[first:n + 1]) < LONG_QUOTE and not (
                    said.how == "spoke" and _spoken_at_length(para, lo, hi, said.side)):
                said = None  # a leader's remark quoted is the writer's
        elif said is not None and said.how == "named" and not s.quoted and \
                said.source is not None and said.source.type == "platform":
            first = _quote_opens(para, lo, n)  # "“…。”特朗普在真实社交上写道。": the
            at = para.sentences[first].start  # quotation before the sentence is the post
        claimed, quoted = False, s.quoted
        if said is not None and said.how == "back":  # "Lo rende noto la Casa Bianca."
            first = next((k + 1 for k in range(n - 1, lo - 1, -1)
                          if para.speakers[k] is not None), lo)
            led = _quote_led(body, para.sentences[first].start, s.end)
            # the quotation is the credited source's where no text runs on into it, or where
            # it opens the paragraph ("“…”. Così il cancelliere su X." after a CCTV quote, or
            # opening the story: no lead of the writer's)
            opens = first == lo == 0 and para.sentences[0].opens_quote
            if (not lead or led is not None or opens) and (run.current is None or opens) and \
                    any(t.quoted for t in para.sentences[first:n]):
                at, claimed = led or para.sentences[first].start, True  # "Biden ha espresso …
                # “…”. Lo ha riferito un funzionario della Casa Bianca.": its words before
                quoted = sum(t.quoted for t in para.sentences[first:n + 1])
            elif _cues().back_goes_on.search(body, s.start, s.end) is not None:
                said = replace(said, how="named")  # "Lo ha riferito la Wam, aggiungendo che
                # …": the source's own words follow its credit
            else:  # it credits the writer's sentences before it: no text of its own
                run.remember(run.voice(said, body[s.start:s.end]))
                said = None
        voice = None if said is None else run.voice(said, body[s.start:s.end])
        if voice is not None and said is not None and said.how == "spoke" and \
                voice.kind == "statement" and (key := _key(voice)) is not None:
            run.aloud.add(key)
        if voice is not None and (lead and n == 0 and not s.opens_quote
                                  or _key(voice) in run.mute):
            run.remember(voice)  # whom "the report" and "中方的报导" name after it
            voice = None
        if voice is not None and said is not None and said.how not in ("named", "back"):
            # a leader's spoken words alone are his remarks reported: they relay a text
            # only beside another side's (`quoted`)
            run.relayed = run.relayed or said.how not in ("credited", "spoke")
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
        if n == 0 and said is not None and said.how == "credited" and voice is not None \
                and voice.kind == "statement":  # a readout named ("克宫的通报说") is told
            told = run.current  # in its own sentence
        run.hear(run.current, quoted, paraphrased(body[s.start:s.end]))
        run.count(voice)
        run.describe(para, s.start)  # the text a later sentence quotes


def _quote_led(body: str, start: int, end: int) -> int | None:
    """Where the quotation an agency's item opens on stands ("(ANSA) - “…”. Lo ha detto il
    portavoce …", "МОСКВА, 12 мая. /ТАСС/. «…». Об этом заявил …"): no lead of the
    writer's, the quoted words are the speaker's; the credit before them is the item's."""
    lead = furniture().item_leads.match(body, start, end)
    if lead is None:
        return None
    rest = body[lead.end():end]  # past the dash or stop after it ("(ANSA) - ", "/ТАСС/. ")
    at = lead.end() + len(rest) - len(rest.lstrip(" .-–—"))
    return at if body[at:at + 1] in tuple(OPEN + '"') else None


def _spoken_at_length(para: Para, lo: int, hi: int, side: str | None) -> bool:
    """Are a leader's spoken words quoted at length over the paragraph's sentences that
    give them ("“…”, ha detto Biden. “…”, ha aggiunto il presidente americano."), or his
    own words at all beside another side's leader quoted at length there ("“…”, ha
    dichiarato Erdogan. … “…”, ha dichiarato il premier greco.")? His statement relayed;
    one remark quoted alone is the writer's."""
    quoted: dict[str | None, int] = {}
    for n in range(lo, hi):
        said = para.speakers[n]
        if said is not None and said.how == "spoke":
            quoted[said.side] = quoted.get(said.side, 0) + sum(
                t.quoted for t in para.sentences[_quote_opens(para, lo, n):n + 1])
    own = quoted.get(side, 0)
    return own >= LONG_QUOTE or own >= OWN_WORDS and any(
        n >= LONG_QUOTE for other, n in quoted.items() if other != side)


def _quote_opens(para: Para, lo: int, n: int) -> int:
    """The first of the quoted sentences, no speaker named, that run up to sentence n."""
    k = n
    while k > lo and para.sentences[k - 1].opens_quote and para.speakers[k - 1] is None:
        k -= 1
    return k


def announce(run: QuotePass, body: str, para: Para, lead: bool, by_sentence: bool
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
    if relaying(head, head.find(name)):  # an agency carried it: the text the writer named
        voice = _named_before(body, sentences[:k]) or run.described or voice  # before
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
    # a text named before the colon ("Il Cremlino in una nota riferisce: “…”", "said in a
    # statement: “…”") gives its own words, however few: no remark
    named_text = colon is not None and _cues().announce.search(head, 0, colon) is not None
    least = _POST_QUOTE if voice.kind == "post" or named_text else INLINE_QUOTE
    if wide < least and quote_end == s.end and (k > 0 or len(_STOPS.findall(rest)) < 2):
        # "乌沙科夫说：“….….”" opening its paragraph: two sentences quoted are a text,
        # however short; after its source's own sentence ("外交部称，…。") both are cut
        # at their speakers
        _plain(run, body, para, 0, len(sentences), lead, by_sentence)
        return None
    _plain(run, body, para, 0, k, lead, by_sentence)
    if run.spoken is not None and run.spoken.source is source and \
            name not in head[:colon]:  # "Poi l'annuncio: “…”" after "scrive Trump su Truth"
        voice = run.spoken
    voice = told_by_earlier(voice, body[para.start:s.start])
    run.begin(s.start, voice)
    # a post quoted at length ("Zelensky scrive su X: “…”") is no remark in passing
    # its closing mark in a later paragraph: it runs on
    running = after == len(sentences) and still_open(body[s.start + colon + 1:para.end])
    if running:
        run.open_quote = (voice, s.start)
    at_length = wide >= _LONG_POST or len(_STOPS.findall(rest)) >= _POST_SENTENCES or running
    run.count(voice, 2 if voice.kind == "post" and at_length else 1)
    if voice.kind == "post":  # a post quoted after its colon is heard as one quoted in a
        run.hear(voice, wide)  # sentence is ("“…”, scrive Zelensky, spiegando: “…”")
    _plain(run, body, para, after, len(sentences), False, by_sentence)
    return None


def _named_before(body: str, before: list[Sentence]) -> Voice | None:
    """The government's text the paragraph's last sentence naming one names ("stando ad una
    nota del Cremlino"), its quoted words or not."""
    announce_cue = _cues().announce
    for t in reversed(before):
        text = body[t.start:t.end]
        if announce_cue.search(text):
            named = [n for n in registry().named_all(text)
                     if n[0].type in ("government", "state-media")]
            if named:
                return voice_of(named[-1][0], named[-1][1], named[-1][1])
    return None


def _plain(run: QuotePass, body: str, para: Para, lo: int, hi: int, lead: bool,
           by_sentence: bool) -> None:
    """Sentences lo..hi of a paragraph that introduce no text: the writer's, or cut at their
    speakers."""
    if lo >= hi:
        return
    if by_sentence and any(para.speakers[lo:hi]):
        by_speaker(run, body, para, lo, hi, lead)
    else:
        run.begin(para.sentences[lo].start, None)


