"""Whether the contact a sentence names was held, is planned or was denied, said of its own
cue (a planned cue on or right before it, a future verb in its clause, a negation next to
it), and a later contact in the sentence held in a clause of its own."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from readouts import lang as langdata
from readouts.extract.contacts.cues import contact_cues, cue_alternation
from readouts.extract.contacts.kinds import contact_type, first_cue, type_spans, weak_spans
from readouts.extract.contacts.subject_denied import denied_as_subject
from readouts.extract.time.dates import sentence_tense
from readouts.extract.time.durations import talk_spans
from readouts.extract.time.tense import tense_from, tense_marks

_FUTURE_REACH = 120  # "La telefonata tra [two titled names] si terrà": the cue's own verb


def future_at(text: str, start: int, end: int, lang: str) -> bool:
    """Is a future verb in the contact cue's own clause ("si terrà", "will take place",
    "состоится"), and the cue's nearest tense? One in another clause ("这通电话…，将对…注入
    动力") is another matter's, one past a nearer past verb another contact's ("hanno avuto
    un colloquio e si vedranno a novembre")."""
    if _relative_ahead(text, end, lang) or _named_again(text, start, lang):
        return True  # (or named again after a comma: "sarà ricevuto dal Papa, … faccia a faccia")
    marks = tense_marks(text, lang)
    if tense_from(marks, start) != "future":
        return False
    for m_start, m_end, _, name in marks.marks:
        if name != "future":
            continue
        left, right = (m_end, start) if m_end <= start else (end, m_start)
        if right - left <= _FUTURE_REACH and not breaks_clause(text, left, right) \
                and not _proposed_other(text, lang, marks.marks, start, m_start, m_end,
                                        right - left):
            return True
    return False


def _relative_ahead(text: str, end: int, lang: str) -> bool:
    """Does a relative clause whose verb is the contact's own future follow the cue and its
    parties ("переговоров Путина и Лукашенко, которые пройдут в понедельник")? The comma
    before it opens no clause of another matter."""
    ahead = contact_cues(lang).relative_ahead
    found = ahead.search(text, end, end + _FUTURE_REACH) if ahead is not None else None
    return found is not None and not CLAUSE_BREAK.search(text, end, found.start())


def _proposed_other(text: str, lang: str, marks: tuple, start: int, m_start: int,
                    m_end: int, gap: int) -> bool:
    """Is the future a proposal told in the past ("предложил провести"), and another contact
    word nearer it than the cue ("на встрече с Путиным предложил провести переговоры": the
    talks proposed are ahead, the meeting held)? A plain future ("в рамках саммита проведет
    переговоры") is the whole clause's."""
    proposal = any(name == "past" and m_start <= p_start < m_end
                   for p_start, _, _, name in marks)
    return proposal and any(s != start and max(s - m_end, m_start - e, 0) < gap
                            for s, e, _, _ in type_spans(text, lang))


def met_ahead(text: str, lang: str, kind: str = "meeting") -> bool:
    """Is the meeting of a visit's lead still ahead ("ha iniziato la sua visita a Mosca, dove
    incontrerà Putin", "has begun his visit to Moscow, where he will meet Putin", "una visita
    di due giorni, durante la quale vedrà Mattarella")? The trip has begun, the meeting is
    planned; so for a contact of any ``kind`` whose own cue is in the future, whatever the
    first cue of the sentence ("has arrived for a state visit, where he will hold talks").
    A later word of that kind with no tense of its own ("will hold talks with Akufo-Addo,
    followed by a joint press conference") is part of the same programme; one told in the
    past ("met Putin in May and will see him again") is not."""
    meetings = sorted(span for span in (*type_spans(text, lang), *weak_spans(text, lang))
                      if span[3] == kind)
    marks = tense_marks(text, lang)
    return bool(meetings) and future_at(text, *meetings[0][:2], lang) and all(
        future_at(text, start, end, lang) or tense_from(marks, start) != "past"
        for start, end, _, _ in meetings[1:])


def lead_ahead(lead: str, kind: str, title: str | None, title_kind: str | None,
               lang: str) -> bool:
    """Is the lead's contact of ``kind`` still ahead by its own cue (``met_ahead``)? Not
    under a headline telling that contact over ("Путин несколько раз пообщался с Обамой"
    over "Встреча будет согласовываться"): the story is after it. (A headline on the trip,
    "Mattarella è arrivato ad Accra", tells no contact over.)"""
    after = _cue(lang, "after_contact")  # "Press statement following his meeting with Fico"
    if title and title_kind not in (None, "visit") and (
            sentence_tense(title, lang) == "past" or after is not None and after.search(title)):
        return False
    return met_ahead(lead, lang, kind)


@cache
def _cue(lang: str, key: str) -> re.Pattern[str] | None:
    return cue_alternation((langdata.load(lang, "contacts") or {}).get(key) or [])


