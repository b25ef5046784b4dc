"""Two leaders both at a summit who "couldn't have a meeting on the margins" held none: no
meeting is mentioned for them (it/en fail on the old main, ru/zh guard the same class)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

CASES = [
    ("en", "Prime Minister Imran Khan telephoned Prime Minister Sheikh Hasina on Wednesday. The "
           "two leaders were both in New York last week for the UN General Assembly but they "
           "couldn't have a meeting on the margins of the session."),
    ("it", "Il premier Imran Khan ha telefonato mercoledì alla premier Sheikh Hasina. I due "
           "leader erano entrambi a New York la settimana scorsa per l'Assemblea generale "
           "dell'Onu, ma non sono riusciti ad avere un incontro a margine dei lavori."),
    ("ru", "Премьер-министр Имран Хан в среду позвонил премьер-министру Шейх Хасине. На прошлой "
           "неделе оба лидера были в Нью-Йорке на Генассамблее ООН, но не смогли провести "
           "встречу на полях сессии."),
    ("zh", "伊姆兰·汗总理周三同谢赫·哈西娜总理通电话。"
           "两国领导人上周都在纽约出席联合国大会，但未能在会议期间举行会晤。"),
]


@pytest.mark.parametrize(("lang", "text"), CASES, ids=[c[0] for c in CASES])
def test_a_meeting_they_could_not_have_is_none(lang: str, text: str) -> None:
    analysis = analyze_texts((text, "2019-10-03"), lang=lang)
    assert [e.type for e in analysis.events] == ["phone_call"]
