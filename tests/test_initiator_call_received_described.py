"""The one a call was received from placed it, however the call is described between the
verb and the word for it ('received a "very warm" congratulatory phone call from', 'ha
ricevuto una "calorosissima" telefonata di congratulazioni dal', «получил «очень теплый»
поздравительный телефонный звонок от»): the cue allowed one word there. And the one a
speaking principal thanks for reaching out, or thanks by a pronoun, placed it ("I thank him
for reaching out", «Я благодарен ему за то, что он вышел на связь»). Found on a real ABC
News item (held-out 15, h15en-005: no initiator). Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, only_event

RECEIVED = [
    ("en", 'Anthony Albanese says he received a "very warm" congratulatory phone call from US '
           "President Donald Trump on Monday."),
    ("it", 'Anthony Albanese ha detto di aver ricevuto lunedì una "calorosissima" telefonata di '
           "congratulazioni dal presidente americano Donald Trump."),
    ("ru", "Энтони Албанезе сообщил, что в понедельник получил «очень теплый» поздравительный "
           "телефонный звонок от президента США Дональда Трампа."),
    ("zh", "澳大利亚总理阿尔巴尼斯说，他周一接到美国总统特朗普打来的“非常热情”的祝贺电话。"),
]

THANKED = [
    ("en", "Anthony Albanese spoke with US President Donald Trump by phone on Monday. "
           '"I thank him for reaching out in such a positive way," Albanese said.'),
    ("ru", "Энтони Албанезе в понедельник провел телефонный разговор с президентом США "
           "Дональдом Трампом. «Я благодарен ему за то, что он вышел на связь», - сказал "
           "Албанезе."),
    ("it", "Anthony Albanese ha avuto lunedì un colloquio telefonico con il presidente "
           "americano Donald Trump. Albanese ha poi ringraziato Trump per averlo chiamato."),
]


@pytest.mark.parametrize(("lang", "text"), RECEIVED + THANKED)
def test_the_one_the_call_came_from_placed_it(lang: str, text: str) -> None:
    event = only_event(analyze_texts((text, "2025-05-06"), lang=lang))
    assert sorted(event.participants) == ["anthony-albanese", "donald-trump"]
    assert event.initiated_by == "donald-trump"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Anthony Albanese spoke with US President Donald Trump by phone on Monday. "
           '"I told him we will meet soon," Albanese said.'),
    ("ru", "Энтони Албанезе в понедельник провел телефонный разговор с президентом США "
           "Дональдом Трампом. «Я благодарен ему за поддержку», - сказал Албанезе."),
])
def test_a_pronoun_thanked_for_something_else_names_no_caller(lang: str, text: str) -> None:
    event = only_event(analyze_texts((text, "2025-05-06"), lang=lang))
    assert event.initiated_by is None
