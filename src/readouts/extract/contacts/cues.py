"""The cue patterns of ``lang/<iso>/contacts.yaml``, compiled once per language."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from readouts import lang as langdata
from readouts.text.alternation import alternation
from readouts.text.pruned import PrunedAlternation
from readouts.text.word_gate import GatedPattern, WordGate

# what ends a clause, Latin or CJK: a sentence's end, a semicolon, a colon or a comma. The
# clause of a cue, a date or a time ends at the first one (mention_cues, since, when_cues)
CLAUSE = re.compile(r"[.;:!?,。；：！？，]")


@dataclass(frozen=True)
class _Cues:
    types: tuple[tuple[str, PrunedAlternation], ...]  # run with the cues a text may match
    types_gate: WordGate  # any type cue at all: most sentences have none
    courtesy: re.Pattern[str] | None  # a visit paid to a person: the contact itself
    weak_types: tuple[tuple[str, PrunedAlternation], ...]  # a bare "conversation": when no other
    initiator: tuple[GatedPattern, ...]  # each behind its own words: most texts hold none
    initiator_gate: GatedPattern | None  # a word every initiator cue holds: a cheap test
    initiator_other: tuple[re.Pattern[str], ...]
    initiator_self: re.Pattern[str] | None  # "l'ho chiamato io": the one speaking placed it
    initiator_hedge: re.Pattern[str] | None  # "外界推测": a guess at who asked says nothing
    # "su richiesta di X, Putin ha illustrato": a request for words, not for the contact
    request_answered: re.Pattern[str] | None
    # "iniziativa", "request", "инициатив": after them a capital may name its government
    initiative_word: re.Pattern[str] | None
    initiator_announced: tuple[re.Pattern[str], ...]  # "X will call Y": only failing all else
    initiator_reply: tuple[re.Pattern[str], ...]  # "la risposta di Meloni": of a message only
    whom_end: re.Pattern[str] | None  # "ma non", "but not": who was called ends before it
    programme_line: re.Pattern[str] | None  # "Alle 15,": a programme's line, on its hour
    ahead_day: re.Pattern[str] | None  # "domani", "tomorrow": a day still to come
    latter: re.Pattern[str] | None  # "quest'ultimo", "the latter": the last person named
    former: re.Pattern[str] | None  # "the former": the first person named
    ours: re.Pattern[str] | None  # "at our request": the side of the one speaking
    theirs: re.Pattern[str] | None  # "at the counterpart's request": the other side
    attendees: tuple[GatedPattern, ...]  # "(?P<who>.{3,200}?) took part": slow, tried seldom
    attendees_gate: GatedPattern | None  # words every attendee cue holds: a cheap test first
    attendees_ahead: re.Pattern[str] | None  # "to be joined by": one joining a contact ahead
    location: tuple[re.Pattern[str], ...]
    planned: re.Pattern[str] | None
    not_held: re.Pattern[str] | None  # refused, failed, none scheduled: no contact
    # "non è escluso", "not ruled out": only possible, no contact, over the rest of the sentence
    not_ruled_out: re.Pattern[str] | None
    # "denied that a call took place", "опроверг информацию о разговоре": a reported contact
    # said not to have been, over the contact named after it (not one only the setting of
    # what is denied: "denied threats during the call")
    denial: re.Pattern[str] | None
    denial_after: re.Pattern[str] | None  # "... is untrue", "не соответствует действительности"
    denial_setting: re.Pattern[str] | None
    earlier: re.Pattern[str] | None
    sequel: re.Pattern[str] | None  # "之后", "afterwards": the clause goes on from the one before
    next_contact: re.Pattern[str] | None  # ", а затем": the lead goes on to another contact
    also: re.Pattern[str] | None  # "also", "anche", "также", "还": another contact added
    frame: re.Pattern[str] | None  # "Ahead of X's visit,": an opening clause naming no party
    frame_within: re.Pattern[str] | None  # "During the call,": a frame of the same time
    frame_after: re.Pattern[str] | None  # ", after meeting Macron": another contact, closing
    frame_said: re.Pattern[str] | None  # "X said": what follows a frame is someone's words
    fronted: re.Pattern[str] | None  # "In a call with Putin,": the contact, its subject after
    occasion: re.Pattern[str] | None  # "in their call": the contact in which another was agreed
    subject_pronoun: re.Pattern[str] | None  # "he", "она", "她": a subject the text named before
    met_again: re.Pattern[str] | None  # "The meeting was …": an exchange named again, a meeting
    restated: re.Pattern[str] | None  # "La telefonata in questione è quella del": it, dated
    in_person: re.Pattern[str] | None  # "they sat together": a talk held face to face
    in_person_at: re.Pattern[str] | None  # "на полях саммита": a bare talk's setting in person
    between: tuple[re.Pattern[str], ...]
    pair_joiner: re.Pattern[str] | None  # "A and B" before the verb: the two who talked
    joint: re.Pattern[str] | None  # "l'incontro a tre": one contact of all its parties
    medium_neutral: re.Pattern[str] | None  # "colloquio": a meeting cue that names no medium
    joint_list: re.Pattern[str] | None  # "una telefonata con": one contact, its parties listed
    each_before: re.Pattern[str] | None  # "分别同": one contact with each party listed after it
    each_word: re.Pattern[str] | None  # "先后" ending right before a cue: one contact each
    each_after: re.Pattern[str] | None  # "met both A and B": one contact each, the word after
    said_on: re.Pattern[str] | None  # a speech verb right before a date: the day words were said
    wire: re.Pattern[str] | None  # a wire dateline's head before its date ("MOSCA, ", "新华社北京")
    wire_after: re.Pattern[str] | None  # "电" right after a dateline's day ("五日电")
    deictic: re.Pattern[str] | None  # "this", "本次" ending right before a cue: the one told
    partner_word: re.Pattern[str] | None  # "with", "с", "与": before a contact's other party
    counterpart_list: re.Pattern[str] | None  # "ha chiamato", "with": a list of counterparts next
    subject_case: re.Pattern[str] | None  # "Путин" (not "Путиным"): a name no "с" governs
    said_aside: re.Pattern[str] | None  # "как уточнил Трамп": a speaker's aside ends a list
    chain_link: re.Pattern[str] | None  # ", poi": a clause going on the subject's verbs
    chain_verb: re.Pattern[str] | None  # "pranzato", "had": a verb of that chain, no subject
    last_time: re.Pattern[str] | None  # "L'ultima volta che": a sentence opening on the past
    many_unnamed: re.Pattern[str] | None  # "congratulations from foreign colleagues": no one
    results_of: re.Pattern[str] | None  # "the results of the meeting with": a topic, told before
    counted: re.Pattern[str] | None  # "spoke by phone five times": a series, no one contact
    today_contact: re.Pattern[str] | None  # "la conversazione telefonica odierna": today's
    relative: re.Pattern[str] | None  # "which", "которое": a clause about the noun before it
    relative_ahead: re.Pattern[str] | None  # ", которые пройдут": the contact's own future
    narrow_format: re.Pattern[str] | None  # "тет-а-тет", "小范围": a part of a two-format talk
    on_the_way: re.Pattern[str] | None  # "在车上", "in the car": a talk on the ride there
    waited: re.Pattern[str] | None  # "等了", "waited": a wait for the contact, not its length
    call_means: re.Pattern[str] | None  # "in una": from a leader urged to the call, the means
    topic_word: re.Pattern[str] | None  # "di", "about": a leader spoken of, not spoken to
    wide_format: re.Pattern[str] | None  # "в расширенном составе", "大范围": the other part
    length_total: re.Pattern[str] | None  # "in total", "в общей сложности": the whole's length
    latter_contact: re.Pattern[str] | None  # "quest'ultimo incontro": the contact named last
    two_leaders: re.Pattern[str] | None  # "the two leaders", "i due leader": both parties


def cue_alternation(patterns: list[str]) -> re.Pattern[str] | None:
    """A data file's cue list as one pattern, case-insensitive, ^ and $ at line ends; None
    when the list is empty."""
    return alternation(patterns, re.I | re.M)


def _gated(pattern: re.Pattern[str] | None) -> GatedPattern | None:
    """A gate searched in every sentence, its words looked for first (``word_gate``)."""
    return GatedPattern(pattern) if pattern is not None else None


@cache
def contact_cues(lang: str) -> _Cues:
    """The contact cues of ``lang/<iso>/contacts.yaml`` (English's where the language has
    none), compiled once."""
    data = langdata.load(lang, "contacts") or langdata.load("en", "contacts")
    types, weak = (tuple(
        (name, PrunedAlternation(pats, re.I | re.M)) for name, pats in (data.get(key) or {}).items()
        if pats
    ) for key in ("types", "weak_types"))
    # A visit paid to a person ("visita di congedo", "courtesy call") is the contact itself,
    # not a trip during which the two met: it comes before every other type.
    courtesy = cue_alternation(data.get("visit_to_person") or [])
    if courtesy is not None:
        types = (("visit", PrunedAlternation(data["visit_to_person"], re.I | re.M)), *types)
    # Location patterns rely on capital letters: they stay case-sensitive.
    return _Cues(
        types=types,
        types_gate=WordGate(*(re.compile(p, re.I | re.M) for p in [
            *(data.get("visit_to_person") or []),
            *(p for pats in (data.get("types") or {}).values() for p in pats)])),
        weak_types=weak,
        courtesy=courtesy,
        initiator=tuple(GatedPattern(re.compile(p, re.I)) for p in data.get("initiator") or []),
        initiator_gate=_gated(cue_alternation(data.get("initiator_gate") or [])),
        initiator_other=tuple(re.compile(p, re.I) for p in data.get("initiator_other") or []),
        initiator_self=cue_alternation(data.get("initiator_self") or []),
        initiator_hedge=cue_alternation(data.get("initiator_hedge") or []),
        request_answered=cue_alternation(data.get("request_answered") or []),
        initiative_word=cue_alternation(data.get("initiative_word") or []),
        initiator_announced=tuple(re.compile(p, re.I)
                                  for p in data.get("initiator_announced") or []),
        initiator_reply=tuple(re.compile(p, re.I) for p in data.get("initiator_reply") or []),
        whom_end=cue_alternation(data.get("whom_end") or []),
        programme_line=cue_alternation(data.get("programme_line") or []),
        ahead_day=cue_alternation(data.get("ahead_day") or []),
        latter=cue_alternation((data.get("anaphora") or {}).get("latter") or []),
        former=cue_alternation((data.get("anaphora") or {}).get("former") or []),
        ours=cue_alternation((data.get("anaphora") or {}).get("ours") or []),
        theirs=cue_alternation((data.get("anaphora") or {}).get("theirs") or []),
        attendees=tuple(GatedPattern(re.compile(p, re.I)) for p in data.get("attendees") or []),
        attendees_gate=_gated(cue_alternation(data.get("attendees_gate") or [])),
        attendees_ahead=cue_alternation(data.get("attendees_ahead") or []),
        location=tuple(re.compile(p) for p in data.get("location") or []),
        planned=cue_alternation(data.get("planned") or []),
        not_held=cue_alternation(data.get("not_held") or []),
        not_ruled_out=cue_alternation(data.get("not_ruled_out") or []),
        denial=cue_alternation((data.get("denial") or {}).get("verbs") or []),
        denial_after=cue_alternation((data.get("denial") or {}).get("after") or []),
        denial_setting=cue_alternation((data.get("denial") or {}).get("setting") or []),
        earlier=cue_alternation(data.get("earlier") or []),
        sequel=cue_alternation(data.get("sequel") or []),
        next_contact=cue_alternation(data.get("next_contact") or []),
        also=cue_alternation(data.get("also") or []),
        frame=re.compile("|".join(f"(?:{p})" for p in data["frame"]), re.I)
        if data.get("frame") else None,
        frame_within=cue_alternation(data.get("frame_within") or []),
        frame_after=cue_alternation(data.get("frame_after") or []),
        frame_said=cue_alternation(data.get("frame_said") or []),
        fronted=cue_alternation(data.get("fronted") or []),
        occasion=cue_alternation(data.get("occasion") or []),
        subject_pronoun=cue_alternation(data.get("subject_pronoun") or []),
        met_again=cue_alternation(data.get("met_again") or []),
        restated=cue_alternation(data.get("restated") or []),
        in_person=cue_alternation(data.get("in_person") or []),
        in_person_at=cue_alternation(data.get("in_person_at") or []),
        between=tuple(re.compile(p, re.I) for p in data.get("between") or []),
        pair_joiner=re.compile("|".join(f"(?:{p})" for p in data["pair_joiner"]), re.I)
        if data.get("pair_joiner") else None,
        joint=cue_alternation(data.get("joint") or []),
        medium_neutral=cue_alternation(data.get("medium_neutral") or []),
        joint_list=cue_alternation(data.get("joint_list") or []),
        each_before=cue_alternation(data.get("each_before") or []),
        each_word=cue_alternation(data.get("each_word") or []),
        each_after=cue_alternation(data.get("each_after") or []),
        said_on=re.compile("|".join(f"(?:{p})\\s*$" for p in data["said_on"]), re.I)
        if data.get("said_on") else None,
        wire=re.compile("|".join(f"(?:{p})" for p in data["wire"]))
        if data.get("wire") else None,
        wire_after=re.compile("|".join(f"(?:{p})" for p in data["wire_after"]))
        if data.get("wire_after") else None,
        relative=cue_alternation(data.get("relative") or []),
        relative_ahead=cue_alternation(data.get("relative_ahead") or []),
        narrow_format=cue_alternation(data.get("narrow_format") or []),
        on_the_way=cue_alternation(data.get("on_the_way") or []),
        waited=cue_alternation(data.get("waited") or []),
        call_means=re.compile("^\\s*(?:" + "|".join(data["call_means"]) + ")(?:\\s+\\S+)?\\s*$",
                              re.I)
        if data.get("call_means") else None,
        topic_word=cue_alternation(data.get("topic_word") or []),
        wide_format=cue_alternation(data.get("wide_format") or []),
        length_total=cue_alternation(data.get("length_total") or []),
        latter_contact=cue_alternation(data.get("latter_contact") or []),
        two_leaders=cue_alternation(data.get("two_leaders") or []),
        partner_word=cue_alternation([*(data.get("partner_after") or []),
                                      *(data.get("partner_before") or [])]),
        counterpart_list=cue_alternation(data.get("counterpart_list") or []),
        subject_case=cue_alternation(data.get("subject_case") or []),
        said_aside=cue_alternation(data.get("said_aside") or []),
        chain_link=re.compile("^(?:" + "|".join(data["chain_link"]) + ")", re.I)
        if data.get("chain_link") else None,
        chain_verb=cue_alternation(data.get("chain_verb") or []),
        last_time=re.compile("^\\W*(?:" + "|".join(data["last_time"]) + ")", re.I)
        if data.get("last_time") else None,
        many_unnamed=cue_alternation(data.get("many_unnamed") or []),
        results_of=cue_alternation(data.get("results_of") or []),
        counted=cue_alternation(data.get("counted") or []),
        today_contact=cue_alternation(data.get("today_contact") or []),
        deictic=re.compile("|".join(f"(?:{p})" for p in data["deictic_before"]) + "$", re.I)
        if data.get("deictic_before") else None,
    )
