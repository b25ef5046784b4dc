"""Leaders who took part in a contact of others ("Anche il primo ministro britannico Keir
Starmer e il cancelliere tedesco Friedrich Merz hanno partecipato alla conversazione"): parties
of a call of many, not attendees. An attendee stays one where a principal leads his country
(a minister, or a head of state beside his own premier), and where only a word of his name
stands in the sentence ("accompanied by cabinet chief Marcos Peña" names no Marcos)."""

from __future__ import annotations

from readouts.extract.contacts.facts import ContactFacts
from readouts.extract.contacts.leaders import is_leader
from readouts.extract.people.actors import actor_index


def leaders_joining(facts: ContactFacts, evidence: str, lang: str, on: str | None,
                    side: str | None) -> list[str]:
    """The attendees, named in full or by title in ``evidence`` (the sentence naming them),
    who lead a country none of the principals leads."""
    if not facts.attendees:
        return []
    index = actor_index()
    led = {index.country_of(a) for a in facts.participants}
    full = {m.actor for m in index.find(evidence, lang, on, side)
            if m.by == "title" or len(m.text.split()) >= 2}
    return [a for a in facts.attendees if a in full and is_leader(a, on)
            and (country := index.country_of(a)) and country not in led]
