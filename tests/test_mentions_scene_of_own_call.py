"""A contact's bare word in an opening clause of the same time that names nobody ("During the
call, the prime minister conveyed his respect and best wishes to King Salman and Crown Prince
Mohammed bin Salman") points at the reported contact: the two people greeted after it are no
pair of a call of their own (found on a real Dunya News item, held-out 18, h18en-005: a call
between the King and the Crown Prince came out as a mentioned contact). Texts written for
these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

GREETED_IN_THE_CALL = [
    ("en", "Prime Minister Shehbaz Sharif on Wednesday held a telephone conversation with Saudi "
           "Crown Prince Mohammed bin Salman. During the call, the prime minister conveyed his "
           "respect and best wishes to King Salman bin Abdulaziz Al Saud and Crown Prince "
           "Mohammed bin Salman."),
    ("it", "Il premier pakistano Shehbaz Sharif ha avuto mercoledì una conversazione telefonica "
           "con il principe ereditario saudita Mohammed bin Salman. Durante la telefonata, il "
           "premier ha trasmesso i suoi auguri al re Salman bin Abdulaziz e al principe "
           "ereditario Mohammed bin Salman."),
    ("ru", "Премьер-министр Пакистана Шахбаз Шариф в среду провёл телефонный разговор с "
           "наследным принцем Саудовской Аравии Мухаммедом бен Сальманом. В ходе разговора, "
           "премьер передал наилучшие пожелания королю Сальману бен Абдель Азизу и наследному "
           "принцу Мухаммеду бен Сальману."),
    ("zh", "巴基斯坦总理夏巴兹·谢里夫周三同沙特王储穆罕默德·本·萨勒曼通电话。在通话期间，"
           "夏巴兹向萨勒曼国王和王储穆罕默德·本·萨勒曼转达了问候。"),
]


@pytest.mark.parametrize(("lang", "text"), GREETED_IN_THE_CALL)
def test_those_greeted_during_the_call_had_no_call_of_their_own(lang: str, text: str) -> None:
    events = analyze_texts((text, "2025-12-31"), lang=lang).events
    pairs = [set(e.participants) for e in events]
    assert {"shehbaz-sharif", "mohammed-bin-salman"} in pairs, pairs
    assert {"king-salman", "mohammed-bin-salman"} not in pairs, pairs


def test_a_call_the_opening_clause_names_with_someone_else_stays_mentioned() -> None:
    text = ("President Vladimir Putin held a phone call with President Emmanuel Macron on "
            "Friday. During his call with President Recep Tayyip Erdogan on Monday, Putin had "
            "discussed the grain deal.")
    events = analyze_texts((text, "2022-07-22"), lang="en").events
    pairs = [set(e.participants) for e in events]
    assert {"vladimir-putin", "recep-tayyip-erdogan"} in pairs, pairs
