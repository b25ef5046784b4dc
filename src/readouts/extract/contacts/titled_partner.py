"""A counterpart the lead names by a bare title the story's earlier sentences gave a name
("i rapporti tra Macron e Olaf Scholz … Oggi il capo dell'Eliseo tiene un colloquio in
videoconferenza con l'attuale cancelliere", "… spoke with the chancellor"): the leader named
before who held that title on the day, not another leader the lead goes on to name in a
clause of its own ("nel caso in cui Putin dovesse tagliare le forniture")."""

from __future__ import annotations

from readouts.extract.contacts.cues import contact_cues
from readouts.extract.contacts.facts import unique
from readouts.extract.contacts.kinds import type_spans
from readouts.extract.contacts.leaders import can_be_party, is_leader
from readouts.extract.contacts.status import CLAUSE_BREAK
from readouts.extract.people.actors import actor_index
from readouts.model import Mention, Sentence

_PARTNER_REACH = 50  # characters after the contact's word that may hold "con il cancelliere"
_TITLE_REACH = 24  # from the partner's word to a name right after its title


def titled_partner(sentences: list[Sentence], mentions: list[list[Mention]], lead: int,
                   lang: str, ref: str | None) -> list[str] | None:
    """[the subject, the counterpart] where the lead's subject, a leader named before its
    first contact word, has that contact with a bare title ("con l'attuale cancelliere")
    right after the partner's word, no name in between, and exactly one leader the story
    named before the lead held that title on the day; else None."""
    text = sentences[lead].text
    spans = type_spans(text, lang)
    partner = contact_cues(lang).partner_word
    if not spans or partner is None:
        return None
    cue = min(spans)
    before = [m for m in mentions[lead] if m.end <= cue[0] and can_be_party(m.actor, ref)]
    if not before:
        return None
    subject = max(before, key=lambda m: m.end)
    if not is_leader(subject.actor, ref):
        return None
    window = text[cue[1]:cue[1] + _PARTNER_REACH]
    cut = CLAUSE_BREAK.search(window)
    window = window[:cut.start()] if cut else window
    word = partner.search(window)
    if word is None or any(cue[1] <= m.start < cue[1] + word.end() + _TITLE_REACH
                           for m in mentions[lead]):
        return None  # "con il cancelliere Scholz": named, read as such
    earlier = unique([m.actor for row in mentions[:lead] for m in row
                      if m.actor != subject.actor and is_leader(m.actor, ref)])
    index = actor_index()
    held = [a for a in earlier if index.titled(window[word.end():], lang, a, ref)]
    return [subject.actor, held[0]] if len(held) == 1 else None
