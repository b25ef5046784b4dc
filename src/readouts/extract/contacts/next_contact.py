"""A second contact of the lead's subject told in the lead's own sentence.

"习近平4日下午与普京视频会晤，晚间又与特朗普通电话", "held a video call with Putin in the
afternoon and later spoke by phone with Trump", "провёл переговоры с Си Цзиньпином, а затем
по телефону поговорил с Трампом", "ha avuto un colloquio con Putin e in serata ha sentito
Trump": a word carrying the sentence on to a new clause (``next_contact`` cues) parts two
contacts of one subject, each with its own type and part of day, on the same day. The two
counterparts never talked with each other.
"""

from __future__ import annotations

import re

from readouts.extract.contacts.cues import contact_cues
from readouts.extract.contacts.facts import ContactFacts
from readouts.extract.contacts.kinds import contact_type, type_spans, weak_spans
from readouts.extract.contacts.leaders import can_be_party, is_leader
from readouts.extract.contacts.status import contact_status, other_time_at_cue
from readouts.extract.time.dayparts import part_spans
from readouts.model import Mention

_CLAUSE_END = re.compile(r"[;；]")  # the lead is one sentence: "U.S." ends nothing


def _clause_parts(text: str, lang: str) -> set[str]:
    """The parts of day a clause names ("in serata")."""
    return {p for _, _, p in part_spans(text, lang)}


def next_in_lead(text: str, mentions: list[Mention], main: ContactFacts, lang: str,
                 ref: str | None) -> ContactFacts | None:
    """The other of two contacts the lead tells of its subject, one per clause, where
    ``main`` is one of them; ``main`` keeps only its own clause's part of day."""
    marker = contact_cues(lang).next_contact
    if marker is None or len(main.participants) != 2:
        return None
    subject = main.participants[0]
    leaders = sorted((m for m in mentions if is_leader(m.actor, ref)
                      and can_be_party(m.actor, ref)), key=lambda m: m.start)
    for m in marker.finditer(text):
        first, rest = text[:m.start()], text[m.start():]
        end = _CLAUSE_END.search(rest)
        second = rest[:end.start()] if end else rest
        before = {x.actor for x in leaders if x.end <= m.start()}
        after = {x.actor for x in leaders if m.start() <= x.start < m.start() + len(second)}
        new_before, new_after = before - {subject}, after - {subject}
        if subject not in before or len(new_before) != 1 or len(new_after) != 1 \
                or new_before == new_after or after - new_after - {subject}:
            continue
        told = second[m.end() - m.start():]  # "and later spoke": no later contact
        # from the last name before the word: "with Putin and will later speak with Trump"
        since = text[max(x.end for x in leaders if x.end <= m.start()):m.start() + len(second)]
        if not type_spans(first, lang) or not (type_spans(told, lang) or weak_spans(told, lang)) \
                or other_time_at_cue(told, lang) or contact_status(since, lang) != "held":
            continue
        own, other = (first, second) if main.participants[1] in new_before else (second, first)
        partner = (new_after if own is first else new_before).pop()
        if main.participants[1] not in new_before | new_after:
            return None
        kind = contact_type(other, lang, weak=False) or contact_type(other, lang)
        if kind is None:
            return None
        if main.part_of_day in _clause_parts(other, lang) - _clause_parts(own, lang):
            # "Xi met Putin in the afternoon and in the evening called Trump": its own clause's
            mine = [p for _, _, p in part_spans(own, lang)]
            main.part_of_day = mine[0] if mine else None
            main.evidence.pop("part_of_day", None)
            main.evidence.update({"part_of_day": text} if mine else {})
        parts = [p for _, _, p in part_spans(other, lang)]
        facts = ContactFacts(type=kind, participants=[subject, partner], sentence=main.sentence,
                             status="held", date=main.date, date_precision=main.date_precision,
                             partial=main.partial, part_of_day=parts[0] if parts else None)
        facts.evidence = {"type": text, "participants": text}
        if parts:
            facts.evidence["part_of_day"] = text
        return facts
    return None
