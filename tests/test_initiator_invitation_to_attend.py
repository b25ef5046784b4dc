"""An invitation to take part in an event names the event's host, not who asked for the call:
"il Forum ..., a cui Tebboune ha accettato di prendere parte, su invito del presidente
italiano" made Mattarella the caller of his call with Tebboune (found on a real Menanews/Nova
item of held-out 13). An invitation to the call itself still tells who asked."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2023-03-28"
PAIR = {"abdelmadjid-tebboune", "sergio-mattarella"}

TO_ATTEND = [
    ("it", "Il presidente algerino Abdelmadjid Tebboune ha avuto oggi un colloquio telefonico con "
           "il presidente Sergio Mattarella. Le parti hanno discusso del Forum per il dialogo nel "
           "Mediterraneo, a cui Tebboune ha accettato di prendere parte, su invito del presidente "
           "italiano."),
    ("en", "Algerian President Abdelmadjid Tebboune held a phone call with President Sergio "
           "Mattarella today. They discussed the Mediterranean Dialogues forum, which Tebboune "
           "agreed to attend at the invitation of the Italian president."),
    ("ru", "Президент Алжира Абдельмаджид Теббун сегодня провел телефонный разговор с президентом "
           "Италии Серджо Маттареллой. Стороны обсудили средиземноморский форум, в котором Теббун "
           "согласился принять участие по приглашению итальянского президента."),
    ("zh", "阿尔及利亚总统特本今天同意大利总统马塔雷拉通电话。双方讨论了地中海对话论坛，"
           "特本应意大利总统邀请同意出席该论坛。"),
]


def _call(text: str, lang: str):
    events = analyze_texts((text, PAGE), lang=lang).events
    assert events and set(events[0].participants) == PAIR, (lang, [e.to_json() for e in events])
    return events[0]


@pytest.mark.parametrize(("lang", "text"), TO_ATTEND)
def test_an_invitation_to_attend_an_event_is_not_the_calls(lang: str, text: str) -> None:
    assert _call(text, lang).initiated_by is None, lang


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Su invito del presidente Sergio Mattarella, il presidente algerino Abdelmadjid "
           "Tebboune ha avuto oggi un colloquio telefonico con lui."),
    ("en", "At the invitation of President Sergio Mattarella, Algerian President Abdelmadjid "
           "Tebboune held a phone call with him today."),
])
def test_an_invitation_to_the_call_still_tells_who_asked(lang: str, text: str) -> None:
    assert _call(text, lang).initiated_by == "sergio-mattarella", lang
