"""analyze(inputs) -> Analysis: the stages in order.

ingest -> segment -> extract -> link -> compare. Each stage takes and returns plain
data; this module only wires them and assigns the stable ids of CONTRACT.md.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from readouts.errors import InputError
from readouts.extract.contacts.contacts import ContactFacts, reported_contacts
from readouts.extract.contacts.document_story import (
    about_story,
    follow_up,
    fragment_of,
    on_the_storys_day,
    resumes,
    story_of,
)
from readouts.extract.contacts.facts import after_publication
from readouts.extract.contacts.mentioned import mentioned_contacts
from readouts.extract.contacts.plan_dated import date_from_later
from readouts.extract.contacts.speakers_met import speakers_met
from readouts.extract.contacts.trip_meeting import meeting_of_the_trip
from readouts.extract.figures.figure_context import readout_figures
from readouts.extract.people.actors import ActorIndex, actor_index
from readouts.extract.people.appositions import appositions, reading_appositions
from readouts.extract.people.name_forms import ActorMatch
from readouts.extract.people.office_time import implied_day
from readouts.extract.people.reading_scope import (
    reading_common_words,
    reading_story_names,
    reading_titles_on,
    remembering_names,
)
from readouts.extract.people.side_subjects import first_leaders, side_mentions
from readouts.extract.people.speakers import attribute_speakers, statement_author
from readouts.extract.people.url_names import url_names
from readouts.extract.tags.tone import characterize
from readouts.extract.tags.topics import TopicEmbedder, tag_topics
from readouts.extract.time.published import infer_published, off_the_page, url_date
from readouts.ingest import PreparedText, RawInput, prepare
from readouts.lang import SUPPORTED
from readouts.link.events import ContactClaim, claim_json, link_contacts
from readouts.model import Analysis, Comparison, Document, Mention, Readout, Sentence
from readouts.segment import AccountDraft, split_accounts
from readouts.segment.layout import before_story_list
from readouts.text.langid import detect_language
from readouts.text.sentences import split_sentences

_ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
_SPACES = re.compile(r"\s+")
_DATED_KINDS = frozenset({"readout", "transcript", "briefing", "statement", "post", "news"})


@dataclass
class DocumentResult:
    document: Document
    claims: list[ContactClaim]


def parse_published(value: str | None) -> tuple[str | None, str | None]:
    """'2022-03-03 21:21:47-05:00' -> ('2022-03-03', 'day'); '2024-05' -> month."""
    if not value:
        return None, None
    m = _ISO_DATE.match(value.strip())
    if not m:
        return None, None
    year, month, day = m.groups()
    try:  # "2024-13-45" has the shape of a date but is none
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None, None
    if day and month:
        return f"{year}-{month}-{day}", "day"
    if month:
        return f"{year}-{month}", "month"
    return year, "year"


def _language(prepared: PreparedText, forced: str | None) -> str:
    language = forced or prepared.meta.get("language") or detect_language(prepared.body)
    if language is None:
        raise InputError(f"{prepared.origin}: too little text to tell its language")
    language = language.lower()[:2]
    if language not in SUPPORTED:
        raise InputError(
            f"{prepared.origin}: language '{language}' is not supported "
            f"(supported: {', '.join(SUPPORTED)})"
        )
    return language


def _published(prepared: PreparedText, language: str, forced: str | None
               ) -> tuple[str | None, str | None, str | None]:
    if forced:
        value, precision = parse_published(forced)
        if value is None:
            raise InputError(f"--published {forced!r}: use YYYY-MM-DD, YYYY-MM or YYYY")
        return value, precision, "user"
    value, precision = parse_published(prepared.meta.get("date"))
    if value:
        return value, precision, "header"
    body = before_story_list(prepared.body)  # the site's other stories carry their own dates
    inferred = infer_published(body, language)
    archived = url_date(prepared.meta.get("url"))
    if archived and not (inferred and inferred[1] == "day" and archived[1] == "month"
                         and inferred[0].startswith(archived[0])):
        return archived[0], archived[1], f"url: {prepared.meta.get('url')}"
    if inferred:
        return inferred[0], inferred[1], f"content: {inferred[2]}"
    return None, None, None


def _sentences(draft: AccountDraft, lang: str, on: str | None, side: str | None
               ) -> tuple[list[Sentence], list[str | None]]:
    """Split the account, turn by turn; return sentences and each one's turn speaker."""
    text = draft.text
    regions: list[tuple[int, int, str | None]] = []
    cursor = 0
    index = actor_index()
    for turn in draft.turns:
        if turn.start > cursor:
            regions.append((cursor, turn.start, None))
        regions.append((turn.start, turn.end, index.resolve_name(turn.label, lang, on, side)))
        cursor = turn.end
    regions.append((cursor, len(text), None))
    sentences: list[Sentence] = []
    speakers: list[str | None] = []
    for start, end, speaker in regions:
        for s, e in split_sentences(text[start:end], lang):
            clean = _SPACES.sub(" ", text[start + s:start + e]).strip()
            sentences.append(Sentence(i=len(sentences), text=clean, start=start + s,
                                      end=start + e))
            speakers.append(speaker)
    return sentences, speakers


