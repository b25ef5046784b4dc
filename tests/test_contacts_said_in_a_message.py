"""Words said in a message to another leader make a message the speaker sent: "lo ha
dichiarato Xi in un messaggio al presidente Mattarella", "Xi said in a message to President
Mattarella", "заявил Си Цзиньпин в послании президенту Италии", "习近平在致马塔雷拉的信中表示"
(found on a real Agenzia Nova item, whose message from Xi to Mattarella had no sender; in
Russian and Chinese the message was not read at all)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

XI_MATTARELLA = {"xi-jinping", "sergio-mattarella"}
TEXTS = {
    "it": "Il popolo cinese è vicino all'Italia in questo momento difficile. Lo ha dichiarato il "
          "presidente cinese Xi Jinping in un messaggio al presidente della Repubblica italiana, "
          "Sergio Mattarella.",
    "en": "The Chinese people stand by Italy in this difficult moment, Chinese President Xi "
          "Jinping said in a message to Italian President Sergio Mattarella.",
    "ru": "Китайский народ поддерживает Италию в этот трудный момент, заявил председатель КНР Си "
          "Цзиньпин в послании президенту Италии Серджо Маттарелле.",
    "zh": "国家主席习近平在致意大利总统马塔雷拉的信中表示，"
          "中国人民在这一困难时刻同意大利站在一起。",
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_the_speaker_sent_the_message(lang: str) -> None:
    analysis = analyze_texts((TEXTS[lang], "2020-03-11"), lang=lang)
    found = [(e.type, e.status, e.initiated_by) for e in analysis.events
             if set(e.participants) == XI_MATTARELLA]
    assert found == [("message", "held", "xi-jinping")], [e.to_json() for e in analysis.events]


def test_an_address_to_parliament_is_no_message() -> None:
    text = "Об этом Владимир Путин заявил в послании Федеральному Собранию."
    assert analyze_texts((text, "2024-02-29"), lang="ru").events == []
