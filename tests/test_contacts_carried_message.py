"""A message of a kind that visitors bring in person is no message sent: "A Zelensky i tre
leader porteranno un messaggio di solidarietà e di coesione" gave each of them a planned
message to Zelensky (found on a real Il Fatto Quotidiano item of held-out 13, the Draghi,
Macron and Scholz trip to Kyiv). A message sent stays one, and so does a leader's message an
envoy brings ("un messaggio di sostegno del presidente Xi"); Chinese "带去团结的信息" was
read as no contact already."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2022-06-16"

CARRIED = [
    ("it", "Mario Draghi, Emmanuel Macron e Olaf Scholz sono arrivati oggi a Kiev. A Zelensky i "
           "tre leader porteranno un messaggio di solidarietà e di coesione."),
    ("en", "Mario Draghi, Emmanuel Macron and Olaf Scholz arrived in Kyiv today. The three "
           "leaders will bring Zelensky a message of solidarity and unity."),
    ("ru", "Марио Драги, Эммануэль Макрон и Олаф Шольц сегодня прибыли в Киев. Три лидера "
           "привезут Зеленскому послание солидарности."),
    ("zh", "德拉吉、马克龙和朔尔茨今天抵达基辅。三位领导人将向泽连斯基带去团结的信息。"),
]


@pytest.mark.parametrize(("lang", "text"), CARRIED)
def test_a_message_brought_in_person_is_no_message(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert not [e for e in events if e.type == "message"], (lang, [e.to_json() for e in events])


SENT = [
    ("it", "Mario Draghi ha inviato oggi un messaggio di solidarietà a Volodymyr Zelensky."),
    ("en", "Mario Draghi sent Volodymyr Zelensky a message of solidarity today."),
    ("ru", "Владимир Путин сегодня направил Си Цзиньпину послание солидарности."),
]


@pytest.mark.parametrize(("lang", "text"), SENT)
def test_a_message_sent_stays_a_message(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert events and events[0].type == "message", (lang, [e.to_json() for e in events])