def _actor_matches(draft: AccountDraft, sentences: list[Sentence], index: ActorIndex,
                   lang: str, on: str | None, named_before: frozenset[str],
                   roles: dict[str, str]) -> tuple[list[tuple[str, int, int]],
                                                   list[list[ActorMatch]]]:
    """The people the title and each sentence name, the roles the story gave its people
    read as theirs. "Си Цзиньпин … Си поговорил с Путиным": a guarded surname names whom the
    account named (or the publisher's earlier stretch of the same story did: "Johnson",
    resumed)."""
    with reading_appositions(roles):
        title_mentions = [(m.actor, m.start, m.end)
                          for m in index.find(draft.title or "", lang, on, draft.side)]
        known = named_before | frozenset(actor for actor, _, _ in title_mentions)
        found: list[list[ActorMatch]] = []
        for s in sentences:
            found.append(index.find(s.text, lang, on, draft.side, known))
            known = known | {m.actor for m in found[-1]}
    return title_mentions, found


def _named_in_full(found: list[list[ActorMatch]], title_mentions: list[tuple[str, int, int]],
                   index: ActorIndex, title: str | None, lang: str, on: str | None,
                   side: str | None) -> frozenset[str]:
    """The people the account names in full, where a title alone in it was read as someone
    it never names ("Obama speaks to Iran leader by phone" read as the Supreme Leader over a
    story naming President Rouhani); else nobody (the titles stand as read)."""
    titled = [m for ms in found for m in ms if m.by == "title"]
    titled += [m for m in index.find(title or "", lang, on, side) if m.by == "title"]
    names = frozenset(m.actor for ms in found for m in ms if m.by == "name")
    if not names or all(m.actor in names for m in titled):
        return frozenset()
    return names


def _own_day(dateline: str | None, published: str | None) -> str | None:
    """The account's day: its dateline's, unless that is off the page's own date (a site's
    clock or ticker saved with the page, "2024-11-23 07:18:40" over a 2017 story; an old
    stamp, "21 luglio 2021" over a 2023 item)."""
    day = (dateline or "")[:10]
    if day and published and off_the_page(day, published):
        return published
    return day or published


