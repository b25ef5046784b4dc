"""The kind of contact a sentence names, and whether it was held, planned or denied.

The lead of an account is the first of its opening sentences that names a contact held.
"""

from __future__ import annotations

import re
from functools import lru_cache

from readouts import knowledge
from readouts import lang as langdata
from readouts.extract.contacts.cues import contact_cues
from readouts.extract.contacts.quoted import all_quoted, quoted_ranges
from readouts.extract.time.dates import sentence_tense
from readouts.extract.time.tense import tense_from, tense_marks
from readouts.model import Sentence
from readouts.text.word_gate import fold

LEAD_SENTENCES = 3
# Short opening sentences (a quoted question, a list of topics) do not use up the lead: a
# sentence starting within these characters of the account is in it too.
_LEAD_CHARS = 300


_OPEN_QUOTES = "\"“«„「『"
_CLOSE_QUOTES = "\"”»“」』"


def _opening_quote(sentences: list[Sentence]) -> int:
    """How many sentences an account's opening quotation takes ("«Действительно этот
    разговор состоялся. Он продолжался более двух часов», - сказал Путин."): 0 where it
    opens with none."""
    if not sentences or sentences[0].text.lstrip()[:1] not in _OPEN_QUOTES:
        return 0
    for i, s in enumerate(sentences[:LEAD_SENTENCES]):
        body = s.text.lstrip()[1:] if i == 0 else s.text
        if any(c in _CLOSE_QUOTES for c in body):
            return i + 1
    return 0


def lead_end(sentences: list[Sentence]) -> int:
    """How many opening sentences make the lead: three, or more while they are short; an
    opening quotation (a leader's words before the story tells them) uses none of them."""
    n = min(LEAD_SENTENCES + _opening_quote(sentences), len(sentences))
    while n < len(sentences) and sentences[n].start - sentences[0].start < _LEAD_CHARS:
        n += 1
    return n


# The more specific medium first: a video call is often just "talks" or a "meeting" in a
# title or to one side, an in-person meeting is seldom called a video call.
# Two leaders meeting during a visit or a ceremony had a meeting: the visit is the trip.
SPECIFICITY = ("video_call", "phone_call", "message", "meeting", "ceremony", "visit",
               "consultation", "other")


_WORD_REST = re.compile(r"[^\W\u3400-\u9fff]*")  # letters after a stem, never Han characters


def contact_type(text: str, lang: str, weak: bool = True) -> str | None:
    """The first kind of contact the text names, in the data file's order of priority; a
    word that names a contact without its medium ("conversazione", "разговор") only where
    no other cue does, and only if ``weak``."""
    spans = type_spans(text, lang)
    if spans:
        return min(spans, key=lambda span: span[2])[3]
    if weak:
        for name, pattern in contact_cues(lang).weak_types:
            if pattern.search(text):
                return name
    return None


def medium_unsaid(text: str, lang: str) -> bool:
    """Do the text's meeting cues all name no medium ("il colloquio tra Draghi e Putin",
    "terranno colloqui"), and no other cue name one? Then the next sentences may say it
    was a call."""
    neutral = contact_cues(lang).medium_neutral
    spans = type_spans(text, lang)
    return neutral is not None and bool(spans) and all(
        span[3] == "meeting" and neutral.search(text, span[0], span[1]) for span in spans)


def trip_of_two(kind: str, text: str, lang: str, leaders: int) -> bool:
    """Is a visit with two leaders for principals a trip during which they met ("la prima
    visita ufficiale di Macron nel paese: Macron e Lula hanno parlato di", "во время визита в
    Китай Си уделил особое внимание Путину")? Not a visit paid to the person ("visita di
    congedo"), which is the contact itself."""
    courtesy = contact_cues(lang).courtesy
    return kind == "visit" and leaders >= 2 and not (courtesy and courtesy.search(text))


def most_specific(kinds: list[str]) -> str | None:
    """The most specific of several contact types ("Переговоры" titling a videoconference)."""
    ranked = [k for k in SPECIFICITY if k in kinds] + [k for k in kinds if k not in SPECIFICITY]
    return ranked[0] if ranked else None


