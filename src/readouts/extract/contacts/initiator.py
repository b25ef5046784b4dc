"""Who asked for or placed the contact: a calling verb, a request, thanks for the call.

The cue patterns are ``initiator`` in ``lang/<iso>/contacts.yaml``: a ``who`` group names the
one who asked, a ``whom`` group the one who was called (the caller is then the subject
before the verb, or the other principal), and "our request" names the side of the one
speaking. ``initiator_self`` ("l'ho chiamato io") makes the speaker the caller.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, partial

from readouts import lang as langdata
from readouts.extract.contacts.attend_invitation import to_attend
from readouts.extract.contacts.cues import contact_cues
from readouts.extract.contacts.facts import ContactFacts
from readouts.extract.contacts.gathering import is_gathering
from readouts.extract.contacts.kinds import contact_type, type_spans, types_compatible
from readouts.extract.contacts.leaders import can_be_party, names_in
from readouts.extract.contacts.side_named import capital_named, side_named
from readouts.extract.contacts.status import other_time_at_cue
from readouts.extract.people.actors import actor_index
from readouts.extract.time.durations import names_the_talk
from readouts.model import Sentence
from readouts.text.alternation import alternation


@dataclass(frozen=True)
class Voice:
    """Who speaks a sentence: the speaker, where known, and the side he speaks for."""

    speaker: str | None = None
    country: str | None = None


def voice_of(sentences: list[Sentence], i: int, lang: str, on: str | None,
             side: str | None) -> Voice:
    """The speaker of sentence ``i``; else the aide or spokesperson named in it or just
    before ("«…по нашей инициативе», — сказал он"); else the account's own side."""
    s = sentences[i]
    if s.speaker:
        return Voice(s.speaker, actor_index().country_of(s.speaker))
    for j in (i, i - 1):
        if j < 0:
            continue
        aides = [a for a in names_in(sentences[j].text, lang, on, side)
                 if not can_be_party(a, on)]
        if aides:
            return Voice(None, actor_index().country_of(aides[0]))
    return Voice(None, side)


def _of_country(country: str | None, participants: list[str]) -> str | None:
    return next((a for a in participants if country and
                 actor_index().country_of(a) == country), None)


def _named(span: str, lang: str, on: str | None, side: str | None,
           participants: list[str]) -> list[str]:
    """The people a span names, principals first; a principal's bare surname or bare title
    ("called the Prime Minister") counts."""
    found = names_in(span, lang, on, side)
    index = actor_index()
    own = [a for a in found if a in participants] + [
        a for a in participants if a not in found and index.names_actor(span, a)]
    # (a title the account's own side resolved already names its one: "The Prime Minister" of
    # a No 10 text is May, not also the Canadian prime minister she called)
    titled = [] if own else [a for a in participants if a not in found
                             and index.titled(span, lang, a, on)]
    own += titled if len(titled) == 1 else []  # "the President", of two presidents: neither
    return own or found


VoiceOf = Callable[[], Voice]  # the sentence's voice, looked up only when a cue needs it


def find_initiator(text: str, lang: str, on: str | None, side: str | None,
                   participants: list[str], voice: VoiceOf | None = None,
                   kind: str | None = None) -> str | None:
    """The principal who asked for or placed the contact of type kind, by the first cue the
    text holds that can be this contact's: a letter's sender ("expressed regret in a letter
    to Putin") did not place the call that letter led to."""
    cues = contact_cues(lang)
    if cues.initiator_gate is not None and not cues.initiator_gate.search(text):
        return None
    replies = cues.initiator_reply if kind == "message" else ()  # a reply in talks is speech
    for pattern in (*cues.initiator, *replies):  # a cue none of whose words is not tried
        m = pattern.search(text)
        if not m or _hedged(text, m.start(), lang) or _other_kind(m.group(), kind, lang) \
                or to_attend(text, m, lang) or _asked_for_words(text, m.start(), lang):
            continue
        who = m.group("who") if "who" in pattern.groupindex else _clause_before(text, m.start())
        if "whom" in pattern.groupindex:  # "X ha telefonato a Y": both principals, X first
            caller = _caller(who, m.group("whom"), lang, on, side, participants)
            if caller:
                return caller
            continue
        found = _from_phrase(who, text[:m.start()], lang, on, side, participants, voice)
        if not found and "who" in pattern.groupindex and (named := _apposed(text, m)):
            # "a call from the President of the European Council, Charles Michel", "from his
            # brother, President Mahmoud Abbas": the name is the apposition after the comma,
            # a principal's; not the one who said it ("по инициативе Парижа, заявил ТАСС
            # представитель Кремля Дмитрий Песков")
            found = _from_phrase(named, text[:m.start()], lang, on, side, participants, voice)
            found = found if found in participants else None
        if not found and "who" in pattern.groupindex and cues.initiative_word is not None \
                and (cues.initiative_word.search(text, m.start(), m.start("who"))
                     or cues.initiative_word.search(text, m.end("who"), m.end())):
            # "per iniziativa di Ankara", "по инициативе Анкары": the capital's government
            found = _of_country(capital_named(m.group("who")), participants)
        if found:
            return found
    if cues.initiator_self is not None and (m := cues.initiator_self.search(text)):
        return _self(text, m.start(), lang, on, side, participants, voice)
    for pattern in cues.initiator_other:
        m = pattern.search(text)
        if not m:
            continue
        # "X应约同Y通电话": X accepted; the other principal asked. X is named first.
        opening = max(text.rfind(c, 0, m.start()) for c in "。.!?！？；;:：\n") + 1
        before = names_in(text[opening:m.start()], lang, on, side)  # in its own clause
        after = [a for a in participants if a not in before]
        if before and after:
            return after[0]
    return None


