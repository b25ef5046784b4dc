"""A call received from someone is a phone call in every language: "ha ricevuto una chiamata
dal presidente", "received a call from", "получил звонок от", "接到……的电话". Italian read
"una chiamata dal" as no call word, and "ricevuto" made it a meeting (Politicanews on a
Biden-Sánchez call). The one who placed it is its initiator. Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, only_event

BIDEN, SANCHEZ = "joe-biden", "pedro-sanchez"

RECEIVED = [
    ("it", "Il primo ministro spagnolo Pedro Sánchez ha ricevuto una chiamata dal presidente "
           "degli Stati Uniti Joe Biden, che si è congratulato per il nuovo mandato."),
    ("en", "Spanish Prime Minister Pedro Sánchez received a call from US President Joe Biden, "
           "who congratulated him on his new term."),
    ("ru", "Премьер-министр Испании Педро Санчес получил звонок от президента США Джо "
           "Байдена, который поздравил его с новым сроком."),
    ("zh", "西班牙首相桑切斯接到美国总统拜登的电话，拜登祝贺他开启新的任期。"),
]


@pytest.mark.parametrize(("lang", "text"), RECEIVED)
def test_a_call_received_from_someone_is_his_phone_call(lang: str, text: str) -> None:
    event = only_event(analyze_texts((text, "2023-12-20"), lang=lang))
    assert (event.type, set(event.participants), event.initiated_by) == \
        ("phone_call", {BIDEN, SANCHEZ}, BIDEN)


def test_a_call_to_arms_stays_no_contact() -> None:
    text = ("Il presidente Joe Biden ha incontrato il premier Pedro Sánchez a Washington. "
            "Nel discorso è risuonata la chiamata alle armi dei sindacati.")
    event = only_event(analyze_texts((text, "2023-12-20"), lang="it"))
    assert event.type == "meeting"