def _readout(draft: AccountDraft, readout_id: str, published: str | None,
             named_before: frozenset[str] = frozenset(), earlier: str | None = None
             ) -> tuple[Readout, list[list[Mention]]]:
    lang = draft.language
    ref = _own_day(draft.dateline, published)
    sentences, turn_speakers = _sentences(draft, lang, ref, draft.side)
    index = actor_index()
    texts = [s.text for s in sentences]
    # an undated story's titles are read when the people it names held office, not today;
    # (an account naming too few people, on the day of the document's earlier accounts)
    on = ref or implied_day([draft.title or "", *texts], lang, draft.side, earlier)
    # "il premier turco Recep Tayyip Erdogan": the role alone, in the headline too, is his;
    # the people are read again with those roles only where the story gives one (rare)
    title_mentions, found = _actor_matches(draft, sentences, index, lang, on, named_before, {})
    roles = appositions(texts, lambda text: index.find(text, lang, on, draft.side), found)
    story = _named_in_full(found, title_mentions, index, draft.title, lang, on, draft.side)
    if roles or story:
        with reading_story_names(story):
            title_mentions, found = _actor_matches(draft, sentences, index, lang, on,
                                                   named_before, roles)
    mentions = [[Mention(actor=m.actor, text=m.text, sentence=s.i, start=m.start, end=m.end)
                 for m in ms] for s, ms in zip(sentences, found, strict=True)]
    spans = [[(m.actor, m.start, m.end) for m in ms] for ms in mentions]
    leaders = first_leaders(spans, ref)
    sides = side_mentions(texts, lang, leaders)
    speakers = attribute_speakers(texts, lang, [sorted(ms + extra, key=lambda m: m[1])
                                               for ms, extra in zip(spans, sides, strict=True)],
                                  turn_speakers,
                                  statement_author(draft.title, title_mentions, lang,
                                                   leaders.get(draft.side or "")),
                                  leaders.get(draft.side or ""),
                                  index.resolve_name(draft.author, lang, ref, draft.side)
                                  if draft.author else None)
    for s, speaker, topics in zip(sentences, speakers, tag_topics(texts, lang), strict=True):
        s.speaker, s.topics = speaker, topics
    readout = Readout(
        id=readout_id, source=draft.source, side=draft.side, kind=draft.kind, language=lang,
        title=draft.title, text=draft.text, sentences=sentences,
        mentions=[m for ms in mentions for m in ms], figures=readout_figures(sentences, lang, ref),
        characterization=characterize(draft.text, lang), source_evidence=draft.evidence,
        dateline=draft.dateline, published=ref, titles_on=on, apposed_roles=roles,
        story_names=story,
    )
    return readout, mentions


def _announced(contacts: list[ContactFacts], published: str | None) -> list[ContactFacts]:
    """Contacts told as held but dated after the account's own day were announced, not held
    ("dovrebbe incontrare sabato", read in Wednesday's paper): planned."""
    for facts in contacts:
        if facts.status == "held" and after_publication(facts.date, published):
            facts.status = "planned"
    return contacts


def _claims(readout: Readout, mentions: list[list[Mention]],
            story: ContactFacts | None,
            earlier: ContactFacts | None = None) -> list[ContactClaim]:
    ref = readout.published
    # (a page dated by a month or a year alone dates no contact: when.py reads a full day only)
    fallback = ref if readout.kind in _DATED_KINDS else None
    resumed = resumes(readout, mentions, earlier)
    if resumed:
        reported = [follow_up(readout, earlier)]
    else:
        reported = reported_contacts(readout.title, readout.sentences, mentions,
                                     readout.language, ref, readout.side, fallback)
    if not reported and story is not None and about_story(readout, story):
        reported = [follow_up(readout, story)]
    elif reported and story is not None and fragment_of(reported[0], story, readout.language):
        reported = [follow_up(readout, story), *reported[1:]]
    elif readout.kind != "news":
        on_the_storys_day(reported, story, ref)
    if not reported and readout.kind == "transcript":  # two leaders' remarks, one welcoming
        met = speakers_met(readout.sentences, readout.language, ref, fallback)
        reported = [met] if met is not None else []
    # a contact has two sides: one naming a single party ("Visita ufficiale per Mattarella",
    # a headline whose counterpart is unresolved), reported or mentioned, is no contact
    trip = reported[0] if reported and not resumed else None  # (one party: a trip's host unnamed)
    reported = _announced([f for f in reported if len(f.participants) >= 2], ref)
    # a resumed story tells its contact in none of its own sentences: each may mention others
    main = [replace(f, sentence=-1) for f in reported] if resumed else reported
    mentioned = _announced([f for f in mentioned_contacts(readout.sentences, mentions,
                                                          readout.language, ref, main)
                            if len(f.participants) >= 2], ref)
    mentioned = date_from_later(reported, mentioned)
    if trip is not None:  # a preview's contact: the meeting ahead, not the trip it is on
        reported, mentioned = meeting_of_the_trip(
            trip, reported, mentioned, [s.text for s in readout.sentences], readout.language)
    if reported:  # the account's own view of its contact, with the words that say it
        readout.facts = {**reported[0].as_dict(), "evidence": dict(reported[0].evidence)}
    claims = [ContactClaim(f, readout.id, readout.side, readout.kind, True) for f in reported] + \
        [ContactClaim(f, readout.id, readout.side, readout.kind, False) for f in mentioned]
    readout.contacts = [claim_json(c) for c in claims]
    return claims


