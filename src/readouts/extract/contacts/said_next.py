"""How a contact the lead names by a bare word was held, said in the next sentences: the
medium of a talk ("La telefonata …" after "il colloquio tra A e B"), a meeting for an exchange
named again as one ("The meeting was conducted in Rome")."""

from __future__ import annotations

import re
from functools import cache

from readouts import lang as langdata
from readouts.extract.contacts.between_pair import pair_between
from readouts.extract.contacts.cues import contact_cues, cue_alternation
from readouts.extract.contacts.gathering import gathering_at
from readouts.extract.contacts.kinds import type_spans, weak_spans
from readouts.extract.contacts.status import (
    at_first_cue,
    contact_status,
    opens_earlier,
    other_time_at_cue,
)
from readouts.model import Sentence

_MEDIA = ("video_call", "phone_call")  # the types that say how the two talked
_MEDIUM_REACH = 2  # sentences after the lead that may say how its talk is held


def medium_after(sentences: list[Sentence], lead: int, lang: str) -> str | None:
    """How a talk named only by a bare word ("la conversazione avrà luogo ...") is held,
    said in the next sentences of the same contact ("l'incontro si terrà in
    videoconferenza", "si sono seduti insieme": face to face), not of another time's: a
    planned one's only where the lead's own contact is ahead too."""
    ahead = contact_status(sentences[lead].text, lang) == "planned"
    in_person = contact_cues(lang).in_person
    for s in sentences[lead + 1:lead + 1 + _MEDIUM_REACH]:
        # (not an event one of them attends by video: "Parteciperà all'evento in videoconferenza")
        media = [span[3] for span in type_spans(s.text, lang)
                 if span[3] in _MEDIA and not gathering_at(s.text, span[0], span[1], lang)]
        if not media and in_person is not None and in_person.search(s.text):
            media = ["meeting"]  # "Si sono seduti insieme": they talked face to face
        if media and not (at_first_cue(contact_cues(lang).earlier, s.text, lang, True)
                          or not ahead and (other_time_at_cue(s.text, lang)
                                            or opens_earlier(s.text, lang))):
            return media[0]
    return None


def met_there(text: str, lang: str) -> bool:
    """Does the lead's own sentence set its bare talk where the two were together
    ("пообщались во время заседания в Казани", "беседа на полях саммита")? Then they talked
    face to face: a bare word alone says a call."""
    here = contact_cues(lang).in_person_at
    return here is not None and here.search(text) is not None


def met_again(sentences: list[Sentence], lead: int, lang: str) -> str | None:
    """A meeting, where an exchange told only as such ("had a brief interaction with
    Macron on the sidelines") is named again as a meeting in the next sentences ("The
    meeting was conducted in Rome"), not as one of another time."""
    again = contact_cues(lang).met_again
    for s in sentences[lead + 1:lead + 1 + _MEDIUM_REACH] if again is not None else ():
        if again.search(s.text) and not other_time_at_cue(s.text, lang):
            return "meeting"
    return None


@cache
def _greeting(lang: str) -> re.Pattern[str] | None:
    return cue_alternation(langdata.load(lang, "contacts").get("occasion_greeting") or [])


def greeting_only(text: str, lang: str) -> bool:
    """Does the text tell the contact only as a greeting on an occasion ("greeted Putin on his
    birthday", "поздравил Путина с днём рождения"), the way it was sent unsaid? Then the next
    sentences may say it was a call ("Modi dialled Putin")."""
    greeting = _greeting(lang)
    found = [m.span() for m in greeting.finditer(text)] if greeting is not None else []
    return bool(found) and all(any(a <= span[0] < b for a, b in found)
                               for span in (*type_spans(text, lang), *weak_spans(text, lang)))


@cache
def _greeting_word(lang: str) -> re.Pattern[str] | None:
    return cue_alternation(langdata.load(lang, "contacts").get("greeting_word") or [])


@cache
def _message_noun(lang: str) -> re.Pattern[str] | None:
    return cue_alternation(langdata.load(lang, "contacts").get("message_noun") or [])


def greeting_in_talk(text: str, start: int, end: int, lang: str) -> bool:
    """Is a message's cue a bare greeting word ("congratulated Suga on his inauguration",
    "expressed his congratulations"), its sentence naming no message, letter or telegram?
    Said of the two a story's call or meeting is between, it is what was said in that
    contact, not a message sent apart (h22/h24 English items: a congratulation told in the
    lead again, or as the talk's content)."""
    word, noun = _greeting_word(lang), _message_noun(lang)
    return word is not None and word.search(text[start:end]) is not None \
        and not (noun is not None and noun.search(text))


_VIDEO_REACH = 4  # sentences after the lead that may name its call a video call


def video_named_later(sentences: list[Sentence], lead: int, parties: list[str], lang: str,
                       ref: str | None, side: str | None) -> str | None:
    """A call the next sentences name a video call between the same two ("Xi ha parlato al
    telefono con Putin ... Videochiamata fra il presidente russo Putin e Xi"): the press
    calls a video call a phone call, never the other way round."""
    for s in sentences[lead + 1:lead + 1 + _VIDEO_REACH]:
        if not any(span[3] == "video_call" for span in type_spans(s.text, lang)) \
                or other_time_at_cue(s.text, lang):
            continue
        found = pair_between(s.text, lang, ref, side)
        if found and found[1] == "video_call" and set(found[0][:2]) == set(parties[:2]):
            return "video_call"
    return None
