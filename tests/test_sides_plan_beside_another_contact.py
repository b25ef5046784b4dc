"""The sides of a call agree to speak again after one of them meets a third leader ("Стороны
договорились провести новый разговор после встречи Трампа с Зеленским"): the sentence holds two
planned contacts, the principals' next call, told by "the sides", and the third leader's meeting,
whose clause names its two. The principals' call must not be lost because the only leaders
the sentence names belong to the other contact. Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts


@pytest.mark.parametrize(("text", "lang"), [
    ("Владимир Путин провел телефонный разговор с Дональдом Трампом. Стороны договорились "
     "провести новый разговор после встречи Трампа с Зеленским.", "ru"),
    ("Vladimir Putin ha avuto una conversazione telefonica con Donald Trump. Le parti hanno "
     "concordato di tenere una nuova telefonata dopo l'incontro tra Trump e Zelensky.", "it"),
    ("Vladimir Putin held a telephone conversation with Donald Trump. The two sides agreed to "
     "hold another phone call after Trump's meeting with Zelensky.", "en"),
    # the agreement told across a comma, after a sentence that pairs the third leader
    ("Владимир Путин провел телефонный разговор с Дональдом Трампом. По словам помощника "
     "президента, Трамп хотел сверить позиции перед предстоящими контактами с Зеленским. "
     "Стороны условились учредить две рабочие группы по экономике, а также провести новый "
     "разговор после встречи Трампа с Зеленским.", "ru"),
])
def test_the_sides_next_call_and_the_third_leaders_meeting(text: str, lang: str) -> None:
    analysis = analyze_texts((text, "2025-10-17"), lang=lang)
    planned = {(e.type, frozenset(e.participants)) for e in analysis.events
               if e.status == "planned"}
    assert ("phone_call", frozenset({"vladimir-putin", "donald-trump"})) in planned
    assert ("meeting", frozenset({"donald-trump", "volodymyr-zelenskyy"})) in planned


def test_the_sides_named_nowhere_near_a_third_leaders_meeting_add_no_call() -> None:
    text = ("Vladimir Putin ha avuto una conversazione telefonica con Donald Trump. Si è parlato "
            "anche dell'incontro tra Trump e Zelensky.")
    analysis = analyze_texts((text, "2025-10-17"), lang="it")
    assert not [e for e in analysis.events if e.status == "planned" and e.type == "phone_call"]
