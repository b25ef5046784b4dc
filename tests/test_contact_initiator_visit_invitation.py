"""An invitation to come on a visit, told after the visit in the call's story ("si è parlato
di una visita in Iran del presidente francese, su invito del presidente Rohani", "a visit to
Iran by the French president, at the invitation of President Rouhani"), names the visit's
host, not who placed the call: the initiator cue looked for the visit's word only after
the invitation (found on a real Tgcom24 item: a Macron-Rohani call credited to Rohani).
Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

TEXTS = [
    ("it", "Il presidente francese Emmanuel Macron ha avuto oggi un colloquio telefonico con "
           "l'omologo iraniano Hassan Rohani. Nella telefonata si è parlato anche di una visita a "
           "Teheran del presidente francese, su invito del presidente Rohani."),
    ("en", "French President Emmanuel Macron had a phone call today with his Iranian "
           "counterpart Hassan Rouhani. They also discussed a visit to Tehran by the French "
           "president, at the invitation of President Rouhani."),
    ("ru", "Президент Франции Эммануэль Макрон провёл сегодня телефонный разговор с "
           "президентом Ирана Хасаном Роухани. Обсуждался также визит французского президента "
           "в Тегеран по приглашению Роухани в следующем году."),
    ("zh", "法国总统马克龙今天同伊朗总统鲁哈尼通电话。"
           "双方还讨论了法国总统明年应鲁哈尼邀请访问德黑兰事宜。"),
]


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_the_visit_host_did_not_place_the_call(lang: str, text: str) -> None:
    events = analyze_texts((text, "2017-07-15"), lang=lang).events
    call = events[0]
    assert call.type == "phone_call"
    assert set(call.participants) == {"emmanuel-macron", "hassan-rouhani"}
    assert call.initiated_by is None


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Su invito del presidente Rohani, Emmanuel Macron ha avuto oggi un colloquio "
           "telefonico con l'omologo iraniano Hassan Rohani."),
    ("en", "At the invitation of President Rouhani, Emmanuel Macron had a phone call today "
           "with his Iranian counterpart Hassan Rouhani."),
])
def test_an_invitation_to_the_call_still_names_its_initiator(lang: str, text: str) -> None:
    events = analyze_texts((text, "2017-07-15"), lang=lang).events
    assert events and events[0].initiated_by == "hassan-rouhani"