# The sentence tests here are remembered per sentence (an account's sentences, reused within
# a document, not across): the lead, the date, the parties and the mentions ask the same ones.
@lru_cache(maxsize=1024)
def type_spans(text: str, lang: str) -> tuple[tuple[int, int, int, str], ...]:
    """Every contact-type cue in the text, to the end of its word: (start, end, priority, type).

    Cues are word stems ("видеоконференц"); the gap to a date is measured from the word's end.
    One search for any cue first: most sentences name no contact. Remembered per sentence:
    the lead, the date, the parties and the mentioned contacts all ask of the same ones.
    """
    cues = contact_cues(lang)
    if not cues.types_gate.may_match(text):
        return ()
    folded = fold(text)  # a type none of whose words the text holds is not scanned
    states = _between_states(lang)
    spans = []
    for rank, (name, pattern) in enumerate(cues.types):
        if not cues.types_words[rank].in_folded(folded):
            continue
        for m in pattern.finditer(text):
            end = _WORD_REST.match(text, m.end()).end()
            if states is None or not states.match(text, end):
                spans.append((m.start(), end, rank, name))
    return tuple(sorted(spans))


@lru_cache(maxsize=8)
def _between_states(lang: str) -> re.Pattern[str] | None:
    """Right after a contact word, two countries it is between ("переговоров между Россией и
    Украиной", "talks between Russia and Ukraine", "negoziati tra Russia e Ucraina"): talks
    of states and their delegations, no contact of leaders."""
    words = (langdata.load(lang, "contacts") or {}).get("between_states")
    if not words:
        return None
    names = dict.fromkeys(name for name, _ in knowledge.country_names(lang))  # longest first
    state = "(?:" + "|".join(re.escape(n) for n in names) + ")"
    return re.compile(words["pattern"].replace("{state}", state), re.I)


# Conversations are one family: one account's "call" may be another's video call.
_CONVERSATIONS = frozenset({"phone_call", "video_call", "meeting", "other"})


def types_compatible(a: str, b: str) -> bool:
    """One account's "call" may be another's video call: conversations are one family."""
    return a == b or (a in _CONVERSATIONS and b in _CONVERSATIONS)


def first_planned(sentences: list[Sentence], lang: str, start: int = 0,
                  stop: int | None = None) -> int | None:
    """The first opening sentence (from ``start``, before ``stop``) whose contact is ahead and
    none held ("La telefonata tra Biden e Xi si terrà la prossima settimana", "Путин и Си
    проведут переговоры"): the story of an announced contact."""
    for s in sentences[start:lead_end(sentences) if stop is None else stop]:
        first = _first_cue(s.text, lang)
        if first is None or denied(s.text, lang) or held_between(s.text, lang):
            continue
        if planned_lead(s.text, lang) or _future_at(s.text, *first, lang):
            return s.i
    return None


_FUTURE_REACH = 120  # "La telefonata tra [two titled names] si terrà": the cue's own verb


def _future_at(text: str, start: int, end: int, lang: str) -> bool:
    """Is a future verb in the contact cue's own clause ("si terrà", "will take place",
    "состоится"), and the cue's nearest tense? One in another clause ("这通电话…，将对…注入
    动力") is another matter's, one past a nearer past verb another contact's ("hanno avuto
    un colloquio e si vedranno a novembre")."""
    marks = tense_marks(text, lang)
    if tense_from(marks, start) != "future":
        return False
    for m_start, m_end, _, name in marks.marks:
        if name != "future":
            continue
        left, right = (m_end, start) if m_end <= start else (end, m_start)
        if right - left <= _FUTURE_REACH and not CLAUSE_BREAK.search(text, left, right):
            return True
    return False


@lru_cache(maxsize=1024)
def contact_status(text: str, lang: str) -> str:
    cues = contact_cues(lang)
    if cues.planned is not None and cues.planned.search(text):
        return "planned"
    if sentence_tense(text, lang) == "future":
        return "planned"
    return "held"


def first_typed(sentences: list[Sentence], lang: str, start: int = 0,
                end: int | None = None) -> int | None:
    """The lead: the first of the opening sentences (from ``start``, before ``end``) naming a
    contact that is not a planned one ("Putin accepted the invitation to visit China" opens
    no account of a visit), nor only in a quoted remark where a later one names it."""
    remark = last = None
    quoted = quoted_ranges(sentences)
    stop = lead_end(sentences) if end is None else end
    for k, s in enumerate(sentences[start:stop + (end is None)], start):
        if k == stop and (remark is None or remark < k - 1):
            break  # past the lead, only the words that tell the remark before ("Lo ha detto")
        if contact_type(s.text, lang) and (not planned_lead(s.text, lang)
                                           and not denied(s.text, lang)
                                           or held_between(s.text, lang)):
            if last_time(s.text, lang):
                # "L'ultima volta che si sono incontrati è stato …": the story's background,
                # before the news it opens on; the lead only where nothing else is told
                last = s.i if last is None else last
                continue
            if not remark_only(s.text, quoted[k], lang):
                # a remark of the same kind as the account's words ("«l'ho chiamato io»"),
                # or of a medium they leave unsaid ("il colloquio"), tells the contact itself
                kept = remark is not None and (medium_unsaid(s.text, lang) or held_kind(
                    s.text, lang) == held_kind(sentences[remark].text, lang))
                return remark if kept else s.i
            remark = s.i if remark is None else remark
    return remark if remark is not None else last


