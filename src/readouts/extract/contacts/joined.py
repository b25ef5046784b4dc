"""Leaders who took part in a contact of others ("Anche il primo ministro britannico Keir
Starmer e il cancelliere tedesco Friedrich Merz hanno partecipato alla conversazione"): parties
of a call of many, not attendees. An attendee stays one where a principal leads his country
(a minister, or a head of state beside his own premier), and where only a word of his name
stands in the sentence ("accompanied by cabinet chief Marcos Peña" names no Marcos), unless
his own title stands right before it ("il cancelliere tedesco Scholz")."""

from __future__ import annotations

from readouts.extract.contacts.facts import ContactFacts
from readouts.extract.contacts.leaders import is_leader
from readouts.extract.people.actors import ActorIndex, actor_index
from readouts.extract.people.appositions import title_before
from readouts.extract.people.name_forms import ActorMatch


def leaders_joining(facts: ContactFacts, evidence: str, lang: str, on: str | None,
                    side: str | None) -> list[str]:
    """The attendees, named in full or by title in ``evidence`` (the sentence naming them),
    who lead a country none of the principals leads."""
    if not facts.attendees:
        return []
    index = actor_index()
    led = {index.country_of(a) for a in facts.participants}
    full = {m.actor for m in index.find(evidence, lang, on, side)
            if m.by == "title" or len(m.text.split()) >= 2
            or _titled(index, evidence, m, lang, on, side)}
    return [a for a in facts.attendees if a in full and is_leader(a, on)
            and (country := index.country_of(a)) and country not in led]


def _titled(index: ActorIndex, text: str, m: ActorMatch, lang: str, on: str | None,
            side: str | None) -> bool:
    """Is the surname right after a title that names the same person ("il presidente
    francese, Macron")?"""
    title = title_before(lambda part: index.find(part, lang, on, side), text, m)
    return title is not None and title.actor == m.actor
