"""A leader named inside a relative clause set off by commas is that clause's, not the
sentence's subject: "Xi, who will meet Biden in Bali on Monday, is keeping Albanese guessing
about a rare meeting next week" tells a Xi-Biden meeting, and no Biden-Albanese one (found
on a real WAtoday item); tests en/it/ru (Chinese puts such a clause before its noun)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

CASES = [
    "Australian Prime Minister Anthony Albanese met Chinese Premier Li Keqiang in Phnom Penh "
    "on Saturday, ahead of a possible meeting with Chinese President Xi Jinping. Xi, who will "
    "meet US President Joe Biden for a highly anticipated meeting in Bali on Monday, is keeping "
    "Albanese guessing about whether he will grant him a rare meeting next week.",
    "Il premier australiano Anthony Albanese ha incontrato sabato a Phnom Penh il premier "
    "cinese Li Keqiang, in vista di un possibile incontro con il presidente cinese Xi Jinping. "
    "Xi, che lunedì incontrerà il presidente americano Joe Biden in un attesissimo vertice a "
    "Bali, tiene Albanese sulle spine su un raro incontro la prossima settimana.",
    "Премьер-министр Австралии Энтони Албанезе в субботу встретился в Пномпене с премьером "
    "Госсовета КНР Ли Кэцяном в преддверии возможной встречи с председателем КНР Си "
    "Цзиньпином. Си, который в понедельник проведет долгожданную встречу с президентом США "
    "Джо Байденом на Бали, держит Албанезе в неведении насчет редкой встречи.",
]


@pytest.mark.parametrize("text", CASES)
def test_the_asides_leader_is_its_own_clauses(text: str) -> None:
    pairs = {frozenset(e.participants) for e in analyze_texts((text, "2022-11-13")).events}
    assert frozenset({"xi-jinping", "joe-biden"}) in pairs
    assert frozenset({"joe-biden", "anthony-albanese"}) not in pairs
