"""A leader on the way to meet another ("lo fa andando a Parigi per incontrare Emmanuel
Macron", "heading to Paris to meet", "направляясь в Париж, чтобы встретиться") tells a meeting
still to come, not one held (found on a real Cronache di item whose Mattarella-Macron state
visit came out as a meeting already held). Texts written for these tests (it/en/ru)."""

import pytest
from test_contacts import analyze_texts

PAIR = ["emmanuel-macron", "sergio-mattarella"]


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Sergio Mattarella riprende i suoi viaggi e lo fa andando a Parigi per incontrare "
           "Emmanuel Macron."),
    ("it", "Sergio Mattarella vola a Parigi per un incontro con Emmanuel Macron."),
    ("en", "Sergio Mattarella resumes his travels, heading to Paris to meet Emmanuel Macron."),
    ("ru", "Серджо Маттарелла возобновляет поездки, направляясь в Париж, чтобы встретиться с "
           "Эмманюэлем Макроном."),
])
def test_on_the_way_to_meet_is_planned(lang: str, text: str) -> None:
    events = analyze_texts((text, "2021-07-01"), lang=lang).events
    assert [(e.status, sorted(e.participants)) for e in events] == [("planned", PAIR)]
