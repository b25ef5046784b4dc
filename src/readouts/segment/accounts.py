"""Split a document into the accounts it holds, in order, each with its source, side,
kind, title, language, dateline and speaker turns.

The line pass (`scan`) opens the accounts; here the text before the first cue of a
compilation (the compiler's lead), a bulletin's table of contents and page furniture
(menus, share buttons, related links, copyright lines) are dropped, each account's source
is settled (its cue, else the page's URL or header, else a signature in its text) and its
kind told (`kinds`). An article's quoted official texts are split off by `quoted` (over
the paragraphs and sentences `prose` cuts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from readouts.lang import SUPPORTED
from readouts.segment.attribution import credited_as_speaker
from readouts.segment.bulletin import is_digest, read_dateline
from readouts.segment.kinds import LEAD, briefing_official, kind_of
from readouts.segment.layout import SENTENCE_END, WIDE_SAMPLE, furniture, script_of
from readouts.segment.pieces import Piece
from readouts.segment.platforms import platform_of
from readouts.segment.prose import OPEN
from readouts.segment.quoted import Quoted, quoted_pieces
from readouts.segment.scan import scan
from readouts.segment.scan_state import Open
from readouts.segment.source_cues import kind_cue
from readouts.segment.sources import Source, registry
from readouts.segment.turns import Turn, find_turns
from readouts.segment.voices import Voice, voice_of
from readouts.text.langid import detect_language, function_word_language

# a byline's date stamp ("发布时间:2019-06-22 17:15", "22/06/2019")
_STAMP = re.compile(r"\b(?:(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}"
                    r"|\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d)")
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
    author: str | None = None  # whose words it all is, as written: an aide's, a post's signer


def _trim(body: str, start: int, end: int) -> int:
    """Cut trailing page furniture ("География ... Текстовая версия") off an account."""
    tail = max(start, end - _TAIL)
    for literal, rx in furniture().trailers:
        if literal in body[tail:end] and (m := rx.search(body, tail, end)):
            end = m.start()
    return end


def _drop_leads(accounts: list[Open], body: str) -> list[Open]:
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
        if reports and _headline_over_byline(lead, accounts[first_cue]):
            drop |= set(range(first_cue))  # the credited item's own headline, copied with it
        elif reports:
            accounts[0].lead = True
        elif len(lead) == 1 and (relayed := accounts[first_cue].source) is not None and \
                relayed.type == "media" and (headline := _headline_span(lead[0], body)):
            # a blog's headline over a newspaper's piece it relays ("U.S. And Russia Disagree
            # On … The Phone Call …" over "… -- Washington Post"): its own short account (a
            # government's page headline over its signature line is that text's title)
            lead[0].start, lead[0].end = headline
            lead[0].lead = True
        elif sum(a.blocks for a in lead) <= _INTRO_BLOCKS:
            drop |= set(range(first_cue))
    if first_item is not None:
        for i in range(first_item):
            a = accounts[i]
            if a.start is None or is_digest(body[a.start:a.end]):
                drop.add(i)
    return [a for i, a in enumerate(accounts) if i not in drop]


def _headline_over_byline(lead: list[Open], cued: Open) -> bool:
    """Is the lead a headline alone over a byline crediting the page's item to its source
    with its time stamp ("来源:中新网 发布时间:2019-06-22 17:15")? Then the headline is that
    item's, copied with it, not a compiler's own report of the contact."""
    return len(lead) == 1 and lead[0].blocks <= 1 and cued.cue is not None \
        and _STAMP.search(cued.cue) is not None


def _closing_credit(accounts: list[Open], body: str) -> list[Open]:
    """A wire's credit line closing the page ("… severe economic sanctions.\nIANS") opens
    no account, nothing following it: it credits the story before it, the agency's."""
    if len(accounts) < 2:
        return accounts
    last, story = accounts[-1], accounts[-2]
    if not (last.fixed and last.start is None and last.source is not None
            and last.source.type == "media" and not story.fixed
            and story.start is not None and not body[last.at:].strip()):
        return accounts
    story.source, story.evidence, story.fixed = last.source, f"credit: {last.cue}", True
    return accounts[:-1]


