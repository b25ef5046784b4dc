"""A contact asked for and turned down is no contact ("avrebbe rifiutato la richiesta
americana di una telefonata con Biden", "rejected an American request for a phone call",
«отклонил просьбу … о телефонном разговоре», "拒绝了…通电话的请求"), nor is a try that came
to nothing ("hanno cercato di organizzare una telefonata", "tried to arrange a call") or two
leaders who "non si sono parlati" / "have not spoken". Italian and English read only "rifiutato
di" / "refused to" (found on a real LaPresse item relaying Kan: Abu Mazen turned down a call
with Biden, told as a held call). Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

REFUSED = [
    ("it", "Il presidente palestinese Mahmoud Abbas avrebbe respinto la richiesta della Casa "
           "Bianca di una telefonata con il presidente americano Joe Biden."),
    ("en", "Palestinian President Mahmoud Abbas turned down a White House request for a phone "
           "call with US President Joe Biden, an official said."),
    ("ru", "Президент Палестины Махмуд Аббас отклонил просьбу Белого дома о телефонном "
           "разговоре с президентом США Джо Байденом."),
    ("zh", "巴勒斯坦总统阿巴斯拒绝了白宫提出的与美国总统拜登通电话的请求。"),
]


@pytest.mark.parametrize(("lang", "text"), REFUSED)
def test_a_call_turned_down_is_no_contact(lang: str, text: str) -> None:
    events = analyze_texts((text, "2023-10-20"), lang=lang).events
    assert not [e for e in events if set(e.participants) == {"mahmoud-abbas", "joe-biden"}]


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Ieri i collaboratori di Biden hanno cercato di organizzare una telefonata con Mahmoud "
           "Abbas. I due leader però non si sono parlati."),
    ("en", "Yesterday Biden's aides tried to arrange a call with Mahmoud Abbas. The two leaders "
           "have not spoken, however."),
])
def test_a_try_that_came_to_nothing_is_no_contact(lang: str, text: str) -> None:
    events = analyze_texts((text, "2023-10-20"), lang=lang).events
    assert not [e for e in events if set(e.participants) == {"mahmoud-abbas", "joe-biden"}]


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Il presidente palestinese Mahmoud Abbas ha accolto la richiesta americana e ha avuto "
           "oggi una telefonata con il presidente Joe Biden."),
    ("en", "Palestinian President Mahmoud Abbas accepted the American request and had a phone "
           "call with President Joe Biden today."),
])
def test_a_request_accepted_keeps_its_call(lang: str, text: str) -> None:
    events = analyze_texts((text, "2023-10-20"), lang=lang).events
    assert events and events[0].type == "phone_call" and events[0].status == "held"
    assert set(events[0].participants) == {"mahmoud-abbas", "joe-biden"}
