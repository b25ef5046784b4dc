"""An earlier contact a sentence naming nobody dates before both of the story's leaders took
office ("Il precedente vertice intergovernativo si è svolto a Corfù nel 2017", "The previous
intergovernmental summit took place in Corfu in 2017", "Предыдущий … саммит прошел … в 2017
году", "上一次政府间峰会于2017年…举行") was not theirs: no earlier meeting of the two (found on
a real La Sicilia agency item); one within their time stays theirs."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAIR = {"giorgia-meloni", "kyriakos-mitsotakis"}

BEFORE_OFFICE = [
    ("it", "La premier Giorgia Meloni ha incontrato il primo ministro greco Kyriakos Mitsotakis "
           "a Villa Pamphilj. Il precedente vertice intergovernativo si è svolto a Corfù nel "
           "2017."),
    ("en", "Prime Minister Giorgia Meloni met Greek Prime Minister Kyriakos Mitsotakis at Villa "
           "Pamphilj. The previous intergovernmental summit took place in Corfu in 2017."),
    ("ru", "Джорджа Мелони встретилась с премьер-министром Греции Кириакосом Мицотакисом. "
           "Предыдущий межправительственный саммит прошел на Корфу в 2017 году."),
    ("zh", "梅洛尼会见了希腊总理米佐塔基斯。上一次政府间峰会于2017年在科孚岛举行。"),
]


@pytest.mark.parametrize(("lang", "text"), BEFORE_OFFICE)
def test_a_contact_before_both_took_office_is_not_theirs(lang: str, text: str) -> None:
    events = analyze_texts((text, "2025-05-12"), lang=lang).events
    assert [(e.status, set(e.participants), e.date) for e in events] == [
        ("held", PAIR, "2025-05-12")], (lang, [e.to_json() for e in events])


def test_one_within_their_time_stays_theirs() -> None:
    text = ("La premier Giorgia Meloni ha incontrato il primo ministro greco Kyriakos Mitsotakis "
            "a Villa Pamphilj. Il precedente vertice intergovernativo si è svolto ad Atene nel "
            "2023.")
    events = analyze_texts((text, "2025-05-12"), lang="it").events
    assert {(len(set(e.participants)), e.date) for e in events} == {
        (2, "2025-05-12"), (2, "2023")}, [e.to_json() for e in events]
