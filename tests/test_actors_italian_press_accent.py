"""The Italian press writes Argentina's Macri with an accent ("Mauricio Macrì", "Macrì"): the
known president, so that an undated story naming him beside Bergoglio is read in his term
and its "Papa" is Francis, not today's pope. Italian spellings are data (the actor's ``it``
names), as the class exists only in Italian."""

from __future__ import annotations

from test_contacts import analyze_texts

from readouts.extract.people.actors import actor_index


def test_the_accented_italian_spelling_is_the_known_leader() -> None:
    for text in ("Il presidente argentino Mauricio Macrì è stato ricevuto dal Papa.",
                 "Macrì ha incontrato il presidente del Consiglio."):
        found = [m.actor for m in actor_index().find(text, "it", "2016-10-15")]
        assert "mauricio-macri" in found, found


def test_an_undated_audience_of_macri_is_with_francis() -> None:
    text = ("Giunto a Roma per le canonizzazioni di domani, il presidente argentino Mauricio "
            "Macrì stamane è stato ricevuto in udienza dal Papa, il connazionale Jorge Mario "
            "Bergoglio.")
    events = analyze_texts((text, None), lang="it").events
    assert [sorted(e.participants) for e in events] == [["mauricio-macri", "pope-francis"]], \
        [e.to_json() for e in events]
