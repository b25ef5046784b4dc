"""Who sent a Russian message asked for it, however the sentence turns: the one it came from
(«получил письмо от председателя КНР», «поступило послание от», «получил от Путина письмо»,
«поздравительное письмо от российского лидера») and the one who sent it with the addressee
named first («Путин отправил Трампу поздравительное послание»; «отправил» beside «направил»).
Before, only a call received from someone («принял звонок от») and a message sent with its
addressee after it («направил телеграмму Президенту») named the initiator. Seen on real items:
FederalPress and Rossiyskaya Gazeta (Trump «получил письмо от российского лидера Владимира
Путина», «Путин действительно отправил Трампу поздравительное послание», 2016). English
reads "received a letter from" already. Texts written for these tests."""

import pytest
from test_contacts import analyze_texts

PAGE = "2024-10-10"
PAIR = ["kassym-jomart-tokayev", "shavkat-mirziyoyev"]


@pytest.mark.parametrize("text", [
    "Президент Казахстана Касым-Жомарт Токаев получил письмо от президента Узбекистана "
    "Шавката Мирзиёева.",
    "Президенту Казахстана Касым-Жомарту Токаеву поступило послание от президента Узбекистана "
    "Шавката Мирзиёева.",
    "Касым-Жомарт Токаев получил от Шавката Мирзиёева поздравительную телеграмму.",
    "Касым-Жомарт Токаев назвал тёплым поздравительное письмо от Шавката Мирзиёева.",
    "Президент Узбекистана Шавкат Мирзиёев отправил президенту Казахстана Касым-Жомарту "
    "Токаеву поздравительную телеграмму.",
])
def test_the_sender_asked_for_the_message(text: str) -> None:
    events = analyze_texts((text, PAGE), lang="ru").events
    assert [(e.type, sorted(e.participants), e.initiated_by) for e in events] == [
        ("message", PAIR, "shavkat-mirziyoyev")]


def test_a_message_sent_with_its_addressee_after_it() -> None:
    text = "Шавкат Мирзиёев направил поздравление Касым-Жомарту Токаеву."
    events = analyze_texts((text, PAGE), lang="ru").events
    assert [(e.type, e.initiated_by) for e in events] == [("message", "shavkat-mirziyoyev")]


def test_a_call_named_no_sender() -> None:
    text = "Касым-Жомарт Токаев провёл телефонный разговор с Шавкатом Мирзиёевым."
    events = analyze_texts((text, PAGE), lang="ru").events
    assert [(e.type, e.initiated_by) for e in events] == [("phone_call", None)]