def last_time(text: str, lang: str) -> bool:
    """Does the sentence open on the last time the two met ("L'ultima volta che si sono
    incontrati", "The last time they spoke", "В последний раз", "上一次")?"""
    last_time = contact_cues(lang).last_time
    return last_time is not None and last_time.match(text) is not None


def remark_only(text: str, quoted: list[tuple[int, int]], lang: str) -> bool:
    """Are all the sentence's contact words inside a leader's quoted remark ("«Ne
    riparliamo al telefono»")? The account's own words elsewhere name the contact."""
    spans = [(a, b) for a, b, _, _ in (*type_spans(text, lang), *weak_spans(text, lang))]
    return all_quoted(spans, quoted)


_BETWEEN_REACH = 20  # from a contact cue to the "between" that names its parties


@lru_cache(maxsize=1024)
def held_between(text: str, lang: str) -> str | None:
    """The type of a later contact that names its own parties, where the first one the
    sentence names is planned or denied ("despite reports of Trump's intention to organise
    a call, ... he said after a video call between Putin and Xi"), or that the sentence
    reports in a clause of its own ("Dopo l'annuncio che Meloni incontrerà von der Leyen, il
    premier parla al telefono con Scholz")."""
    cues = contact_cues(lang)
    spans = type_spans(text, lang)
    for start, end, _, kind in spans[1:]:
        occasion = _occasion_at(text, start, lang)
        if _planned_at(text, start, end, lang, spans[0][:2] if occasion else None) \
                or _apposed_ahead(text, start, lang):
            continue
        if any(p.search(text[start:end + _BETWEEN_REACH]) for p in cues.between):
            return kind
        own_clause = CLAUSE_BREAK.search(text, spans[0][1], start) is not None or occasion
        earlier = cues.earlier is not None and any(
            m.start() <= end and m.end() >= start - _PLANNED_REACH
            for m in cues.earlier.finditer(text, 0, end))
        if own_clause and not earlier:
            return kind
    return None


_OCCASION_REACH = 40  # "nel corso della loro prima telefonata": the frame's words to its cue


def _occasion_at(text: str, start: int, lang: str) -> bool:
    """Is the cue at ``start`` the occasion of what the sentence says ("agreed to meet soon
    in their first call", "договорились о встрече в ходе телефонного разговора")? That
    contact is held in its own right, whatever was agreed in it."""
    occasion = contact_cues(lang).occasion
    return occasion is not None and any(
        start - _OCCASION_REACH <= m.start() <= start
        and not CLAUSE_BREAK.search(text, m.end(), start)
        for m in occasion.finditer(text, max(0, start - _OCCASION_REACH), start + _OCCASION_REACH))


_APPOSED_WORD = 4  # ", con un ", ", with a ": two short words before a cue are no verb's clause


def _apposed_ahead(text: str, start: int, lang: str) -> bool:
    """Is the cue at ``start`` a verbless addition to the future contact before it
    ("L'incontro … inizierà alle 22:30, con un colloquio a due")? It is that contact, ahead,
    not another held one."""
    breaks = list(CLAUSE_BREAK.finditer(text, 0, start))
    words = text[breaks[-1].end():start].split() if breaks else []
    return 1 <= len(words) <= 2 and all(len(w) <= _APPOSED_WORD for w in words) \
        and tense_from(tense_marks(text, lang), start) == "future"


def _planned_at(text: str, start: int, end: int, lang: str,
                before: tuple[int, int] | None = None) -> bool:
    """Is the contact cue at ``start``-``end`` a planned one ("a possible meeting", or one
    whose plan follows its noun: "il vertice, in programma alle 11.30")? Not by the plan of
    the ``before`` cue, ended ahead of it ("have agreed to meet soon in their first call":
    the call is held, the meeting ahead)."""
    planned = contact_cues(lang).planned
    return planned is not None and any(
        m.start() <= end and m.end() >= start - _PLANNED_REACH
        and not (before and m.end() <= start and m.start() <= before[0] < m.end())
        for m in planned.finditer(text))


@lru_cache(maxsize=1024)
def held_kind(text: str, lang: str) -> str | None:
    """The lead's type: its highest-ranked cue that is not a planned contact ("Trump
    congratulated Putin and the two discussed a possible meeting" reports the message)."""
    held = [span for span in type_spans(text, lang) if not _planned_at(text, *span[:2], lang)]
    return min(held, key=lambda span: span[2])[3] if held else contact_type(text, lang)


