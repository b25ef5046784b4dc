"""A leader receiving another, told with the gerund of a sentence about something else
("lo ha assicurato Xi Jinping, ricevendo oggi a Pechino il presidente Mattarella", "said
Xi, receiving President Mattarella in Beijing", "заявил Си Цзиньпин, принимая в Пекине
президента Италии"), had a meeting; found on a real ANSA item where no contact came out.
Chinese has no gerund: the meeting verb is said as such."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2017-02-22"

RECEIVING = [
    ("it", "Un impegno personale per rapporti bilaterali ancora più stretti: lo ha assicurato il "
           "presidente cinese Xi Jinping, ricevendo oggi a Pechino il presidente Sergio "
           "Mattarella."),
    ("it", "Rapporti sempre più stretti, ha detto il presidente Sergio Mattarella accogliendo al "
           "Quirinale il presidente cinese Xi Jinping."),
    ("en", "Chinese President Xi Jinping pledged ever closer ties on Wednesday, receiving "
           "President Sergio Mattarella in Beijing."),
    ("ru", "Об этом заявил председатель КНР Си Цзиньпин, принимая в Пекине президента Италии "
           "Серджо Маттареллу."),
]


@pytest.mark.parametrize(("lang", "text"), RECEIVING)
def test_a_leader_receiving_another_is_a_meeting(lang: str, text: str) -> None:
    events = [e for e in analyze_texts((text, PAGE), lang=lang).events if e.reported_by]
    assert events and events[0].type == "meeting" and set(events[0].participants) == {
        "xi-jinping", "sergio-mattarella"}, (lang, [e.to_json() for e in events])


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Il presidente Sergio Mattarella ha parlato a lungo di Europa, ricevendo il premio "
           "della fondazione a Milano."),
    ("en", "President Sergio Mattarella spoke about Europe, receiving President Xi Jinping's "
           "letter with thanks."),
])
def test_receiving_a_thing_is_no_meeting(lang: str, text: str) -> None:
    events = [e for e in analyze_texts((text, PAGE), lang=lang).events if e.reported_by]
    assert not [e for e in events if e.type == "meeting"], (lang, [e.to_json() for e in events])
