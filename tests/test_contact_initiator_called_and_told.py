"""The one who "called and informed" the other placed the call ("Zelenskyy called and
informed the chancellor about the plant", "ha chiamato e informato", "позвонил и
проинформировал", "致电并通报"): he is its initiator (found on a real Sputnik item quoting a
German government spokesman); tests en/it/ru/zh."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, only_event

CASES = [
    "German Chancellor Olaf Scholz had a phone conversation with Ukrainian President Volodymyr "
    "Zelenskyy last night. Zelenskyy called and informed the chancellor about the situation "
    "around the nuclear plant.",
    "Il cancelliere tedesco Olaf Scholz ha avuto ieri sera una conversazione telefonica con il "
    "presidente ucraino Volodymyr Zelensky. Zelensky ha chiamato e informato il cancelliere "
    "sugli sviluppi intorno alla centrale nucleare.",
    "Канцлер Германии Олаф Шольц провел вчера вечером телефонный разговор с президентом Украины "
    "Владимиром Зеленским. Зеленский позвонил и проинформировал канцлера о ситуации вокруг АЭС.",
    "德国总理朔尔茨昨晚同乌克兰总统泽连斯基通电话。泽连斯基致电并向总理通报了核电站周边局势。",
]


@pytest.mark.parametrize("text", CASES)
def test_the_one_who_called_and_informed_initiated(text: str) -> None:
    event = only_event(analyze_texts((text, "2022-03-04")))
    assert event.initiated_by == "volodymyr-zelenskyy"
