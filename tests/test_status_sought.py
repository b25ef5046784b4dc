"""A contact sought, pushed for or pursued is not held yet ("a meeting is being sought between
Albanese and Xi", "cerca da tempo un incontro con", "добивается встречи с", "寻求与…会晤"): the
story's contact is planned, and no meeting of the two is reported held."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

SOUGHT = [
    ("en", "A meeting is being sought between Anthony Albanese and Xi Jinping at the G20 in "
           "Bali. Officials said preparations were continuing.", "2022-11-10"),
    ("en", "Prime Minister Anthony Albanese is pushing for a meeting with Xi Jinping at the "
           "G20 in Bali, his office said.", "2022-11-10"),
    ("it", "Il premier australiano Anthony Albanese cerca da tempo un incontro con Xi Jinping "
           "al G20 di Bali, ha riferito il suo ufficio.", "2022-11-10"),
    ("ru", "Премьер-министр Австралии Энтони Албаниз добивается встречи с Си Цзиньпином на "
           "саммите G20 на Бали, сообщил его офис.", "2022-11-10"),
    ("zh", "澳大利亚总理阿尔巴尼斯寻求在巴厘岛二十国集团峰会期间与习近平会晤。", "2022-11-10"),
]


@pytest.mark.parametrize(("lang", "text", "published"), SOUGHT)
def test_a_contact_sought_is_not_held(lang: str, text: str, published: str) -> None:
    analysis = analyze_texts((text, published), lang=lang)
    pairs = {(e.status, frozenset(e.participants)) for e in analysis.events}
    assert ("planned", frozenset({"anthony-albanese", "xi-jinping"})) in pairs, pairs
    assert ("held", frozenset({"anthony-albanese", "xi-jinping"})) not in pairs, pairs


# the one who sought the call that was held is its initiator, the call still held
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The call was sought by Trudeau, who spoke with Donald Trump on Monday for an hour."),
    ("it", "Justin Trudeau ha avuto lunedì una telefonata con Donald Trump, che aveva cercato "
           "il contatto."),
])
def test_a_call_sought_and_held_stays_held(lang: str, text: str) -> None:
    analysis = analyze_texts((text, "2025-02-05"), lang=lang)
    assert {(e.status, frozenset(e.participants)) for e in analysis.events} == {
        ("held", frozenset({"justin-trudeau", "donald-trump"}))}
