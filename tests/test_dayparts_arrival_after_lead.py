"""A principal's arrival told right after the lead of a face-to-face contact ("La premier è
arrivata alle ore 12.45", "Meloni arrived at 12:45 p.m.", "Премьер прибыла во дворец в
12:45", "梅洛尼于中午12时45分抵达") gives the contact its part of day, met by the host or not:
the contact begins there. An arrival long before ("era arrivata a Washington ieri alle 22"),
or one of another leader, does not. Found on a real Lacnews24 item (Meloni at the Quirinale)
whose meeting got no part of day. Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, held

PAGE = "2024-03-19"
PAIR = ["giorgia-meloni", "sergio-mattarella"]


@pytest.mark.parametrize(("lang", "text", "part"), [
    ("it", "Giorgia Meloni è salita oggi al Quirinale per un incontro con il presidente della "
           "Repubblica Sergio Mattarella. La premier è arrivata alle ore 12.45 e si è "
           "trattenuta al Colle fino all'ora di pranzo.", "afternoon"),
    ("it", "Colloquio al Quirinale tra Giorgia Meloni e Sergio Mattarella. La presidente del "
           "Consiglio è giunta al Colle alle 9.30.", "morning"),
    ("en", "Prime Minister Giorgia Meloni met President Sergio Mattarella at the Quirinale on "
           "Tuesday. Meloni arrived at 9:30 a.m. in a motorcade.", "morning"),
    ("ru", "Джорджа Мелони встретилась с президентом Италии Серджо Маттареллой в "
           "Квиринальском дворце. Премьер прибыла во дворец в 18:15.", "evening"),
    ("zh", "意大利总理梅洛尼19日在奎里纳莱宫会见了总统马塔雷拉。梅洛尼于上午9时30分抵达。",
     "morning"),
])
def test_the_arrival_after_the_lead_gives_the_part_of_day(lang: str, text: str,
                                                          part: str) -> None:
    events = held(analyze_texts((text, PAGE), lang=lang))
    assert [(sorted(e.participants), e.part_of_day) for e in events] == [(PAIR, part)]


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Giorgia Meloni ha incontrato oggi al Quirinale il presidente Sergio Mattarella. "
           "La premier era arrivata a Roma ieri alle 22 da Bruxelles."),
    ("en", "Prime Minister Giorgia Meloni met President Sergio Mattarella at the Quirinale on "
           "Tuesday. She had arrived in Rome at 10 p.m. on Monday."),
    ("it", "Giorgia Meloni ha incontrato oggi al Quirinale il presidente Sergio Mattarella. "
           "Il presidente francese Emmanuel Macron è arrivato a Roma alle 21."),
])
def test_an_arrival_of_another_day_or_leader_gives_none(lang: str, text: str) -> None:
    events = held(analyze_texts((text, PAGE), lang=lang))
    assert [(sorted(e.participants), e.part_of_day) for e in events] == [(PAIR, None)]
