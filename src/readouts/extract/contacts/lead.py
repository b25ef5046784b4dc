"""The lead of an account: the first of its opening sentences that names a contact held, or
one ahead for the story of an announced contact; an opening quotation and a remark quoted
in passing use none of it."""

from __future__ import annotations

import re

from readouts.extract.contacts.arrival import arrival_visit
from readouts.extract.contacts.cues import contact_cues
from readouts.extract.contacts.kinds import (
    contact_type,
    first_cue,
    medium_unsaid,
    type_spans,
    weak_spans,
)
from readouts.extract.contacts.quoted import all_quoted, quoted_ranges
from readouts.extract.contacts.status import (
    denied,
    future_at,
    held_between,
    held_kind,
    planned_lead,
)
from readouts.extract.time.dates import sentence_tense
from readouts.model import Sentence

LEAD_SENTENCES = 3
# Short opening sentences (a quoted question, a list of topics) do not use up the lead: a
# sentence starting within these characters of the account is in it too.
_LEAD_CHARS = 300
_LATE_REACH = 5  # sentences past the opening where a contact named as today's may lead


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


def first_planned(sentences: list[Sentence], lang: str, start: int = 0,
                  stop: int | None = None) -> int | None:
    """The first opening sentence (from ``start``, before ``stop``) whose contact is ahead and
    none held ("La telefonata tra Biden e Xi si terrà la prossima settimana", "Путин и Си
    проведут переговоры"): the story of an announced contact."""
    for s in sentences[start:lead_end(sentences) if stop is None else stop]:
        first = first_cue(s.text, lang)
        if first is None or denied(s.text, lang) or held_between(s.text, lang) \
                or arrival_visit(s.text, lang):
            continue  # (an arrival for a visit whose talks are ahead begins the visit)
        if planned_lead(s.text, lang) or future_at(s.text, *first, lang):
            return s.i
    return None


def verbless_ahead(sentences: list[Sentence], i: int, lang: str) -> bool:
    """Is the sentence a line with no tense of its own whose contact is ahead: one that names
    a day still to come ("Incontro domani tra Napolitano e Renzi", "Domani, invece,
    l'incontro alla Casa Bianca con Trump"), or a line of a programme told in the future,
    opening on its hour ("Giovedì 20 sarà a Washington. Alle 15, alla Casa Bianca, l'incontro
    con Trump.", "At 3 pm, the meeting with Trump"), as the sentence before it says? Only
    where a verb carries its tense (not Chinese, whose verbs seldom do)."""
    cues, text = contact_cues(lang), sentences[i].text
    if sentence_tense(text, lang) is not None:
        return False
    if cues.ahead_day is not None and cues.ahead_day.search(text):
        return True
    return bool(i) and cues.programme_line is not None \
        and cues.programme_line.match(text) is not None \
        and sentence_tense(sentences[i - 1].text, lang) == "future"


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
                                           or held_between(s.text, lang)
                                           or arrival_visit(s.text, lang)):
            if last_time(s.text, lang) or background(s.text, lang):
                # "L'ultima volta che si sono incontrati è stato …", "принимает поздравления
                # зарубежных коллег": the story's background, before the news it opens on
                # (the calls, each with a leader named); the lead only where nothing else is told
                last = s.i if last is None else last
                continue
            if not remark_only(s.text, quoted[k], lang):
                # a remark of the same kind as the account's words ("«l'ho chiamato io»"),
                # or of a medium they leave unsaid ("il colloquio"), tells the contact itself
                kept = remark is not None and (medium_unsaid(s.text, lang) or held_kind(
                    s.text, lang) == held_kind(sentences[remark].text, lang))
                return remark if kept else s.i
            remark = s.i if remark is None else remark
    if remark is None and last is None and end is None:
        # an opening of background only (a hook, an old quarrel): the contact named as
        # today's a little further on is the news ("dopo l'articolata conversazione
        # telefonica odierna")
        return next((s.i for s in sentences[stop:stop + _LATE_REACH]
                     if _says(contact_cues(lang).today_contact, s.text)
                     and not planned_lead(s.text, lang)
                     and not denied(s.text, lang)), None)
    return remark if remark is not None else last


def last_time(text: str, lang: str) -> bool:
    """Does the sentence open on the last time the two met ("L'ultima volta che si sono
    incontrati", "The last time they spoke", "В последний раз", "上一次")?"""
    last_time = contact_cues(lang).last_time
    return last_time is not None and last_time.match(text) is not None


def background(text: str, lang: str) -> bool:
    """Does the sentence tell the story's background rather than its news: congratulations
    from many people it does not name ("riceve le congratulazioni dei colleghi stranieri",
    «принимает поздравления зарубежных коллег"), a count of contacts ("ha parlato al
    telefono con Macron ben 5 volte", "通了5次电话") or the results of another, earlier
    one told as a topic («были затронуты итоги встречи с Уиткоффом»)? Calls with many
    leaders ("与多国领导人通话") are the news itself, their day the lead's."""
    cues = contact_cues(lang)
    return _says(cues.many_unnamed, text) or _says(cues.counted, text) \
        or _says(cues.results_of, text)


def _says(cue: re.Pattern[str] | None, text: str) -> bool:
    return cue is not None and cue.search(text) is not None


def remark_only(text: str, quoted: list[tuple[int, int]], lang: str) -> bool:
    """Are all the sentence's contact words inside a leader's quoted remark ("«Ne
    riparliamo al telefono»")? The account's own words elsewhere name the contact."""
    spans = [(a, b) for a, b, _, _ in (*type_spans(text, lang), *weak_spans(text, lang))]
    return all_quoted(spans, quoted)
