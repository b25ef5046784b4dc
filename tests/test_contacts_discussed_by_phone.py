"""A call told by what the leaders discussed, its medium after the topic ("discussed the latest
development in the Ukraine crisis over the phone on Thursday", a headline's "discuss Ukraine
crisis over phone", "在电话中讨论了…"), is a phone call of the day, not the talks a later
sentence thanks one of them for hosting (found on a real Xinhua item, heldout8 h8en-024, whose
call came out as Tuesday's Istanbul talks)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2022-03-31"

DISCUSSED = [
    ("en", "Turkish President Recep Tayyip Erdogan and his Ukrainian counterpart Volodymyr "
           "Zelensky discussed the latest development in the Ukraine crisis over the phone on "
           "Thursday.\n\nZelensky thanked Erdogan for hosting the talks in Istanbul."),
    ("it", "Il presidente turco Recep Tayyip Erdogan e il suo omologo ucraino Volodymyr Zelensky "
           "hanno discusso giovedì al telefono gli ultimi sviluppi della crisi ucraina.\n\n"
           "Zelensky ha ringraziato Erdogan per aver ospitato i negoziati a Istanbul."),
    ("ru", "Президент Турции Реджеп Тайип Эрдоган и его украинский коллега Владимир Зеленский в "
           "четверг обсудили по телефону последние события вокруг Украины."),
    ("zh", "土耳其总统埃尔多安周四与乌克兰总统泽连斯基在电话中讨论了乌克兰危机的最新进展。\n\n"
           "泽连斯基感谢埃尔多安在伊斯坦布尔主办谈判。"),
]


@pytest.mark.parametrize(("lang", "text"), DISCUSSED)
def test_a_call_told_by_its_topic_is_a_phone_call(lang: str, text: str) -> None:
    reported = [e for e in analyze_texts((text, PAGE), lang=lang).events if e.reported_by]
    assert reported and reported[0].type == "phone_call", (lang, [e.to_json() for e in reported])
    assert reported[0].date == PAGE
    assert set(reported[0].participants) == {"recep-tayyip-erdogan", "volodymyr-zelenskyy"}
