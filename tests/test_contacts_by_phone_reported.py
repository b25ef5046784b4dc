"""A call told as "sentito per telefono" ("ha riferito di aver sentito per telefono Meloni",
"hanno parlato per telefono") is a phone call, found on a real Domani item; the same told
in Russian and Chinese already was."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAIR = {"luiz-inacio-lula-da-silva", "giorgia-meloni"}

BY_PHONE = [
    ("it", "Il presidente del Brasile Lula ha riferito ai cronisti di aver sentito per "
           "telefono Giorgia Meloni, che gli ha promesso la firma dell'accordo."),
    ("it", "Lula e Giorgia Meloni hanno parlato per telefono dell'accordo con il Mercosur."),
    ("ru", "Президент Бразилии Лула сообщил журналистам, что поговорил по телефону с "
           "Джорджей Мелони."),
    ("zh", "巴西总统卢拉对记者说，他与意大利总理梅洛尼通了电话。"),
]


@pytest.mark.parametrize(("lang", "text"), BY_PHONE)
def test_heard_by_phone_is_a_phone_call(lang: str, text: str) -> None:
    events = [e for e in analyze_texts((text, "2025-12-17"), lang=lang).events if e.reported_by]
    assert [(e.type, set(e.participants)) for e in events] == [("phone_call", PAIR)], (
        lang, [e.to_json() for e in events])


# The afternoon the leader told it, his role between the time and the speech verb: the
# telling's, not the call's (the time words reach the verb past a title)
TOLD_IN_THE_AFTERNOON = [
    ("it", "Nel pomeriggio il presidente del Brasile Lula ha riferito ai cronisti di aver "
           "sentito per telefono Giorgia Meloni."),
    ("ru", "Во второй половине дня президент Бразилии Лула да Силва сообщил журналистам, что "
           "поговорил по телефону с Джорджей Мелони."),
    ("zh", "巴西总统卢拉下午对记者说，他与意大利总理梅洛尼通了电话。"),
]


@pytest.mark.parametrize(("lang", "text"), TOLD_IN_THE_AFTERNOON)
def test_the_time_a_leader_told_of_a_call_is_not_the_calls(lang: str, text: str) -> None:
    events = [e for e in analyze_texts((text, "2025-12-17"), lang=lang).events if e.reported_by]
    assert [(e.type, e.part_of_day) for e in events] == [("phone_call", None)], (
        lang, [e.to_json() for e in events])
