"""Who was not called is no object of a calling verb ("Biden ha chiamato Sunak, Scholz e
Macron ma non la nostra premier", "called Sunak and Macron but not Meloni", "позвонил Макрону,
но не Эрдогану"): a principal left out of someone's calls did not receive this contact from
him; found on a real Repubblica item whose call got the opposition's complaint as its
initiator."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2023-06-26"

NOT_CALLED = [
    ("it", "Il presidente Joe Biden e la premier Giorgia Meloni hanno avuto ieri sera una "
           "conversazione telefonica. «Biden ha chiamato Sunak, Scholz e Macron ma non la nostra "
           "premier», aveva detto un deputato dell'opposizione."),
    ("en", "President Joe Biden and Prime Minister Giorgia Meloni spoke by phone on Sunday "
           "evening. On Saturday Biden had called Sunak and Macron but not Meloni, the "
           "opposition complained."),
    ("ru", "Владимир Путин и Реджеп Тайип Эрдоган провели телефонный разговор. В субботу "
           "Путин позвонил Макрону и Шольцу, но не Эрдогану, отмечали турецкие СМИ."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_CALLED)
def test_a_leader_left_out_of_calls_names_no_initiator(lang: str, text: str) -> None:
    events = [e for e in analyze_texts((text, PAGE), lang=lang).events if e.reported_by]
    assert events and events[0].initiated_by is None, (lang, [e.to_json() for e in events])


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Joe Biden ha telefonato a Giorgia Meloni, ma non ai leader dell'opposizione."),
    ("en", "Joe Biden called Giorgia Meloni, but not the opposition leaders."),
    ("ru", "Владимир Путин позвонил Реджепу Тайипу Эрдогану, но не его соперникам."),
    ("zh", "习近平致电普京，而没有致电其他领导人。"),
])
def test_the_one_called_before_the_negation_still_counts(lang: str, text: str) -> None:
    events = [e for e in analyze_texts((text, PAGE), lang=lang).events if e.reported_by]
    assert events and events[0].initiated_by in ("joe-biden", "vladimir-putin", "xi-jinping"), (
        lang, [e.to_json() for e in events])