_APPOSITION = re.compile(r"[,，]\s*([^,，.;；。]{2,60})")


def _apposed(text: str, m: re.Match[str]) -> str | None:
    """The words set off by a comma right after a "who" phrase that names no principal ("from
    his brother, President Mahmoud Abbas, President of Palestine"): its apposition."""
    found = _APPOSITION.match(text, m.end("who"))
    return found.group(1) if found else None


def _asked_for_words(text: str, at: int, lang: str) -> bool:
    """Is the request at ``at`` one for words, answered by a speech or briefing verb before
    any contact's word ("Su richiesta di Sall, Putin ha affermato che…", "At the request of
    Macron, Putin informed him about…", "应马克龙要求，普京介绍了…")? It says what was asked in
    the contact, not who asked for the contact (request_answered in lang/*/contacts.yaml)."""
    answered = contact_cues(lang).request_answered
    found = answered.match(text, at) if answered is not None else None
    return found is not None and not any(at <= s < found.end()
                                         for s, _, _, _ in type_spans(text, lang))


def _other_kind(cue: str, kind: str | None, lang: str) -> bool:
    """Does the cue name a message while the contact is a conversation? A word that names a
    call as often as a message ("致电", call_or_message in lang/*/contacts.yaml) is the
    call's own."""
    if kind not in _TALKS or contact_type(cue, lang, weak=False) != "message":
        return False
    either = _call_or_message(lang)
    return either is None or not either.search(cue)


@cache
def _call_or_message(lang: str) -> re.Pattern[str] | None:
    words = langdata.load(lang, "contacts").get("call_or_message") or []
    return alternation([str(w) for w in words], 0)


# contacts a message cue beside them may not name: kinds' conversations less "other", whose
# medium is unsaid and may be the message itself
_TALKS = frozenset({"phone_call", "video_call", "meeting"})


def announced_caller(text: str, lang: str, on: str | None, side: str | None,
                     participants: list[str]) -> str | None:
    """The principal a call is announced from ("Biden will call Meloni"): who will dial, read
    only where no cue says who asked (the other may have: "Putin requested the call")."""
    for pattern in contact_cues(lang).initiator_announced:
        m = pattern.search(text)
        if m and not _hedged(text, m.start(), lang):
            caller = _caller(_clause_before(text, m.start()), m.group("whom"), lang, on, side,
                             participants)
            if caller:
                return caller
    return None


def _from_phrase(who: str, before: str, lang: str, on: str | None, side: str | None,
                 participants: list[str], voice: VoiceOf | None) -> str | None:
    """The principal a "who" phrase names: a person, "the latter", "our side", a country."""
    named = _named(who, lang, on, side, participants)
    if named:
        return named[0]
    pointed = _pointed_back(who, before, lang, on, side, participants)
    if pointed:
        return pointed
    ours = contact_cues(lang).ours
    if ours is not None and ours.search(who):  # "по нашей инициативе": the speaker's side
        if voice is None:
            return None
        speaking = voice()
        if speaking.speaker in participants:
            return speaking.speaker
        return _of_country(speaking.country, participants)
    theirs = contact_cues(lang).theirs
    if theirs is not None and theirs.search(who):  # "at the request of the counterpart"
        return _other_side(voice, participants)
    return _of_country(side_named(who), participants)


