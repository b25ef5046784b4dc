"""A lead telling a third person of a contact: the story's contact is the telling, between the
teller and the one told, its medium unsaid (type other), dated apart from the contact told of
("Лукашенко сообщил Путину о телефонном разговоре с Трампом, который состоялся 15 августа",
"Lukashenko told Putin about his phone call with Trump", "ha informato Putin della telefonata
con Trump", "卢卡申科向普京通报了同特朗普通电话的情况"). A lead naming its own medium first ("В
ходе телефонного разговора … проинформировал") keeps it."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

TEXTS = {
    "ru": "Президент Белоруссии Александр Лукашенко сообщил Владимиру Путину о телефонном "
          "разговоре с Дональдом Трампом, который состоялся 15 августа. Об этом сообщает "
          "пресс-служба Кремля.",
    "en": "Belarusian President Alexander Lukashenko told Vladimir Putin about his phone call "
          "with Donald Trump, which took place on August 15, the Kremlin said.",
    "it": "Il presidente bielorusso Alexander Lukashenko ha informato Vladimir Putin della "
          "telefonata con Donald Trump avvenuta il 15 agosto, riferisce il Cremlino.",
    "zh": "白俄罗斯总统卢卡申科向俄罗斯总统普京通报了8月15日同美国总统特朗普通电话的情况。",
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_the_telling_is_the_story_s_contact(lang: str) -> None:
    analysis = analyze_texts((TEXTS[lang], "2025-08-18"), lang=lang)
    reported = [(e.type, set(e.participants), e.date) for e in analysis.events if e.reported_by]
    assert reported == [("other", {"alexander-lukashenko", "vladimir-putin"}, "2025-08-18")], \
        [e.to_json() for e in analysis.events]


def test_a_lead_naming_its_medium_first_keeps_it() -> None:
    text = ("В ходе телефонного разговора Президент Белоруссии Александр Лукашенко "
            "проинформировал Владимира Путина о встрече с Дональдом Трампом.")
    analysis = analyze_texts((text, "2025-08-18"), lang="ru")
    reported = [e.type for e in analysis.events if e.reported_by]
    assert reported == ["phone_call"], [e.to_json() for e in analysis.events]
