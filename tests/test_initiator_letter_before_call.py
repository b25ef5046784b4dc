"""A letter one leader sent before a call does not make him the caller: "The call came after
Erdogan expressed regret in a letter to Putin" tells who wrote the letter, not who placed the
call (found on a real PressTV item of a Putin-Erdogan call, whose initiator became the
letter's sender once words said in a message named their sender)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAIR = {"vladimir-putin", "recep-tayyip-erdogan"}
TEXTS = {
    "en": "Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan held a "
          "telephone conversation on Wednesday. The call was arranged after Erdogan expressed "
          "regret in a letter to Putin on Monday over the downing of a Russian jet.",
    "it": "Il presidente russo Vladimir Putin e il presidente turco Recep Tayyip Erdogan hanno "
          "avuto mercoledì una conversazione telefonica. La telefonata è stata organizzata dopo "
          "che Erdogan aveva espresso rammarico in una lettera a Putin lunedì.",
    "ru": "Президент России Владимир Путин и президент Турции Реджеп Тайип Эрдоган в среду "
          "провели телефонный разговор. Разговор состоялся после того, как Эрдоган выразил "
          "сожаление в послании Путину в понедельник.",
    "zh": "俄罗斯总统普京29日同土耳其总统埃尔多安通电话。此前，埃尔多安27日在致普京的信中"
          "对战机事件表示遗憾。",
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_the_letter_writer_did_not_place_the_call(lang: str) -> None:
    analysis = analyze_texts((TEXTS[lang], "2016-06-29"), lang=lang)
    calls = [e for e in analysis.events
             if e.type == "phone_call" and set(e.participants) == PAIR]
    assert [(e.status, e.initiated_by) for e in calls] == [("held", None)], \
        [e.to_json() for e in analysis.events]
    letters = [e for e in analysis.events if e.type == "message"]
    assert [set(e.participants) for e in letters] == [PAIR]  # the letter is still told


def test_a_word_for_a_call_or_a_message_still_names_the_caller() -> None:
    text = ("俄罗斯总统普京17日致电祝贺印度总理莫迪生日。两国领导人讨论了乌克兰问题以及普京12月"
            "访问印度的准备工作。")
    analysis = analyze_texts((text, "2025-09-18"), lang="zh")
    calls = [e for e in analysis.events if set(e.participants) == {"vladimir-putin",
                                                                   "narendra-modi"}]
    assert [e.initiated_by for e in calls][:1] == ["vladimir-putin"], \
        [e.to_json() for e in analysis.events]