def _other_side(voice: VoiceOf | None, participants: list[str]) -> str | None:
    """The principal facing the one speaking: of a contact of two, the one who is not the
    speaker nor of his side."""
    if voice is None:
        return None
    speaking = voice()
    home = speaking.speaker if speaking.speaker in participants else _of_country(
        speaking.country, participants)
    others = [a for a in participants if a != home]
    return others[0] if home and len(participants) == 2 and len(others) == 1 else None


_OPEN_QUOTES = "«“„\"「『"


def _self(text: str, at: int, lang: str, on: str | None, side: str | None,
          participants: list[str], voice: VoiceOf | None) -> str | None:
    """"Berlusconi l'ho chiamato io": the speaker called; unknown, the principal the
    quotation holding the cue does not name (it names the one called)."""
    speaker = voice().speaker if voice is not None else None
    if speaker in participants:
        return speaker
    quoted = text[max(text.rfind(q, 0, at) for q in _OPEN_QUOTES) + 1:]
    named = _named(quoted, lang, on, side, participants)
    unnamed = [a for a in participants if a not in named]
    return unnamed[0] if len(unnamed) == 1 else None


# no comma, unlike cues.CLAUSE: the clause before a cue keeps its asides ("A brevissimo, forse
# già nelle prossime ore, Draghi telefonerà"), which _hedged reads as asides
_CLAUSE_END = re.compile(r"[.;:?!\n。；：？！]")
_HEDGE_REACH = 40  # characters before a cue that a guess may qualify
# a hedge that qualifies an aside of its own, closed by a comma before the cue ("A
# brevissimo, forse già nelle prossime ore, Draghi telefonerà"): the guess is the time's
_ASIDE = re.compile(r"\s*[^\s,，、]+[^,，、]*[,，、]")


def _hedged(text: str, at: int, lang: str) -> bool:
    """Is the cue a guess ("外界推测应是由中方主动发起", "si ipotizza che a chiamare sia
    stato")? A hedge in the same clause, shortly before it."""
    hedge = contact_cues(lang).initiator_hedge
    if hedge is None:
        return False
    window = _clause_before(text, at)[-_HEDGE_REACH:]
    return any(not _ASIDE.match(window, m.end()) for m in hedge.finditer(window))


def _clause_before(text: str, at: int) -> str:
    """The words of the clause before ``at`` (the subject of a verb found there)."""
    window = text[max(0, at - 80):at]
    ends = list(_CLAUSE_END.finditer(window))
    return window[ends[-1].end():] if ends else window


def _caller(who: str, whom: str, lang: str, on: str | None, side: str | None,
            participants: list[str]) -> str | None:
    """The subject of a calling verb ("X ha telefonato a Y", "X called Y"), when it and the
    object are the two principals: the principal named last before the verb. A subject
    that names nobody ("il principe ereditario avrebbe fatto telefonate al presidente
    americano") is the other principal of a two-party contact. Who was not called ("Biden ha
    chiamato Sunak, Scholz e Macron ma non la nostra premier") is no object."""
    end = contact_cues(lang).whom_end
    whom = whom[:m.start()] if end is not None and (m := end.search(whom)) else whom
    named_before = _named(who, lang, on, side, participants)
    callers = [a for a in named_before if a in participants]
    called = [a for a in _named(whom, lang, on, side, participants) if a in participants]
    if not called:
        return None
    if callers:
        return callers[-1] if called[0] != callers[-1] else None
    others = [a for a in participants if a != called[0]]
    return others[0] if len(participants) == 2 and not named_before else None


def _pointed_back(who: str, before: str, lang: str, on: str | None, side: str | None,
                  participants: list[str]) -> str | None:
    """"su richiesta di quest'ultimo", "at the latter's request": the person named last
    (or, for "the former", first) before the cue, a principal where one is."""
    cues = contact_cues(lang)
    latter = cues.latter is not None and cues.latter.search(who)
    former = cues.former is not None and cues.former.search(who)
    if not (latter or former):
        return None
    named = names_in(before, lang, on, side)
    named = [a for a in named if a in participants] or named
    if not named:
        return None
    return named[-1] if latter else named[0]


