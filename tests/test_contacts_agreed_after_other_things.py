"""A contact the leaders agreed to hold, named after other things agreed in the same clause
("agreed to set up two working groups and also to hold a new call after Trump's meeting
with Zelensky", "договорились создать две рабочие группы, а также провести новый разговор
после встречи ...", "hanno concordato di creare ... e anche di tenere"), is ahead: the
meeting it waits for is a planned contact, not one more contact the account reports as held
(found on a real Absatz item about a Putin-Trump call, told by the Kremlin aide)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2025-10-16"

AGREED = [
    ("en", "The phone call between Vladimir Putin and Donald Trump lasted 1 hour 15 minutes. "
           "The sides agreed to create two working groups on security and the economy and also "
           "to hold a new call after Trump's meeting with Zelensky."),
    ("ru", "Телефонный разговор Владимира Путина и Дональда Трампа продолжался 1 час 15 минут. "
           "Стороны договорились создать две рабочие группы по безопасности и экономике, а также "
           "провести новый разговор после встречи Трампа с Зеленским."),
    ("it", "La telefonata tra Vladimir Putin e Donald Trump è durata un'ora e 15 minuti. Le parti "
           "hanno concordato di creare due gruppi di lavoro su sicurezza ed economia e anche di "
           "tenere una nuova telefonata dopo l'incontro di Trump con Zelensky."),
]


@pytest.mark.parametrize(("lang", "text"), AGREED)
def test_the_meeting_awaited_is_planned_not_held(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    held = [e for e in events if e.status == "held"]
    assert [(e.type, set(e.participants)) for e in held] == [
        ("phone_call", {"vladimir-putin", "donald-trump"})], [e.to_json() for e in events]
    assert held[0].duration_minutes == 75
    planned = [e for e in events if e.type == "meeting"]
    assert [(e.status, set(e.participants)) for e in planned] == [
        ("planned", {"donald-trump", "volodymyr-zelenskyy"})], [e.to_json() for e in events]


def test_chinese_agreement_adds_no_held_contact() -> None:
    text = ("普京与特朗普的通话持续了1小时15分钟。双方同意成立两个工作组，"
            "并在特朗普与泽连斯基会晤后再次通话。")
    held = [e for e in analyze_texts((text, PAGE), lang="zh").events if e.status == "held"]
    assert [e.type for e in held] == ["phone_call"], [e.to_json() for e in held]