def _headline_span(lead: Open, body: str) -> tuple[int, int] | None:
    """Where a lead made of a headline alone stands, if that headline reports the contact:
    the compiler's own words on it, however short, not a label over the accounts it
    gathers."""
    if lead.start is not None or not lead.title or not kind_cue("contact", lead.title):
        return None
    at = body.find(lead.title)
    return (at, at + len(lead.title)) if at >= 0 else None


_FURNITURE_LINE = 80  # a menu's or a related-links list's lines are short


def _drop_furniture(accounts: list[Open], body: str) -> list[Open]:
    """Drop runs of short lines with no sentence in them (a related-links list, a footer)
    that a page leaves after its text, unless nothing else is left."""
    def is_furniture(a: Open) -> bool:
        if a.start is None or a.fixed or a.title is not None or a.end - a.start > _TAIL:
            return False
        lines = [ln.strip() for ln in body[a.start:a.end].splitlines() if ln.strip()]
        return all(len(ln) <= _FURNITURE_LINE and not SENTENCE_END.search(ln) for ln in lines)

    kept = [a for a in accounts if not is_furniture(a)]
    return kept if any(a.start is not None for a in kept) else accounts


def split_accounts(body: str, meta: dict[str, str], lang: str) -> list[AccountDraft]:
    """Split a document body into its accounts, in order, each with source, side, kind,
    title, language, dateline and speaker turns. `meta` holds the header keys (url,
    source, title, ...) and the document's parsed day (published), possibly none; `lang` is
    the document's main language."""
    with registry().introduced_in(body):
        return _split(body, meta, lang)


def _split(body: str, meta: dict[str, str], lang: str) -> list[AccountDraft]:
    """`split_accounts`, the document's introduced officials known."""
    reg = registry()
    doc_source, doc_evidence = None, "none"
    if (found := reg.from_url(meta.get("url"))) is not None:
        doc_source, doc_evidence = found, "url"
    elif (found := reg.from_header(meta.get("source"))) is not None:
        doc_source, doc_evidence = found, "header"
    split = scan(body)
    kept = [a for a in _drop_furniture(_drop_leads(_closing_credit(split.accounts, body),
                                                   body), body)
            if a.start is not None or a.cue_kind in ("post", "statement")]
    if not kept:  # nothing but furniture: the whole body is one account
        kept = [Open(at=0, start=0, end=len(body))]
    doc_signature = None
    quoting = False  # an article here has quoted an official text
    running: Voice | None = None  # ... whose text was still running where its span ended
    host: Source | None = None  # the article's publisher
    article_draft: AccountDraft | None = None
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
            if n == 0 and (whole := _republished(title)) is not None:
                source, evidence = whole  # a newspaper's page carrying a source's text
            elif doc_source is not None:
                source, evidence = doc_source, doc_evidence
            elif (sig := reg.signature_in(text, strong=split.article)
                  or reg.signature_in(title or "", strong=split.article)) is not None and \
                    not _cites_itself(text, sig[0]):
                # a byline or a dateline heads a newspaper's article: a house style its
                # quoted readout shows ("President Donald J. Trump") is not its publisher
                source, evidence = sig[0], f"signature: {sig[1]}"
            elif (official := briefing_official(text)) is not None:
                source, evidence = official, "signature: official"
            elif acc.lead and (credit := _credited(title or text.partition("\n")[0])):
                source, evidence = credit  # "Letture delle chiamate … di Pekingnology"
            elif not acc.lead:  # the body's marks are its accounts', not the compiler's
                if doc_signature is None:
                    # a house style in one of several accounts (a quoted readout) is no mark
                    # of the others
                    strong = split.article or len(kept) > 1
                    doc_signature = reg.signature_in(body, strong=strong) or ()
                    if doc_signature and _cites_itself(body, doc_signature[0]):
                        doc_signature = ()
                if doc_signature:
                    source, evidence = doc_signature[0], f"signature: {doc_signature[1]}"
        turns = find_turns(text) if text else []
        region = body[acc.at:kept[n + 1].at if n + 1 < len(kept) else len(body)]
        kind = kind_of(acc, source, text, title, turns, region)
        author = acc.author
        if kind == "briefing" or acc.timed:
            aide = None if author else reg.aide_in(text[:LEAD])
            if aide is not None and (source is None or aide[0] is source):
                author = aide[1]  # a date and time line then an aide's words: his briefing
                kind = "briefing" if acc.timed and source is not None else kind
        side = acc.side if (acc.cue_kind in ("post", "briefing") or source is None) and \
            acc.side else (source.side if source is not None else None)
        dateline = (acc.dateline or read_dateline(text[:400], standalone=False)
                    or _title_date(title))
        draft = AccountDraft(
            text=text, start=start, end=end, source=source.id if source else "unknown",
            side=side, kind=kind, title=title, language=_language(text, lang, len(kept)),
            evidence=evidence if source or side else "none", dateline=dateline, turns=turns,
            author=author if kind == "briefing" else None)
        article = kind == "news" or (
            kind == "transcript" and (source is None or source.type == "media"))
        found = continued = Quoted([], None)
        if running is not None and not acc.fixed and not acc.resumes and (
                source is None or source is host):
            # a date line inside a quoted text cut it: the text runs on
            found = continued = quoted_pieces(body, start, end, host, running, whole=True)
        elif article:
            found = quoted_pieces(body, start, end, source, quoting=quoting)
            host = source
        elif source is not None and drafts and drafts[-1].kind == "news" and acc.cue and (
                (colon := acc.cue.rstrip().endswith((":", "："))) or _pull_quote(text)):
            # a text an article announced, with a colon or over a pull quote
            host = reg.get(drafts[-1].source)
            # out by the article's day: its "The Prime Minister" is read on that day
            draft.dateline = draft.dateline or drafts[-1].dateline
            found = continued = quoted_pieces(body, start, end, host, voice_of(
                source, acc.cue, evidence), pulled=not colon)
        pieces, running = found.pieces, found.running
        if pieces and found is not continued:
            article_draft = draft
        elif pieces and (template := article_draft or drafts[-1]) is not None:
            # the span opens with the announced text; after it, the article's voice
            draft = replace(template, text=text, start=start, end=end, title=None,
                            dateline=None, turns=[])
        quoting = quoting or bool(pieces)
        dated = article_draft.dateline if article_draft is not None else draft.dateline
        drafts.extend(_quoted_drafts(draft, pieces, body, lang, dated) if pieces else [draft])
    return _third_parties(_on_platforms(drafts, meta.get("published")))


