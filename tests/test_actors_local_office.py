"""A local body sharing the head of government's title ("il presidente del Consiglio comunale
di Roma", "il Presidente del Consiglio Municipale di Maputo", "del Consiglio regionale") is
another office: it names no prime minister, and the adjective after it ("Municipale") is no
newcomer's name. Found on a real Italian item (Secolo d'Italia on Mattarella in Maputo: a
phantom meeting with a newcomer "municipale"); the local councils' presidents fill Italian
local news."""

from __future__ import annotations

import pytest

from readouts.extract.people.actors import actor_index
from readouts.ingest import RawInput, prepare
from readouts.pipeline import analyze_document, link_results


@pytest.mark.parametrize("text", [
    "Il sindaco ha incontrato il presidente del Consiglio comunale di Roma.",
    "In mattinata l'incontro con il Presidente del Consiglio Municipale di Maputo.",
    "Ha ricevuto il presidente del Consiglio regionale della Lombardia Mario Bianchi.",
    "Il presidente del Consiglio Provinciale ha parlato.",
])
def test_a_local_council_s_president_names_no_one(text: str) -> None:
    assert [m.actor for m in actor_index().find(text, "it", "2022-07-10")] == []


@pytest.mark.parametrize(("text", "who"), [
    ("Ha ricevuto il presidente del Consiglio Mario Draghi.", ["mario-draghi"]),
    ("Ha ricevuto il presidente del Consiglio a Palazzo Chigi.", ["mario-draghi"]),
    ("Ha ricevuto il presidente del Consiglio europeo Charles Michel.", ["charles-michel"]),
])
def test_the_government_s_and_the_union_s_still_name_theirs(text: str, who: list[str]) -> None:
    assert [m.actor for m in actor_index().find(text, "it", "2022-07-10")] == who


def test_the_local_meeting_lends_the_state_visit_no_time() -> None:
    text = ("Mattarella in Mozambico\n\nIl Presidente della Repubblica, Sergio Mattarella, è "
            "stato ricevuto dal Presidente del Mozambico, Filipe Nyusi, al Palazzo "
            "presidenziale.\n\nNel pomeriggio è previsto l'incontro con il Presidente del "
            "Consiglio Municipale di Maputo al Palazzo del Municipio.\n")
    analysis = link_results([analyze_document(p, "2022-07-07", lang="it")
                             for p in prepare(RawInput("page.txt", text.encode()))])
    assert [(sorted(e.participants), e.part_of_day) for e in analysis.events] == [
        (["filipe-nyusi", "sergio-mattarella"], None)], [e.to_json() for e in analysis.events]
