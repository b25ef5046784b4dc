"""Words said at a time in the contact itself date the contact to that time: "ha affermato
lunedì sera Xi in una conversazione telefonica con Conte", "Xi said on Monday evening in a
phone conversation with Conte" is an evening call, unlike "the Kremlin said last night that
the two had a call" (found on a real Sputnik Italia item, where the evening of Xi's call with
Conte was lost)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

XI_CONTE = {"xi-jinping", "giuseppe-conte"}
TEXTS = {
    "it": "La Cina invierà più personale medico in Italia, ha affermato lunedì sera il "
          "presidente cinese Xi Jinping in una conversazione telefonica con il premier Giuseppe "
          "Conte.",
    "en": "China will send more medical staff to Italy, Chinese President Xi Jinping said on "
          "Monday evening in a phone conversation with Italian Prime Minister Giuseppe Conte.",
    "ru": "Китай направит в Италию больше медиков, заявил вечером в понедельник председатель КНР "
          "Си Цзиньпин в телефонном разговоре с премьер-министром Италии Джузеппе Конте.",
    "zh": "3月16日晚，国家主席习近平在同意大利总理孔特通电话时表示，中方将向意大利派出更多医疗队。",
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_the_time_words_were_said_in_the_call_is_its_own(lang: str) -> None:
    analysis = analyze_texts((TEXTS[lang], "2020-03-17"), lang=lang)
    found = [(e.type, e.date, e.part_of_day) for e in analysis.events
             if set(e.participants) == XI_CONTE]
    assert found == [("phone_call", "2020-03-16", "evening")], \
        [e.to_json() for e in analysis.events]


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Il Cremlino ha detto ieri sera che Putin e Xi hanno avuto una telefonata."),
    ("en", "The Kremlin said on Monday evening that Putin and Xi had a phone call."),
])
def test_a_time_the_news_was_told_is_not_the_calls(lang: str, text: str) -> None:
    found = [e.part_of_day for e in analyze_texts((text, "2020-03-17"), lang=lang).events]
    assert found == [None], found
