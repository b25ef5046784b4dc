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


# A long topic before the medium, no comma between, as Xinhua's English writes it ("discussed
# bilateral ties and the situation on the Korean Peninsula on the phone", "... via phone"),
# and a visit ahead named inside the topic, which is no plan of the call itself ("discussed
# Trump's visit to China later this year and the Korean Peninsula situation over phone").
# Found on three real items (a Nigerian daily relaying Xinhua, Global Times, China Military
# Online): none of the three calls came out, or it came out as planned.
LONG_TOPIC = [
    ("en", "Indian Prime Minister Narendra Modi and his Brazilian counterpart Luiz Inacio Lula "
           "da Silva on Tuesday discussed the trade figures and the situation in the Gulf region "
           "and at the border on the phone.\n\nModi said the two countries were close partners."),
    ("en", "Indian Prime Minister Narendra Modi and his Brazilian counterpart Luiz Inacio Lula "
           "da Silva on Tuesday discussed trade and the summit of the two countries next month "
           "via phone.\n\nModi said the two countries were close partners."),
    ("en", "Indian Prime Minister Narendra Modi and his Brazilian counterpart Luiz Inacio Lula "
           "da Silva on Tuesday discussed Lula's visit to India later this year and the "
           "situation in the Gulf over phone.\n\nModi said the two countries were close partners."),
    ("it", "Il primo ministro indiano Narendra Modi e il suo omologo brasiliano Luiz Inacio Lula "
           "da Silva hanno discusso martedì al telefono degli scambi commerciali, della "
           "situazione nel Golfo e della visita di Lula in India entro la fine dell'anno."),
    ("ru", "Премьер-министр Индии Нарендра Моди и президент Бразилии Луис Инасиу Лула да Силва "
           "во вторник обсудили торговлю, положение в Персидском заливе и отношения двух стран "
           "по телефону."),
    ("zh", "印度总理莫迪周二与巴西总统卢拉通电话，讨论了双边贸易、海湾局势以及卢拉年内访问印度"
           "等问题。\n\n莫迪表示两国是亲密伙伴。"),
]


@pytest.mark.parametrize(("lang", "text"), LONG_TOPIC)
def test_a_long_topic_before_the_phone_is_still_the_held_call(lang: str, text: str) -> None:
    reported = [e for e in analyze_texts((text, "2025-03-05"), lang=lang).events
                if e.reported_by]
    assert reported, (lang, [e.to_json() for e in analyze_texts((text, "2025-03-05"),
                                                                 lang=lang).events])
    call = reported[0]
    assert (call.type, call.status, call.date) == ("phone_call", "held", "2025-03-04"), \
        (lang, call.to_json())
    assert set(call.participants) == {"narendra-modi", "luiz-inacio-lula-da-silva"}


def test_a_topic_told_with_a_phone_word_far_behind_another_clause_is_no_call() -> None:
    text = ("Indian Prime Minister Narendra Modi met Brazilian President Luiz Inacio Lula da "
            "Silva in New Delhi on Tuesday. They discussed trade, and officials later briefed "
            "reporters on the phone.")
    events = analyze_texts((text, "2025-03-05"), lang="en").events
    assert [e.type for e in events if e.reported_by] == ["meeting"], \
        [e.to_json() for e in events]