@remembering_names()  # the contact readers ask again of what the people reader read
def analyze_document(prepared: PreparedText, published: str | None = None,
                     lang: str | None = None) -> DocumentResult:
    """Segment and extract one document; contacts are linked later, across documents."""
    language = _language(prepared, lang)
    date_value, precision, evidence = _published(prepared, language, published)
    doc_id = "d" + prepared.sha256[:12]
    document = Document(id=doc_id, origin=prepared.origin, title=prepared.meta.get("title"),
                        language=language, published=date_value,
                        published_precision=precision, published_evidence=evidence,
                        sha256=prepared.sha256)
    claims: list[ContactClaim] = []
    stories: list[ContactFacts] = []  # the contacts the document's accounts report, in order
    first_told: dict[str, ContactFacts] = {}  # each known publisher's first reported contact
    named_by: dict[str, frozenset[str]] = {}  # the people each known publisher named so far
    titles_on: str | None = None  # the day the document's accounts so far were set on
    # the document's day, as parsed: the day a post's unnamed platform is read on
    meta = {**prepared.meta, "published": date_value} if date_value else prepared.meta
    slugged = url_names(prepared.meta.get("url"), date_value)  # its address names them in full
    with reading_common_words(prepared.body):  # a capitalised common word names no one
        for n, draft in enumerate(split_accounts(prepared.body, meta, language), start=1):
            readout, mentions = _readout(draft, f"{doc_id}-r{n}", date_value,
                                         named_by.get(draft.source, frozenset()) | slugged,
                                         titles_on)
            document.readouts.append(readout)
            titles_on = readout.titles_on or titles_on
            if readout.source != "unknown":
                named_by[readout.source] = named_by.get(readout.source, frozenset()) | {
                    m.actor for m in readout.mentions}
            if readout.text.strip():
                with reading_titles_on(readout.titles_on), \
                        reading_appositions(readout.apposed_roles), \
                        reading_story_names(readout.story_names):
                    found = _claims(readout, mentions, story_of(readout, stories),
                                    first_told.get(readout.source))
                claims.extend(found)
                stories.extend(c.facts for c in found if c.reported)
                if readout.source != "unknown" and found and found[0].reported:
                    first_told.setdefault(readout.source, found[0].facts)
    if document.title is None and document.readouts:
        document.title = document.readouts[0].title
    return DocumentResult(document, claims)


def analyze_inputs(inputs: list[RawInput], published: str | None = None,
                   lang: str | None = None, compare: bool = True) -> Analysis:
    """Analyse several inputs together, so one contact in many documents is one event."""
    from readouts.compare import compare_all

    results = [analyze_document(p, published, lang) for raw in inputs for p in prepare(raw)]
    return link_results(results, compare_all if compare else None)


def _embedded_topics(analysis: Analysis) -> None:
    """The second topic signal, for the accounts the comparison will embed anyway (those of
    contacts two or more sides report): there it costs no more than the topic prototypes,
    where a single account would load the model for a handful of sentences."""
    index = {r.id: r for d in analysis.documents for r in d.readouts}
    compared: dict[str, Readout] = {}
    for event in analysis.events:
        accounts = [index[rid] for rid in event.reported_by if rid in index]
        if len({r.side for r in accounts if r.side}) >= 2:
            compared.update((r.id, r) for r in accounts)
    if compared:
        from readouts.compare import encode_accounts
        from readouts.compare.embed import embed, one_blas_thread

        with one_blas_thread():  # (k x 512) @ (512 x 48): a second BLAS thread only spins
            # one pass of the encoder for every account, as the comparison needs them all
            encode_accounts(list(compared.values()))
            TopicEmbedder(encode=embed).tag_readouts(compared.values())


def link_results(results: list[DocumentResult],
                 comparer: Callable[[Analysis], list[Comparison]] | None = None) -> Analysis:
    """Link the documents' contacts into events and, if given a comparer, compare sides."""
    seen: set[str] = set()
    documents: list[Document] = []
    claims: list[ContactClaim] = []
    for result in results:
        if result.document.id in seen:
            continue  # the same bytes given twice count once
        seen.add(result.document.id)
        documents.append(result.document)
        claims.extend(result.claims)
    events, first_event = link_contacts(claims)
    for document in documents:
        for readout in document.readouts:
            readout.event = first_event.get(readout.id)
    analysis = Analysis(documents=documents, events=events)
    if comparer is not None:
        _embedded_topics(analysis)
        analysis.comparisons = comparer(analysis)
    return analysis
