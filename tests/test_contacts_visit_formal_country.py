"""A state visit to a country named by its formal name ("nella Repubblica del Kenya", "to the
Republic of Kenya", «в Республику Кения», "西班牙王国") is paid to that country's head of state,
as one to "Kenya" is: the visit's place stopped at the title word, so no host was found (found
on a real DIRE wire of Mattarella's arrival in Nairobi, whose visit came out as no contact).
A title with more words ("the Democratic Republic of the Congo") is not the bare name after it.
Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

FORMAL = [
    ("it", "Il presidente Sergio Mattarella è arrivato oggi a Nairobi per la visita di Stato "
           "nella Repubblica del Kenya."),
    ("en", "Italian President Sergio Mattarella arrived in Nairobi on Monday for a state visit "
           "to the Republic of Kenya."),
    ("ru", "Президент Италии Серджо Маттарелла в понедельник прибыл с государственным визитом "
           "в Республику Кения."),
    ("zh", "意大利总统马塔雷拉13日抵达内罗毕，开始对肯尼亚共和国进行国事访问。"),
]


@pytest.mark.parametrize(("lang", "text"), FORMAL)
def test_a_state_visit_to_a_formal_name_has_its_head_of_state(lang: str, text: str) -> None:
    events = analyze_texts((text, "2023-03-13"), lang=lang).events
    reported = [e for e in events if e.reported_by]
    assert reported and reported[0].type == "visit"
    assert set(reported[0].participants) == {"sergio-mattarella", "william-ruto"}


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Xi Jinping è arrivato a Madrid per una visita di Stato nel Regno di Spagna."),
    ("en", "Xi Jinping arrived in Madrid for a state visit to the Kingdom of Spain."),
])
def test_a_kingdom_is_its_country(lang: str, text: str) -> None:
    events = analyze_texts((text, "2018-11-27"), lang=lang).events
    assert {"xi-jinping", "felipe-vi"} in [set(e.participants) for e in events]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Italian President Sergio Mattarella began on Monday a state visit to the "
           "Democratic Republic of the Congo, the first stop of his trip."),
    ("it", "Il presidente Sergio Mattarella ha iniziato oggi una visita di Stato nella "
           "Repubblica Democratica del Congo, prima tappa del viaggio."),
])
def test_a_longer_title_is_not_the_bare_name(lang: str, text: str) -> None:
    events = analyze_texts((text, "2023-03-13"), lang=lang).events
    assert not [e for e in events if "denis-sassou-nguesso" in e.participants]
