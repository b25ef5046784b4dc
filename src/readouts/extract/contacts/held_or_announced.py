"""Which of two contacts a story's opening tells is its news: a contact announced ahead
("Domani la premier vedrà Xi") or one held before it. The leaders the announced contact's
sentence names, and whether a held contact outranks it."""

from __future__ import annotations

from readouts.extract.contacts.arrival import arrival_visit
from readouts.extract.contacts.cues import contact_cues
from readouts.extract.contacts.held_cue import held_at_cue
from readouts.extract.contacts.kinds import contact_type, first_cue, type_spans
from readouts.extract.contacts.leaders import can_be_party, is_leader
from readouts.extract.contacts.parties import first_person
from readouts.extract.contacts.quoted import quoted_ranges
from readouts.extract.contacts.status import breaks_clause, contact_status, future_at
from readouts.extract.contacts.visit_host import visit_host
from readouts.extract.time.tense import sentence_tense
from readouts.model import Mention, Sentence


def _leaders_in(mentions: list[list[Mention]], index: int, ref: str | None) -> int:
    return len({m.actor for m in mentions[index] if is_leader(m.actor, ref)})


_DEICTIC_REACH = 40  # characters before a cue that may hold its "this" ("马克宏与泽伦斯基的本次")


def _refers_back(text: str, lang: str) -> bool:
    """Is the sentence's first contact "this" one ("这次会晤", "этот разговор")?"""
    deictic = contact_cues(lang).deictic
    spans = type_spans(text, lang)
    return deictic is not None and bool(spans) and deictic.search(
        text, max(0, spans[0][0] - _DEICTIC_REACH), spans[0][0]) is not None


def leaders_told(sentences: list[Sentence], mentions: list[list[Mention]], ahead: int,
                  lang: str, ref: str | None) -> int:
    """The leaders an announced contact's sentence names, with the one the sentence before
    names where it names one ("Meloni è arrivata a Pechino. Domani la premier vedrà Xi") and
    the host of a visit to a country ("анонсировал государственный визит в Узбекистан");
    where it names fewer than two, the people who can be parties (ministers meeting: "Tajani
    sarà domani a Berlino, dove avrà un incontro con la ministra Baerbock")."""
    if _leaders_in(mentions, ahead, ref) != 1 or ahead == 0:
        told = _leaders_in(mentions, ahead, ref)
    else:
        told = len({m.actor for row in mentions[ahead - 1:ahead + 1] for m in row
                    if is_leader(m.actor, ref)})
    if told == 1 and quoted_ranges(sentences)[ahead]:
        # "«Nei prossimi giorni avrò un incontro con Putin», ha detto Berlusconi": a story
        # quoting the one who tells it in the first person (not his own press conference's
        # aside, "I look forward to meeting President Biden next month")
        speaking = first_person(sentences[ahead], lang, ref, can_be_party)
        told += bool(speaking) and all(m.actor not in speaking for m in mentions[ahead])
    if told == 1 and contact_type(sentences[ahead].text, lang) == "visit":
        visitor = [m.actor for m in mentions[ahead] if is_leader(m.actor, ref)]
        told += bool(visitor and visit_host(sentences[ahead].text, lang, visitor[:1], ref))
    if told >= 2:
        return told
    return max(told, len({m.actor for m in mentions[ahead] if can_be_party(m.actor, ref)}))


def held_first(sentences: list[Sentence], mentions: list[list[Mention]], held: int | None,
                ahead: int, lang: str, ref: str | None) -> bool:
    """Does a held contact outrank the announced one at ``ahead``? One of two leaders does;
    not a trip of one ("Mattarella è arrivato a Pechino per la visita di Stato. Venerdì
    vedrà Xi"), nor an arrival for talks whose meeting the story tells ahead after it
    ("Albanese has arrived in Jakarta for talks with Widodo. ... will meet Widodo on
    Monday": the trip has begun, the talks are the news ahead), nor a later sentence naming
    no two leaders ("Sarà alle 20 l'incontro tra Draghi e Biden. ... i due presidenti
    affronteranno temi strategici (a giugno il vertice della Nato)"), nor "this meeting"
    ("本次会晤旨在…"), the announced one again, nor one told after it as an earlier one
    ("Leone XIV e Mattarella si sono incontrati il 6 giugno scorso", "During the last formal
    meeting between the two leaders"): background, nor an opening naming fewer than two
    that tells its contact in the future ("L'ultima telefonata sarà la più difficile", "The
    call will be a tough one"): the story is the contact ahead."""
    if held is None or held == ahead or held > ahead and (
            _refers_back(sentences[held].text, lang) or _told_earlier(sentences[held].text, lang)):
        return False
    if held < ahead and (_headline_of(sentences, mentions, held, ahead, lang, ref)
                         or arrival_visit(sentences[held].text, lang)):
        return False
    if _leaders_in(mentions, held, ref) >= 2:
        return contact_status(sentences[held].text, lang) == "held" \
            or held_at_cue(sentences[held].text, lang)
    first = first_cue(sentences[held].text, lang)
    return held < ahead and contact_type(sentences[held].text, lang) != "visit" \
        and not (first is not None and future_at(sentences[held].text, *first, lang))


def _told_earlier(text: str, lang: str) -> bool:
    """Is the sentence's contact told as an earlier one: an earlier cue ("scorso", "last",
    "прошлый", "此前") in the clause of its first contact cue, before the cue or after it?"""
    earlier, first = contact_cues(lang).earlier, first_cue(text, lang)
    if earlier is None or first is None:
        return False
    return any(not breaks_clause(text, m.end(), first[0]) if m.end() <= first[0]
               else not breaks_clause(text, first[1], m.start())
               for m in earlier.finditer(text))


def _headline_of(sentences: list[Sentence], mentions: list[list[Mention]], held: int,
                 ahead: int, lang: str, ref: str | None) -> bool:
    """Is the held contact a headline's present of the announced one ("Italia-Usa: Meloni a
    Washington, oggi vede Biden" over "Oggi alle 19 Meloni sarà ricevuta da Biden")? A line
    with no closing stop and no tense, whose leaders the announced sentence names with its
    own cue in the future: the story is ahead."""
    line = sentences[held].text.rstrip()
    if not line or line[-1] in _STOPS or sentence_tense(line, lang) is not None:
        return False
    first = first_cue(sentences[ahead].text, lang)
    if first is None or not future_at(sentences[ahead].text, *first, lang):
        return False
    leaders = {m.actor for m in mentions[held] if is_leader(m.actor, ref)}
    return len(leaders) >= 2 and leaders <= {m.actor for m in mentions[ahead]}


_STOPS = ".!?…。！？"