def _cites_itself(text: str, source: Source) -> bool:
    """Does a text bearing a source's house style credit that source as a speaker ("…,
    according to the White House press statement", "In turn, the Kremlin said that …")? A
    government's own text never cites itself: this is an article copying its lead. (A wire's
    item may: "ha detto all'ANSA".)"""
    return source.type == "government" and any(
        named is source and credited_as_speaker(text, name, at)
        for named, name, at in registry().named_all(text))


def _on_platforms(drafts: list[AccountDraft], on: str | None) -> list[AccountDraft]:
    """Each post on a platform its text does not name is on the one its author used on the
    document's day (`platforms`)."""
    out = []
    for d in drafts:
        if d.source == "unknown" and d.kind == "post" and \
                (platform := platform_of(d.text, on)) is not None:
            d = replace(d, source=platform, evidence=f"{d.evidence}; platform by date: {on}")
        out.append(d)
    return out


_LEAD = 300  # the characters of an account that name its contact's leaders


def _pull_quote(text: str) -> bool:
    """Does the account open with a quotation (a pull quote under a line naming its source,
    "The Kremlin" over "“…”"), not with a text of its own (a compilation's "via Xinhua" over
    the readout)?"""
    return text.lstrip()[:1] in tuple(OPEN + '"')


def _third_parties(drafts: list[AccountDraft]) -> list[AccountDraft]:
    """A state medium's report of a contact between two other countries' leaders ("俄罗斯总统
    普京同美国总统拜登通电话" by Xinhua) is a third party's news, all its stretches: it speaks
    for neither side. Its lead, the first stretch, tells whose contact it is."""
    neither: dict[str, bool] = {}
    out = []
    for d in drafts:
        source = registry().get(d.source)
        if source is None or source.type != "state-media" or d.side is None or \
                d.kind not in ("readout", "news"):
            out.append(d)
            continue
        if d.source not in neither:
            sides = registry().voice_sides(d.text[:_LEAD])
            neither[d.source] = len(sides) > 1 and d.side not in sides
        out.append(replace(d, side=None, kind="news") if neither[d.source] else d)
    return out


