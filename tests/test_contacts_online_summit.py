"""A summit or meeting said to be held online is a video call, whatever word names it: "il
summit virtuale tra i presidenti", "il confronto online, via Zoom", "the online summit
between", "саммит в режиме онлайн", "举行线上会晤" (found on a real Tgcom24 item, whose
three-hour "summit virtuale" between Biden and Xi came out as no contact at all)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

BIDEN_XI = {"joe-biden", "xi-jinping"}
TEXTS = {
    "it": "Si è concluso dopo circa due ore il summit virtuale tra i presidenti americano e "
          "cinese, Joe Biden e Xi Jinping. I due leader hanno parlato di commercio e clima.",
    "en": "The online summit between US President Joe Biden and Chinese President Xi Jinping "
          "ended after about two hours. The two leaders discussed trade and climate.",
    "ru": "Президент США Джо Байден и председатель КНР Си Цзиньпин провели саммит в режиме "
          "онлайн, который продолжался около двух часов. Лидеры обсудили торговлю и климат.",
    "zh": "国家主席习近平同美国总统拜登举行线上会晤，会晤持续约两个小时。"
          "双方讨论了贸易和气候问题。",
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_a_summit_held_online_is_a_video_call(lang: str) -> None:
    analysis = analyze_texts((TEXTS[lang], "2021-11-16"), lang=lang)
    found = [(e.type, e.status, e.duration_minutes) for e in analysis.events
             if set(e.participants) == BIDEN_XI]
    assert found == [("video_call", "held", 120)], [e.to_json() for e in analysis.events]


def test_a_summit_in_person_stays_a_meeting() -> None:
    text = ("Si è concluso dopo circa due ore il vertice tra i presidenti americano e cinese, "
            "Joe Biden e Xi Jinping, nella tenuta di Filoli.")
    found = [e.type for e in analyze_texts((text, "2023-11-15"), lang="it").events
             if set(e.participants) == BIDEN_XI]
    assert found == ["meeting"], found
