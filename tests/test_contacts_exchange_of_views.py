"""A contact told only as an exchange of views, its medium unsaid, is a contact of type other:
"将应约于3月18日晚同美国总统拜登就中美关系交换意见", "will exchange views with US President Joe
Biden on the evening of March 18", "вечером 18 марта обменяется мнениями с Джо Байденом",
"avrà uno scambio di opinioni con Joe Biden la sera del 18 marzo"; where a medium is named,
the medium is the type."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

XI_BIDEN = {"xi-jinping", "joe-biden"}
TEXTS = {
    "zh": "外交部发言人宣布:国家主席习近平将应约于北京时间3月18日晚同美国总统拜登就中美关系和双方"
          "共同关心的问题交换意见。",
    "en": "China's foreign ministry spokeswoman announced that President Xi Jinping will exchange "
          "views with US President Joe Biden on the evening of March 18.",
    "ru": "Официальный представитель МИД КНР объявила, что председатель КНР Си Цзиньпин вечером "
          "18 марта обменяется мнениями с президентом США Джо Байденом.",
    "it": "La portavoce del ministero degli Esteri cinese ha annunciato che il presidente Xi "
          "Jinping avrà uno scambio di opinioni con il presidente americano Joe Biden la sera del "
          "18 marzo.",
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_an_exchange_of_views_is_a_contact(lang: str) -> None:
    analysis = analyze_texts((TEXTS[lang], "2022-03-17"), lang=lang)
    found = [(e.type, e.status, e.date, e.part_of_day) for e in analysis.events
             if set(e.participants) == XI_BIDEN]
    assert found == [("other", "planned", "2022-03-18", "evening")], \
        [e.to_json() for e in analysis.events]


def test_a_named_medium_wins() -> None:
    text = "1月17日晚,国家主席习近平应约同美国当选总统特朗普通电话,两国元首就双边关系交换意见。"
    found = [e.type for e in analyze_texts((text, "2025-01-18"), lang="zh").events]
    assert found == ["phone_call"], found
