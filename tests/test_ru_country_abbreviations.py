"""Russian-language pages of the region shorten the country after a title: «президент РУз»,
«Президент РБ», «президент РК», «президент КР». The short form is the country, not a person:
«президент РБ» is that country's president, and a credit to «сайт президента РУз» adds no
party. Found on a real Kant.kg item (Mirziyoyev's call with Nazarbayev) where «президента
РУз» became a phantom party 'ruz'. Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2023-04-21"


@pytest.mark.parametrize(("text", "pair"), [
    ("Сегодня состоялся телефонный разговор президента Узбекистана Шавката Мирзиёева с "
     "первым президентом Казахстана Нурсултаном Назарбаевым, сообщается на сайте "
     "президента РУз.", ["nursultan-nazarbayev", "shavkat-mirziyoyev"]),
    ("Сегодня состоялся телефонный разговор президента Кыргызстана Садыра Жапарова с "
     "первым президентом Казахстана Нурсултаном Назарбаевым, сообщается на сайте "
     "президента КР.", ["nursultan-nazarbayev", "sadyr-japarov"]),
    ("Сегодня президент РБ провел телефонный разговор с президентом Узбекистана Шавкатом "
     "Мирзиёевым.", ["alexander-lukashenko", "shavkat-mirziyoyev"]),
    ("Сегодня президент РК провел телефонный разговор с президентом Узбекистана Шавкатом "
     "Мирзиёевым.", ["kassym-jomart-tokayev", "shavkat-mirziyoyev"]),
])
def test_a_country_short_form_after_a_title_is_no_person(text: str, pair: list[str]) -> None:
    events = analyze_texts((text, PAGE), lang="ru").events
    assert [sorted(e.participants) for e in events] == [pair]