@lru_cache(maxsize=1024)
def contact_status(text: str, lang: str) -> str:
    """A contact's status from its sentence: planned where a cue of a planned contact or
    the future tense says so, else held."""
    cues = contact_cues(lang)
    if cues.planned is not None and cues.planned.search(text):
        return "planned"
    if sentence_tense(text, lang) == "future":
        return "planned"
    return "held"


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
        if start < spans[0][1]:
            continue  # the first cue's own longer reading ("colloquio" in "colloquio telefonico")
        occasion = _occasion_at(text, start, lang)
        if _planned_at(text, start, end, lang, spans[0][:2] if occasion else None) \
                or _apposed_ahead(text, start, lang):
            continue
        if any(p.search(text[start:end + _BETWEEN_REACH]) for p in cues.between):
            return kind
        if _relative_clause(text, spans[0][1], start, lang):
            continue  # "will meet Obama, who is on a state visit": the guest's stay, background
        own_clause = breaks_clause(text, spans[0][1], start) or occasion
        earlier = cues.earlier is not None and any(
            m.start() <= end and m.end() >= start - _PLANNED_REACH
            for m in cues.earlier.finditer(text, 0, end))
        if own_clause and not earlier:
            return kind
    return None


def _relative_clause(text: str, after: int, start: int, lang: str) -> bool:
    """Does the cue at ``start`` stand in a relative clause opened past ``after`` (", who is
    on his first state visit", ", che si trova in visita", ", который находится с визитом")?"""
    relative = contact_cues(lang).relative
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(text, after, start)]
    return relative is not None and bool(breaks) and relative.match(
        text, breaks[-1] + len(text[breaks[-1]:start]) - len(text[breaks[-1]:start].lstrip())
    ) is not None


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
    ("L'incontro … inizierà alle 22:30, con un colloquio a due"), or that contact named
    again (``_named_again``)? It is that contact, ahead, not another held one."""
    breaks = list(CLAUSE_BREAK.finditer(text, 0, start))
    words = text[breaks[-1].end():start].split() if breaks else []
    return (1 <= len(words) <= 2 and all(len(w) <= _APPOSED_WORD for w in words)
            and tense_from(tense_marks(text, lang), start) == "future") \
        or _named_again(text, start, lang)


def _named_again(text: str, start: int, lang: str) -> bool:
    """Is the cue at ``start`` the future contact named again right after a comma ("sarà
    ricevuto dal Papa, nel loro primo, attesissimo, faccia a faccia")? Not one opening on
    its own occasion (", in their first call": held in it)."""
    breaks = list(CLAUSE_BREAK.finditer(text, 0, start))
    return bool(breaks) and breaks[-1].group() == "," and not text[breaks[-1].end():start].strip() \
        and not _occasion_at(text, start, lang) \
        and tense_from(tense_marks(text, lang), start) == "future"


def _planned_at(text: str, start: int, end: int, lang: str,
                before: tuple[int, int] | None = None) -> bool:
    """Is the contact cue at ``start``-``end`` a planned one ("a possible meeting", or one
    whose plan follows its noun: "il vertice, in programma alle 11.30")? Not by the plan of
    the ``before`` cue, ended ahead of it ("have agreed to meet soon in their first call":
    the call is held, the meeting ahead)."""
    planned = contact_cues(lang).planned
    if planned is None:
        return False
    # (a plan read again past the ``before`` cue, where one match ran from it over this
    # one's own plan: "il vertice, durante il quale è previsto un bilaterale")
    again = planned.finditer(text, before[1], end) if before else ()
    return any(
        m.start() <= end and m.end() >= start - _PLANNED_REACH
        and not (before and m.end() <= start and m.start() <= before[0] < m.end())
        for m in (*planned.finditer(text), *again))


@lru_cache(maxsize=1024)
def held_kind(text: str, lang: str) -> str | None:
    """The lead's type: its highest-ranked cue that is not a planned contact ("Trump
    congratulated Putin and the two discussed a possible meeting" reports the message)."""
    held = [span for span in type_spans(text, lang) if not _planned_at(text, *span[:2], lang)]
    return min(held, key=lambda span: span[2])[3] if held else contact_type(text, lang)


# text.clauses.CLAUSE_PUNCT, and quotation marks and brackets too: here a quotation or an
# aside opens a clause of its own
CLAUSE_BREAK = re.compile(r"[,;:«»\"“”()，；：]")
# a name set between two commas ("will welcome the Prime Minister of Papua New Guinea, Hon
# James Marape MP, to Australia for an official visit"): capitalised words alone, no clause
_APPOSED_NAME = re.compile(r",\s*(?:[A-ZА-ЯЁ][\w.'’-]*\s*){1,6},")
# a short aside closed within the gap ("将在下星期一至星期六(3月27日至4月1日)对中国进行正式访问",
# "will meet at 10 am (local time) with"): the clause goes on around it
_ASIDE = re.compile(r"\([^()（）]{1,40}\)|（[^()（）]{1,40}）")


def breaks_clause(text: str, left: int, right: int) -> bool:
    """Does a clause end between ``left`` and ``right``? Not at the commas of a name set
    between them, nor at the brackets of a short aside, which go on with the verb's
    clause."""
    gap = _ASIDE.sub(lambda m: " " * len(m.group(0)), text[left:right])
    gap = _APPOSED_NAME.sub(lambda m: " " * len(m.group(0)), gap)
    return CLAUSE_BREAK.search(gap) is not None


_NEGATION_REACH = 40  # characters from a negation to the contact it denies
# a quotation's marks are no break here: a quoted denial runs on into its contact ('"No, non
# ci sono piani" per un colloquio tra i due leader')
_DENIAL_BREAK = re.compile(r"[,;:()，；：]")


@lru_cache(maxsize=1024)
def denied(text: str, lang: str) -> bool:
    """Does the sentence deny its contact ("no call between Putin and Scholz is scheduled",
    "the meeting could not be held")? A not-held cue on or next to its first contact cue,
    in the same clause; or one only not ruled out ("Non è escluso, secondo fonti, un
    incontro"), whose phrase governs the rest of the sentence."""
    cues = contact_cues(lang)
    first = first_cue(text, lang)
    if first is None:
        return False
    start, end = first
    if cues.not_ruled_out is not None and any(
            m.start() <= end or m.start() - end <= _NEGATION_REACH
            and not _DENIAL_BREAK.search(text, end, m.start())
            for m in cues.not_ruled_out.finditer(text)):
        return True
    if denied_report(text, lang, start, end):
        return True
    if cues.not_held is None:
        return False
    for m in cues.not_held.finditer(text):
        if m.start() <= end and m.end() >= start:
            return True
        left, right = (m.end(), start) if m.end() < start else (end, m.start())
        if right - left <= _NEGATION_REACH and not _DENIAL_BREAK.search(text, left, right):
            return True
    return denied_as_subject(text, lang, start, end, cues.not_held)


_DENIAL_REACH = 160  # "smentito che, come sostenuto da alcuni media, ieri ci sia stato"


def denied_report(text: str, lang: str, start: int, end: int) -> bool:
    """Is the contact cue at ``start:end`` the object of a denial: a denying verb before it
    ("Il Cairo ha smentito che ... ci sia stato un colloquio telefonico", "Песков опроверг
    информацию ... о телефонном разговоре") or a phrase calling it untrue after it ("...
    информация о телефонном разговоре ... не соответствует действительности"); not where it
    is only the setting of what is denied ("denied threats during the call")?"""
    cues = contact_cues(lang)
    setting = cues.denial_setting
    if setting is not None and setting.match(text, end):
        return False  # "否认普京在通话期间发出威胁": the setting told after its cue
    if cues.denial is not None and any(
            m.end() <= start and start - m.end() <= _DENIAL_REACH
            and not (setting is not None and setting.search(text, m.end(), start))
            for m in cues.denial.finditer(text)):
        return True
    return cues.denial_after is not None and any(
        m.start() >= end and m.start() - end <= _DENIAL_REACH
        and not (setting is not None and setting.search(text, max(0, start - 40), start))
        for m in cues.denial_after.finditer(text, end))


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
    first = first_cue(text, lang)
    start, end = first if first else (0, len(text))
    return _at_span(cue, text, lang, start, end, same_clause)


def _at_span(cue: re.Pattern[str], text: str, lang: str, start: int, end: int,
             same_clause: bool) -> bool:
    """Does ``cue`` match on or right before the span (see ``at_first_cue``)?"""
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


_OPENING = re.compile(r"\W*")


@cache
def _earlier_openers(lang: str) -> re.Pattern[str] | None:
    return cue_alternation(langdata.load(lang, "contacts").get("earlier_opener") or [])


def opens_earlier(text: str, lang: str) -> bool:
    """Does an earlier cue, or a day before the story's ("Накануне", "Il giorno prima"), open
    the sentence ("До этого они только общались по телефону", "Ранее лидеры не раз говорили
    по телефону")? Its time is the whole clause's, however far the contact's word stands."""
    start = _OPENING.match(text).end()
    return any(p is not None and p.match(text, start) is not None
               for p in (contact_cues(lang).earlier, _earlier_openers(lang)))


@lru_cache(maxsize=1024)
def other_time_at_cue(text: str, lang: str) -> bool:
    """Is the contact the sentence names an earlier or a planned one ("the previous call")?
    Said of the cue itself, not of the reporting ("Earlier, Xinhua reported that the call
    ..."); a sentence naming the talk by no type cue is judged at the word that names it
    ("Ранее сообщалось, что диалог инициировала Украина": the reporting was earlier, not the
    dialogue), and as a whole where no word does."""
    cues = contact_cues(lang)
    if first_cue(text, lang) is None:
        talk = talk_spans(text, lang)
        if not talk:
            return is_other_time(text, lang)
        start, end = talk[0]
        return any(p is not None and _at_span(p, text, lang, start, end, True)
                   for p in (cues.earlier, cues.planned))
    return at_first_cue(cues.earlier, text, lang, True) or \
        at_first_cue(cues.planned, text, lang, True)


@lru_cache(maxsize=1024)
def is_other_time(text: str, lang: str) -> bool:
    """Does the text speak of an earlier contact or a planned one (another time than the
    reported contact's)?"""
    cues = contact_cues(lang)
    return bool((cues.earlier and cues.earlier.search(text))
                or (cues.planned and cues.planned.search(text)))
