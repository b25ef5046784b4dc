"""A leader who tells he talked with another, in the first person or in the infinitive ("Ho
appena parlato con la premier", "ha fatto sapere di aver parlato con", "ci siamo sentiti
stamattina con", "si sono telefonati"), tells a call, as "ha parlato con" and "ha sentito"
already did: the medium unsaid is most often the phone. Found on real items (Tgcom24 and
askanews: Sánchez's post on his talk with Meloni came out as a meeting, from the summit she
missed; Adnkronos via Notizie.it: Letta's 'ci siamo appena chiamati con Giuseppe', still
missed there, as the first name and the credit 'Così Enrico Letta in un tweet' name no
one). Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2023-12-09"

TALKED = [
    ("it", "«Ho appena parlato con la presidente del Consiglio italiana, Giorgia Meloni», ha "
           "scritto su X il premier spagnolo Pedro Sanchez.", {"pedro-sanchez", "giorgia-meloni"}),
    ("it", "Il premier spagnolo Pedro Sanchez ha fatto sapere di aver parlato con la premier "
           "Giorgia Meloni. «Non potrà essere con noi al vertice di Alicante», ha scritto.",
     {"pedro-sanchez", "giorgia-meloni"}),
    ("it", "«Ci siamo sentiti stamattina con Emmanuel Macron», ha detto la premier Giorgia "
           "Meloni.", {"giorgia-meloni", "emmanuel-macron"}),
    ("it", "Il presidente Sergio Mattarella e il presidente Frank-Walter Steinmeier si sono "
           "telefonati ieri sera.", {"sergio-mattarella", "frank-walter-steinmeier"}),
    ("en", "“I have just spoken with Italian Prime Minister Giorgia Meloni,” Spanish Prime "
           "Minister Pedro Sanchez wrote on X.", {"pedro-sanchez", "giorgia-meloni"}),
    ("ru", "«Я только что поговорил с премьер-министром Италии Джорджей Мелони», — написал "
           "премьер-министр Испании Педро Санчес.", {"pedro-sanchez", "giorgia-meloni"}),
    ("zh", "西班牙首相桑切斯写道：“我刚刚与意大利总理梅洛尼通了电话。”",
     {"pedro-sanchez", "giorgia-meloni"}),
]


@pytest.mark.parametrize(("lang", "text", "parties"), TALKED)
def test_a_leader_who_talked_with_another_tells_a_call(lang: str, text: str,
                                                        parties: set[str]) -> None:
    events = [e for e in analyze_texts((text, PAGE), lang=lang).events if e.reported_by]
    assert events and set(events[0].participants) == parties, [e.to_json() for e in events]
    assert (events[0].type, events[0].status) == ("phone_call", "held"), events[0].to_json()


@pytest.mark.parametrize("text", [
    "Il premier parla con i giornalisti a margine del vertice.",
    "Il documento parla con chiarezza della guerra in Ucraina.",
])
def test_talking_with_no_leader_is_no_contact(text: str) -> None:
    assert not [e for e in analyze_texts((text, PAGE), lang="it").events if e.reported_by]
