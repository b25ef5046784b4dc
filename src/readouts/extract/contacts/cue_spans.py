"""Where a date or a part of day stands against a sentence's contact words: nearer a cue of
another kind of contact, after an "earlier" cue, or the time words were said."""

from __future__ import annotations

from readouts.extract.contacts.cues import contact_cues
from readouts.extract.contacts.kinds import type_spans
from readouts.extract.contacts.status import CLAUSE_BREAK
from readouts.extract.contacts.when_cues import said_after

# Contacts held at a distance and those face to face: a date or a part of day next to a cue
# of the other group ("dopo l'incontro di stasera" in a report of a call) is another's.
AT_A_DISTANCE = frozenset({"phone_call", "video_call", "message"})
CALL_MEDIA = frozenset({"phone_call", "video_call"})  # one call, told by either medium
ATTACHED = 8  # "la telefonata del 20 marzo": a date written onto the contact's own noun
_OTHER_REACH = 25  # an earlier-time cue this close before a cue makes it another contact's

_NO_MEDIUM = frozenset({"other", "consultation"})
FAR = 10**9
Span = tuple[int, int, int, str]  # a contact-type cue: start, end, priority, type


def another_kind(kind: str, cue: str, strict: bool = False) -> bool:
    """Face to face against at a distance; ``strict``, any other kind (a visit to the Pope
    named past the lead of a meeting, a telegram past a call's) but a call's medium.
    Consultations say no medium: held at a distance or face to face alike."""
    if kind == cue or not {kind, cue}.isdisjoint(_NO_MEDIUM):
        return False
    return strict and not {kind, cue} <= CALL_MEDIA or \
        (kind in AT_A_DISTANCE) != (cue in AT_A_DISTANCE)


def foreign(spans: list[Span], start: int, end: int, kind: str, strict: bool = False) -> bool:
    """Is a cue of another kind of contact nearer the span than every cue of this kind? A cue
    inside one of this kind ("meeting" in "virtual meeting") is this kind's."""
    same = [s for s in spans if not another_kind(kind, s[3], strict)]
    gaps = {False: FAR, True: FAR}
    for s in spans:
        other = another_kind(kind, s[3], strict)
        if other and any(s[0] < b and a < s[1] for a, b, _, _ in same):
            continue
        gaps[other] = min(gaps[other], max(s[0] - end, start - s[1], 0))
    return gaps[True] < gaps[False]


def nearest(spans: list[Span], start: int, end: int) -> tuple[int, Span] | None:
    """The contact cue nearest a span of text, with the gap between them."""
    return min(((max(s[0] - end, start - s[1], 0), s) for s in spans), default=None)


def earlier_before(text: str, pos: int, lang: str) -> bool:
    """Does a word of an earlier contact ("previous", "precedente") stand shortly before ``pos``?"""
    earlier = contact_cues(lang).earlier
    return earlier is not None and earlier.search(text, max(0, pos - _OTHER_REACH), pos) is not None


def said_at(text: str, start: int, end: int, lang: str) -> bool:
    """A time words were said: a speech verb right before it ("the Kremlin said on
    Wednesday") or after it in its clause with no contact's word between ("Ieri sera
    Zelensky aveva riferito su Twitter della telefonata")."""
    said_on = contact_cues(lang).said_on
    if said_on is not None and said_on.search(text, max(0, start - 40), start):
        return not said_in_contact(text, end, lang)
    verb = said_after(text, start, end, lang)
    return verb is not None and not any(end <= a < verb for a, _, _, _ in type_spans(text, lang))


_SAID_IN_REACH = 80  # from the time words were said to the contact they were said in
_OCCASION_WORDS = 20  # "in una ", "nel corso della ": the words before that contact's cue


def said_in_contact(text: str, end: int, lang: str) -> bool:
    """Were the words said at that time said in the contact, named next in the same clause
    ("ha affermato questa sera Xi in una conversazione telefonica con Conte", "said on Monday
    evening in a phone call with")? Then the time is the contact's own."""
    occasion = contact_cues(lang).occasion
    cue = next((s for s in type_spans(text, lang) if s[0] >= end), None)
    if occasion is None or cue is None or cue[0] - end > _SAID_IN_REACH \
            or CLAUSE_BREAK.search(text, end, cue[0]):
        return False
    return occasion.search(text, max(end, cue[0] - _OCCASION_WORDS), cue[0]) is not None
