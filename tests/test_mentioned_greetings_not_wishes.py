"""Greetings given at the end of a call ("in chiusura di colloquio Meloni ha rivolto al
Presidente i migliori auguri per il nuovo anno", "wished him a happy new year", "поздравил с
Новым годом", "祝……新年快乐") wish for no contact: the call told again is no planned meeting
(found on a real il Giornale item about a New Year's call from the Prime Minister to the
President). A wish for a meeting ("si sono augurati di incontrarsi presto") stays planned."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2024-01-01"

GREETINGS = [
    ("it", "Questa mattina c'è stato un colloquio telefonico tra il presidente del Consiglio "
           "Giorgia Meloni e il presidente della Repubblica Sergio Mattarella. Meloni ha "
           "apprezzato il discorso di fine anno. Infine, in chiusura di colloquio, Meloni ha "
           "rivolto al Presidente e ai suoi cari i migliori auguri per il nuovo anno."),
    ("it", "Il presidente del Consiglio Giorgia Meloni ha sentito oggi al telefono il "
           "presidente francese Emmanuel Macron. Al termine del colloquio Meloni ha espresso a "
           "Macron gli auguri di buon lavoro."),
    ("en", "President Joe Biden spoke by phone this morning with Chancellor Olaf Scholz of "
           "Germany. At the end of the conversation, Biden wished Scholz and his family a "
           "happy new year."),
    ("ru", "Владимир Путин провёл телефонный разговор с Президентом Казахстана Касым-Жомартом "
           "Токаевым. В завершение беседы Путин пожелал Токаеву и всем казахстанцам счастья "
           "в Новом году."),
    ("zh", "1月1日上午，国家主席习近平同法国总统马克龙通电话。通话结束时，习近平祝马克龙和法国"
           "人民新年快乐。"),
]


@pytest.mark.parametrize(("lang", "text"), GREETINGS)
def test_greetings_at_the_end_of_a_call_are_no_contact(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert [e.type for e in events] == ["phone_call"], [e.to_json() for e in events]
    assert events[0].reported_by


def test_a_wish_to_meet_stays_a_planned_meeting() -> None:
    text = ("Il presidente del Consiglio Giorgia Meloni ha sentito oggi al telefono il "
            "presidente francese Emmanuel Macron. I due leader si sono augurati di incontrarsi "
            "presto a Roma.")
    planned = [e for e in analyze_texts((text, PAGE), lang="it").events if e.status == "planned"]
    assert [e.type for e in planned] == ["meeting"], [e.to_json() for e in planned]
    assert set(planned[0].participants) == {"giorgia-meloni", "emmanuel-macron"}
