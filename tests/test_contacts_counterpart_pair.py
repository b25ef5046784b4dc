"""Two subjects joined with the second named as the first's counterpart ("Putin e l'omologo
statunitense Donald Trump si sono sentiti al telefono alla vigilia dell'arrivo di Zelensky",
"Putin and his US counterpart Donald Trump spoke", «Путин и его американский коллега Трамп»)
are the contact's two, not the first with a leader named later in the sentence."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2025-10-16"
PAIR = {"vladimir-putin", "donald-trump"}

JOINED = [
    ("it", "Il presidente russo Vladimir Putin e l'omologo statunitense Donald Trump si sono "
           "sentiti oggi al telefono alla vigilia dell'arrivo alla Casa Bianca del leader ucraino "
           "Volodymyr Zelensky."),
    ("en", "Russian President Vladimir Putin and his US counterpart Donald Trump spoke by phone "
           "today on the eve of a visit to the White House by Ukrainian leader Volodymyr "
           "Zelensky."),
    ("ru", "Владимир Путин и его американский коллега Дональд Трамп сегодня провели телефонный "
           "разговор накануне приезда в Белый дом украинского лидера Владимира Зеленского."),
    ("zh", "俄罗斯总统普京和美国总统特朗普今天通电话，次日乌克兰总统泽连斯基将抵达白宫。"),
]


@pytest.mark.parametrize(("lang", "text"), JOINED)
def test_a_counterpart_joined_to_the_subject_is_the_other_party(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert [(e.type, set(e.participants)) for e in events][:1] == [("phone_call", PAIR)], \
        (lang, [e.to_json() for e in events])
