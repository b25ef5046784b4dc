"""The kind of contact a sentence names: its type cues, where each stands, the bare words
naming a contact without its medium, and which kinds are one family. Whether the contact
was held, planned or denied is ``status``; the account's lead is ``lead``."""

from __future__ import annotations

import re
from functools import lru_cache

from readouts import knowledge
from readouts import lang as langdata
from readouts.extract.contacts.cues import contact_cues
from readouts.text.alternation import alternation
from readouts.text.regex_cache import compile_cached
from readouts.text.word_gate import fold

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


def told_again(text: str, lead: str, kind: str, lang: str) -> bool:
    """Do the sentence's contact words all say again, bare, the noun of the lead's own cue
    ("un vertice telefonico con Xi. Il vertice, che si è tenuto nella serata del 16 marzo")?
    Then they name that contact, whatever medium the bare word would say alone."""
    spans = type_spans(text, lang)
    own = [lead[a:b].lower() for a, b, _, k in type_spans(lead, lang) if k == kind]
    return bool(spans) and bool(own) and all(
        k != kind and any(text[a:b].lower() in cue for cue in own) for a, b, _, k in spans)


def trip_of_two(kind: str, text: str, lang: str, leaders: int) -> bool:
    """Is a visit with two leaders for principals a trip during which they met ("la prima
    visita ufficiale di Macron nel paese: Macron e Lula hanno parlato di", "во время визита в
    Китай Си уделил особое внимание Путину")? Not a visit paid to the person ("visita di
    congedo"), which is the contact itself."""
    courtesy = contact_cues(lang).courtesy
    return kind == "visit" and leaders >= 2 and not (courtesy and courtesy.search(text))


def paid_visit(texts: list[str], lang: str) -> bool:
    """Is a meeting a visit paid to the person, by its title, its lead or the sentence after
    ("Papa Francesco ha ricevuto in udienza Mattarella. Una visita di congedo", "a farewell
    call on the Prime Minister")? Then the visit is the contact itself, while two leaders who
    meet during a state visit had a meeting (``trip_of_two``)."""
    courtesy = contact_cues(lang).courtesy
    return courtesy is not None and any(courtesy.search(text) for text in texts)


def paid_visit_later(texts: list[str], named: list[set[str]], parties: list[str],
                     lang: str) -> bool:
    """Is a meeting called a visit paid to the person further on, in a sentence that names
    one of its parties and nobody else ("… il comunicato relativo alla visita di congedo del
    presidente Mattarella")? The label names that contact; one naming a third person names
    another's visit."""
    courtesy = contact_cues(lang).courtesy
    return courtesy is not None and any(
        people and people <= set(parties) and courtesy.search(text)
        for text, people in zip(texts, named, strict=True))


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
    folded = fold(text)  # a cue none of whose words the text holds is not scanned
    states, audience = _between_states(lang), _audience(lang)
    spans = []
    for rank, (name, pattern) in enumerate(cues.types):
        for m in pattern.finditer(text, folded):
            end = _WORD_REST.match(text, m.end()).end()
            if not any(p is not None and p.match(text, end) for p in (states, audience)):
                spans.append((m.start(), end, rank, name))
    if any(span[3] == "message" for span in spans):
        spans = _uncarried(text, spans, lang)
    return tuple(sorted(spans))


def _uncarried(text: str, spans: list[tuple[int, int, int, str]], lang: str
               ) -> list[tuple[int, int, int, str]]:
    """The spans less a message brought in person ("A Zelensky i tre leader porteranno un
    messaggio di solidarietà", "will bring Zelensky a message of support"): what the visitors
    will say there, no message sent."""
    carried = _carried_message(lang)
    if carried is None:
        return spans
    bounds = [m.span() for m in carried.finditer(text)]
    return [span for span in spans if span[3] != "message"
            or not any(start <= span[0] < end for start, end in bounds)]


@lru_cache(maxsize=8)
def _carried_message(lang: str) -> re.Pattern[str] | None:
    """A verb of bringing before a message's word (``carried_message`` in contacts.yaml)."""
    patterns = (langdata.load(lang, "contacts") or {}).get("carried_message")
    return alternation(patterns or [])


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
    return compile_cached(words["pattern"].replace("{state}", state), re.I)  # every country


@lru_cache(maxsize=8)
def _audience(lang: str) -> re.Pattern[str] | None:
    """Right after a contact word, an audience that is no leader ("l'incontro con la
    collettività italiana", "will meet the Indian community", "встреча с соотечественниками",
    "会见旅美侨胞"): a leader's programme abroad meets its community, students and business
    people, and such a meeting is no contact of leaders, nor one with the story's host."""
    pattern = (langdata.load(lang, "contacts") or {}).get("audience_after")
    return compile_cached(pattern, re.I) if pattern else None


# Conversations are one family: one account's "call" may be another's video call, and
# "consultations" say no medium ("le continue consultazioni tra i due leader").
_CONVERSATIONS = frozenset({"phone_call", "video_call", "meeting", "consultation", "other"})


def types_compatible(a: str, b: str) -> bool:
    """One account's "call" may be another's video call: conversations are one family."""
    return a == b or (a in _CONVERSATIONS and b in _CONVERSATIONS)


_REMOTE = frozenset({"phone_call", "video_call", "message"})


def same_medium(a: str, b: str) -> bool:
    """Could two types name one contact by its medium: both at a distance (a call, a
    message) or both in person ("other" fits either)? A headline's call is not the visit an
    opening announces ("默克尔访华前夕 李克强应约通电话")."""
    return "other" in (a, b) or (a in _REMOTE) == (b in _REMOTE)


def weak_spans(text: str, lang: str) -> list[tuple[int, int, int, str]]:
    """The bare words naming a contact ("una conversazione con"), as type_spans gives cues."""
    return sorted((m.start(), m.end(), rank, name)
                  for rank, (name, p) in enumerate(contact_cues(lang).weak_types)
                  for m in p.finditer(text))


def first_cue(text: str, lang: str) -> tuple[int, int] | None:
    """Where the sentence first names its contact, by a bare word where nothing else does."""
    spans = type_spans(text, lang)
    if spans:
        return spans[0][0], spans[0][1]
    weak = [m.span() for _, p in contact_cues(lang).weak_types if (m := p.search(text))]
    return min(weak) if weak else None


def attendance(text: str, lang: str) -> bool:
    """Does the sentence say who else attended ("the meeting was also attended by")? Those
    are the contact's attendees, no other contact."""
    cues = contact_cues(lang)
    if cues.attendees_gate is not None and not cues.attendees_gate.search(text):
        return False
    return any(pattern.search(text) for pattern in cues.attendees)
