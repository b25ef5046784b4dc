"""An English meeting told as "met the <title>, <name>" ("met the Spanish Prime Minister,
Pedro Sanchez", "met the President of the Senate, ...") is a meeting: the article before the
title hid it, where "met Pedro Sanchez" and "met with the ..." were read (found writing the
roster test for a real Quirinale item). "met the target" stays no contact. Italian and
Russian, which put no article there, are guards."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2019-04-20"
PAIR = {"sergio-mattarella", "pedro-sanchez"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Italian President Sergio Mattarella met the Spanish Prime Minister, Pedro Sanchez, "
           "in Rome today."),
    ("en", "Sergio Mattarella met the Prime Minister of Spain, Pedro Sanchez, at the Quirinale "
           "on Saturday."),
    ("en", "Sergio Mattarella today met the new Spanish Prime Minister Pedro Sanchez."),
    ("it", "Il presidente Sergio Mattarella ha incontrato oggi a Roma il primo ministro "
           "spagnolo Pedro Sanchez."),
    ("ru", "Президент Италии Серджо Маттарелла встретился сегодня в Риме с премьер-министром "
           "Испании Педро Санчесом."),
])
def test_met_the_title_is_a_meeting(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert events and events[0].type == "meeting", [e.to_json() for e in events]
    assert set(events[0].participants) == PAIR


def test_met_the_target_is_no_contact() -> None:
    text = "Italy met the target agreed by Sergio Mattarella and Pedro Sanchez last year."
    assert not analyze_texts((text, PAGE), lang="en").events