CLAUSE_BREAK = re.compile(r"[,;:«»\"“”()，；：]")


_NEGATION_REACH = 40  # characters from a negation to the contact it denies


@lru_cache(maxsize=1024)
def denied(text: str, lang: str) -> bool:
    """Does the sentence deny its contact ("no call between Putin and Scholz is scheduled",
    "the meeting could not be held")? A not-held cue on or next to its first contact cue,
    in the same clause."""
    cues = contact_cues(lang)
    first = _first_cue(text, lang)
    if cues.not_held is None or first is None:
        return False
    start, end = first
    for m in cues.not_held.finditer(text):
        if m.start() <= end and m.end() >= start:
            return True
        left, right = (m.end(), start) if m.end() < start else (end, m.start())
        if right - left <= _NEGATION_REACH and not CLAUSE_BREAK.search(text, left, right):
            return True
    return False


def weak_spans(text: str, lang: str) -> list[tuple[int, int, int, str]]:
    """The bare words naming a contact ("una conversazione con"), as type_spans gives cues."""
    return sorted((m.start(), m.end(), rank, name)
                  for rank, (name, p) in enumerate(contact_cues(lang).weak_types)
                  for m in p.finditer(text))


def _first_cue(text: str, lang: str) -> tuple[int, int] | None:
    """Where the sentence first names its contact, by a bare word where nothing else does."""
    spans = type_spans(text, lang)
    if spans:
        return spans[0][0], spans[0][1]
    weak = [m.span() for _, p in contact_cues(lang).weak_types if (m := p.search(text))]
    return min(weak) if weak else None


_PLANNED_REACH = 15  # "the upcoming bilateral meeting": a planned cue just before the contact


@lru_cache(maxsize=1024)
def planned_lead(text: str, lang: str) -> bool:
    """Is the sentence's contact a planned one? A planned cue on or right before its first
    contact cue ("will meet", "the invitation to visit") is; one elsewhere belongs to another
    clause ("ahead of his talks with Zelenskyy, had a call with Putin", "spoke on the phone
    ... ahead of the summit later this year") and is not."""
    return at_first_cue(contact_cues(lang).planned, text, lang)


def at_first_cue(cue: re.Pattern[str] | None, text: str, lang: str,
                  same_clause: bool = False) -> bool:
    """Does ``cue`` match on or right before the sentence's first contact cue (and, if
    ``same_clause``, with no clause break between: "此前，新华社报道称，两国元首通话")?"""
    if cue is None:
        return False
    first = _first_cue(text, lang)
    start, end = first if first else (0, len(text))
    return any(m.start() <= end and (m.end() >= start - _PLANNED_REACH and not (
        same_clause and CLAUSE_BREAK.search(text, m.end(), start))
        or _sequel(text, m.end(), start, lang)) for m in cue.finditer(text))


def _sequel(text: str, after: int, start: int, lang: str) -> bool:
    """Does a word right before the contact cue carry on from an earlier clause ("上周，A曾与B
    交换看法，之后，A致电C", "last week …, and afterwards he called …")? The contact is then
    at that clause's time, however far back its cue is."""
    sequel = contact_cues(lang).sequel
    return sequel is not None and after <= start and any(
        m.end() >= start - _PLANNED_REACH for m in sequel.finditer(text, after, start))


@lru_cache(maxsize=1024)
def other_time_at_cue(text: str, lang: str) -> bool:
    """Is the contact the sentence names an earlier or a planned one ("the previous call")?
    Said of the cue itself, not of the reporting ("Earlier, Xinhua reported that the call
    ..."); a sentence naming the talk by no type cue is judged as a whole."""
    if _first_cue(text, lang) is None:
        return is_other_time(text, lang)
    cues = contact_cues(lang)
    return at_first_cue(cues.earlier, text, lang, True) or \
        at_first_cue(cues.planned, text, lang, True)


def attendance(text: str, lang: str) -> bool:
    """Does the sentence say who else attended ("the meeting was also attended by")? Those
    are the contact's attendees, no other contact."""
    cues = contact_cues(lang)
    if cues.attendees_gate is not None and not cues.attendees_gate.search(text):
        return False
    return any(pattern.search(text) for pattern in cues.attendees)


@lru_cache(maxsize=1024)
def is_other_time(text: str, lang: str) -> bool:
    cues = contact_cues(lang)
    return bool((cues.earlier and cues.earlier.search(text))
                or (cues.planned and cues.planned.search(text)))