def initiator_in_lead(facts: ContactFacts, title: str | None, sentences: list[Sentence],
                      lead: int | None, lang: str, ref: str | None, side: str | None) -> None:
    """Who asked for the contact, said in the title, the lead or the sentence after it
    ("Разговор, который состоялся по инициативе ..." often follows the lead), an opening
    sentence before the lead ("a statement regarding President Obama's call to President
    Putin. ... Obama spoke by phone today with Putin"), else later."""
    pieces: list[tuple[str, VoiceOf | None]] = [(title, None)] if title and not (
        lead is not None and _headline_word(title, sentences[lead].text, lang)) else []
    if lead is not None:
        order = [*range(lead, min(lead + 2, len(sentences))), *range(lead)]
        pieces += [(sentences[i].text, partial(voice_of, sentences, i, lang, ref, side))
                   for i in order if i == lead or not _another_contact(sentences[i].text,
                                                                       facts, lang)]
    for n, (text, voice) in enumerate(pieces):
        who = find_initiator(text, lang, ref, side, facts.participants, voice, facts.type)
        # (one of the two who spoke: not a third leader who urged the call, "chiamerà Putin
        # su richiesta del cancelliere tedesco")
        if who and (who in facts.participants or n < len(pieces) - (lead or 0)
                    and len(facts.participants) < 2):
            facts.initiated_by = who
            facts.evidence["initiated_by"] = text
            return
    later_initiator(facts, sentences, lead + 2 if lead is not None else 0, lang, ref, side)
    for text, _ in pieces if facts.initiated_by is None else ():
        who = announced_caller(text, lang, ref, side, facts.participants)
        if who:
            facts.initiated_by = who
            facts.evidence["initiated_by"] = text
            return


def _headline_word(title: str, lead: str, lang: str) -> bool:
    """Is the title's calling word one that names a call as often as a message ("习近平致电
    马克龙") while the lead tells the call in its own words ("与马克龙通了电话")? The headline's
    word then says nothing of who asked: the lead's does."""
    either = _call_or_message(lang)
    return either is not None and either.search(title) is not None \
        and either.search(lead) is None and contact_type(lead, lang, weak=False) is not None


def _another_contact(text: str, facts: ContactFacts, lang: str) -> bool:
    """Does a sentence beside the lead tell another contact ("In March, at the invitation of
    President Macron, Biden paid a state visit to France"), or a gathering of many ("the
    highest-profile international meeting on the Belt and Road Initiative since it was
    proposed by China")? Its request is that contact's."""
    kind = contact_type(text, lang)
    # a message is no other contact here: "致电祝贺" is a congratulating call or telegram
    return (kind not in (None, "message") and facts.type is not None
            and not types_compatible(kind, facts.type)) or other_time_at_cue(text, lang) \
        or is_gathering(text, lang)


def _another_pair(text: str, facts: ContactFacts, lang: str, ref: str | None,
                  side: str | None) -> bool:
    """Does a later sentence name two people, none of them the contact's principals ("Paolo
    Gentiloni, proposto dall'Italia, ha avuto un lungo colloquio con von der Leyen")? Its
    request is that pair's, even where it names a country one of ours leads."""
    named = names_in(text, lang, ref, side)
    return len(named) >= 2 and not set(named) & set(facts.participants)


_NEAR_LEAD = 2  # sentences past the lead's next one still about the lead's contact


def later_initiator(facts: ContactFacts, sentences: list[Sentence], start: int, lang: str,
                    ref: str | None, side: str | None) -> None:
    """Who asked for the contact, said past the lead: a spokesperson's answer ("答：…应约
    同…通电话"), a later "a chiamare è stato …". Only a sentence naming this contact (or
    close to the lead) and one of its principals, not another time's ("Earlier, Xinhua
    reported that the call was held at Trump's request" is this call's)."""
    gate = contact_cues(lang).initiator_gate
    for s in sentences[start:]:
        if gate is not None and not gate.search(s.text) or s.text.rstrip().endswith(("?", "？")):
            continue  # a question asks who called, it does not say
        talk = s.i < start + _NEAR_LEAD or contact_type(s.text, lang) or \
            names_the_talk(s.text, lang)
        if not talk or other_time_at_cue(s.text, lang) or _another_contact(s.text, facts, lang) \
                or _another_pair(s.text, facts, lang, ref, side):
            continue  # "卢拉是应习近平的邀请…进行国事访问的" after a welcome ceremony: the visit's
        who = find_initiator(s.text, lang, ref, side, facts.participants,
                             partial(voice_of, sentences, s.i, lang, ref, side), facts.type)
        if who in facts.participants:
            facts.initiated_by = who
            facts.evidence["initiated_by"] = s.text
            return


def principals_initiators(contacts: list[ContactFacts]) -> list[ContactFacts]:
    """The contacts, each with its initiator only where he is one of its principals: a third
    leader who urged the call ("chiamerà Putin su richiesta del cancelliere tedesco") asked
    it of one of the two, who are the ones who spoke (every trial reader's initiator is a
    principal)."""
    for contact in contacts:
        if contact.initiated_by and contact.initiated_by not in contact.participants:
            contact.initiated_by = None
            contact.evidence.pop("initiated_by", None)
    return contacts