def _quoted_drafts(article: AccountDraft, pieces: list[Piece], body: str, lang: str,
                   dated: str | None) -> list[AccountDraft]:
    """A news article cut into its own text (news, whatever remarks it quotes) and the
    official texts it quotes, these dated by the article's dateline (`dated`) where they
    have none of their own."""
    out: list[AccountDraft] = []
    reg = registry()
    for n, piece in enumerate(pieces):
        end = article.end if n + 1 == len(pieces) else pieces[n + 1].start
        start = piece.start
        if piece.empty:
            end = start
        text = body[start:end]
        if not text.strip() and not piece.empty and piece.voice is None and not out and \
                article.title and (at := body.rfind(article.title, 0, start)) >= 0:
            # a headline telling the contact, then at once the official text it quotes
            # ("Meloni ha avuto … un incontro bilaterale con Erdogan" over Palazzo Chigi's
            # note): the headline is the article's own account, the whole of its text
            start, text = at, body[at:end]
        if not text.strip() and not piece.empty:
            continue
        voice = piece.voice
        first = not out
        if voice is None:
            out.append(AccountDraft(
                text=text, start=start, end=end, source=article.source, side=article.side,
                kind="news", title=article.title if first else None,
                language=_language(text, lang, 2), evidence=article.evidence,
                dateline=article.dateline if first else None,
                turns=find_turns(text) if text else []))
            continue
        aide = reg.aide_in(text[:LEAD]) if voice.kind == "briefing" else None
        out.append(AccountDraft(
            text=text, start=start, end=end, source=voice.source.id, side=voice.side,
            kind=voice.kind, title=None, language=_language(text, lang, 2) if text else lang,
            evidence=voice.evidence,  # a text quoted in an article dated X was out by X
            dateline=read_dateline(text[:400], standalone=False) or (
                dated if voice.kind != "news" else None),
            turns=find_turns(text) if text else [],
            author=aide[1] if aide else voice.author))
    return out


def _republished(headline: str | None) -> tuple[Source, str] | None:
    """The government or agency whose own text a headline says follows whole ("Full text:
    White House statement on …", "Полный текст сообщения пресс-службы Кремля"): a page
    republishing it keeps that source, whoever hosts the page."""
    if not headline or not kind_cue("full_text", headline):
        return None
    named = registry().first_named(headline)
    if named is None or named[0].type not in ("government", "state-media"):
        return None
    return named[0], f"republished: {headline}"


def _credited(headline: str) -> tuple[Source, str] | None:
    """The newsroom a compiler's headline credits ("Readouts of the calls | Pekingnology"):
    a registered medium named in it; a government or agency there is the subject, not the
    compiler."""
    named = registry().first_named(headline)
    if named is None or named[0].type != "media":
        return None
    return named[0], f"credit: {named[1]}"


_YEAR = re.compile(r"\d{4}")


def _title_date(title: str | None) -> str | None:
    """The date a headline ends with, after a colon or a dash ("PM call with President Xi:
    12 March 2025"), as gov.uk titles readouts."""
    if not title or not _YEAR.search(title):
        return None
    tail = re.split(r"[:：—–|]\s*", title)[-1]
    return read_dateline(tail, standalone=True) if tail != title else None


def _language(text: str, doc_lang: str, count: int) -> str:
    """The account's language: the document's for a lone account in its script, else
    detected (a compilation mixes languages)."""
    if not text.strip():
        return doc_lang
    script = script_of(text, WIDE_SAMPLE)  # most of its letters: a caption may head it
    doc_script = {"zh": "han", "ru": "cyrillic"}.get(doc_lang, "latin")
    if count == 1 and script in (None, doc_script):
        return doc_lang
    if script in ("han", "cyrillic"):
        return "zh" if script == "han" else "ru"
    found = function_word_language(text) or detect_language(text)  # function words first: cheap
    return found if found in SUPPORTED else doc_lang
