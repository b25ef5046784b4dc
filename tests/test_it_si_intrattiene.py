"""Italian news tells a visit in the narrative present: "il presidente francese si intrattiene
per un'ora e mezza a Palazzo Chigi in un bilaterale con Giorgia Meloni" is one meeting, held,
of 90 minutes. Only the verb without "si" ("i colloqui che intrattiene con Macron") speaks of
the relations a leader keeps, no contact. Texts written for these tests."""

from __future__ import annotations

from test_contacts import analyze_texts, reported_facts


def test_the_reflexive_present_tells_one_meeting_and_its_length() -> None:
    text = ("Dopo la cerimonia al Quirinale, il cancelliere tedesco Olaf Scholz si intrattiene "
            "per un'ora e un quarto a Palazzo Chigi in un bilaterale a tu per tu con Giorgia "
            "Meloni, senza le delegazioni.")
    facts = reported_facts(text, "it", "2023-11-22")
    assert (facts["type"], facts["status"]) == ("meeting", "held")
    assert set(facts["participants"]) == {"olaf-scholz", "giorgia-meloni"}
    assert facts["duration_minutes"] == 75


def test_the_relations_a_leader_keeps_are_no_contact() -> None:
    text = ("Giorgia Meloni ha parlato a lungo dei rapporti che intrattiene con il cancelliere "
            "tedesco Olaf Scholz, definendoli solidi.")
    analysis = analyze_texts((text, "2023-11-22"), lang="it")
    assert not [e for e in analysis.events if e.status == "held"]
