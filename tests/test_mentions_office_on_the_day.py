"""An earlier contact a sentence tells of the story's leaders by their office, naming neither
("the leaders of Japan and China last spoke by phone right after Suga took office in 2020"
below a planned Kishida-Xi call), is not theirs when one of them held no such office then:
no phantom 2020 call of Kishida and Xi (found on a real ANI/Sputnik item on Sify); one dated
within their time stays theirs. Tests en/it/ru/zh."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

LEAD = {
    "en": "Japan is arranging a phone conversation between new Prime Minister Fumio Kishida and "
          "Chinese President Xi Jinping on Friday. ",
    "it": "Il Giappone sta organizzando venerdì una conversazione telefonica tra il nuovo primo "
          "ministro Fumio Kishida e il presidente cinese Xi Jinping. ",
    "ru": "Япония готовит в пятницу телефонный разговор нового премьер-министра Фумио Кисиды и "
          "председателя КНР Си Цзиньпина. ",
    "zh": "日本正在安排新任首相岸田文雄与中国国家主席习近平周五通电话。",
}
BEFORE = {
    "en": "The last time the leaders of Japan and China held a telephone conversation was right "
          "after former Prime Minister Yoshihide Suga took office in 2020.",
    "it": "L'ultima volta che i leader di Giappone e Cina hanno avuto una conversazione "
          "telefonica è stato subito dopo l'insediamento dell'ex premier Yoshihide Suga nel 2020.",
    "ru": "В последний раз лидеры Японии и Китая провели телефонный разговор сразу после "
          "вступления в должность бывшего премьер-министра Ёсихидэ Суги в 2020 году.",
    "zh": "日中两国领导人上一次通电话是在前首相菅义伟2020年就任之后。",
}


@pytest.mark.parametrize("lang", ["en", "it", "ru", "zh"])
def test_an_office_they_did_not_hold_then_gives_no_contact_of_theirs(lang: str) -> None:
    events = analyze_texts((LEAD[lang] + BEFORE[lang], "2021-10-08")).events
    assert not any(e.date == "2020" and set(e.participants) == {"fumio-kishida", "xi-jinping"}
                   for e in events), [e.to_json() for e in events]
