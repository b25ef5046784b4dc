"""A sentence adding "also" contacts whose subject is a leader of neither side, named before
the contact's word ("Xi would also hold bilateral meetings with Macron and Sall" in a story of
Albanese's talk with Li), adds no contact of the account's principal with them (found on a
real WAtoday item, where Albanese got three phantom meetings); tests en/it/ru/zh."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

CASES = [
    "Australian Prime Minister Anthony Albanese held talks with Chinese Premier Li Keqiang on "
    "Saturday. Chinese President Xi Jinping would also hold bilateral meetings with French "
    "President Emmanuel Macron and Senegalese President Macky Sall.",
    "Il premier australiano Anthony Albanese ha avuto un colloquio con il premier cinese Li "
    "Keqiang sabato. Il presidente cinese Xi Jinping terrà anche incontri bilaterali con il "
    "presidente francese Emmanuel Macron e il presidente senegalese Macky Sall.",
    "Премьер-министр Австралии Энтони Албанезе в субботу провел переговоры с премьером "
    "Госсовета КНР Ли Кэцяном. Председатель КНР Си Цзиньпин также проведет двусторонние "
    "встречи с президентом Франции Эмманюэлем Макроном и президентом Сенегала Макки Саллом.",
    "澳大利亚总理阿尔巴尼斯周六同中国国务院总理李克强举行会谈。中国国家主席习近平还将同法国总统"
    "马克龙和塞内加尔总统萨勒举行双边会晤。",
]


@pytest.mark.parametrize("text", CASES)
def test_a_third_leaders_also_contacts_are_not_the_principals(text: str) -> None:
    events = analyze_texts((text, "2022-11-13")).events
    pairs = {frozenset(e.participants) for e in events}
    assert frozenset({"anthony-albanese", "li-keqiang"}) in pairs
    assert not any("anthony-albanese" in p and p & {"emmanuel-macron", "macky-sall"}
                   for p in pairs), [e.to_json() for e in events]
