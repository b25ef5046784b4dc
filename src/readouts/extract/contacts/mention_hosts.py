"""Who a contact mentioned in passing is with, where the sentence leaves it to be worked out:
one subject's calls with a list of counterparts ("spoke to Trudeau and López Obrador in
separate calls") are one contact with each; a visit is the parties' only where the sentence
names its host, or its place is in the country of the party it leaves unnamed."""

from __future__ import annotations

from readouts.extract.contacts.contacts import can_be_party, contact_cues, is_leader, unique
from readouts.extract.contacts.counterparts import listed_counterparts, subject_of_list
from readouts.extract.contacts.when_cues import country_zone
from readouts.extract.contacts.when_parts import place_zone
from readouts.extract.people.actors import actor_index
from readouts.model import Mention


def third_place(text: str, lang: str, parties: list[str], named: list[Mention]) -> bool:
    """Is the place a visit is paid to ("his visit to Kyiv") in no country of the parties
    the sentence leaves unnamed (the president he called, of France)? Told by the place's
    clock: one of the country's own zones."""
    zone = place_zone([text], lang)
    unnamed = [a for a in parties if a not in {m.actor for m in named}]
    index = actor_index()
    return zone is not None and bool(unnamed) and all(
        country_zone(index.country_of(a)) != zone for a in unnamed)


def subject_lists(text: str, named: list[Mention], participants: list[str],
                   reported: list[str], ref: str | None, lang: str) -> list[list[str]]:
    """Parties who are all one list of counterparts ("ha chiamato A e B", "spoke to A and B
    in separate calls") are each the subject's, not each other's: the reported contact's
    principal who is not listed stands in for the unnamed subject, with each listed; with
    none, no contact."""
    leaders = [m for m in named if is_leader(m.actor, ref) and can_be_party(m.actor, ref)]
    found = listed_counterparts(text, leaders, lang)
    listed = [m.actor for m in found]
    # the subject named right before the list's verb ("the U.S. president spoke to"), else
    # the reported contact's principal who is not listed
    word = contact_cues(lang).counterpart_list
    subject = next((m.actor for m in sorted(leaders, key=lambda m: -m.start)
                    if found and m.end <= found[0].start and word is not None
                    and subject_of_list(text, m, found[0], word)), None)
    if len(participants) < 2 or not set(participants) <= set(listed) | {subject}:
        return [participants]
    host = subject if subject is not None and (subject in reported or subject in participants) \
        else next((a for a in reported if a not in listed), None)
    return [[host, a] for a in unique(listed)] if host else []
