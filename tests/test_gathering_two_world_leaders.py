""""The two world leaders" are the contact's two, not a gathering of many ("a summit of world
leaders"): the sentence after a congratulation that names its medium ("The two world leaders
spoke on phone last Thursday") types the contact a call."""

from __future__ import annotations

from test_contacts import analyze_texts

from readouts.extract.contacts.gathering import is_gathering


def test_the_two_world_leaders_are_no_gathering() -> None:
    assert not is_gathering("The two world leaders spoke by phone on Thursday.", "en")
    assert is_gathering("He attended a meeting of world leaders in Rome.", "en")


def test_a_congratulation_typed_by_the_call_said_next() -> None:
    text = ("German Chancellor Angela Merkel has congratulated Nana Akufo-Addo on his "
            "re-election as President of Ghana.\n\nThe two world leaders spoke on phone last "
            "Thursday, the German ambassador said.")
    analysis = analyze_texts((text, "2021-02-10"), lang="en")
    assert {e.type for e in analysis.events if e.reported_by} == {"phone_call"}, \
        [e.to_json() for e in analysis.events]
