"""Heads of state and government of every region, written country by country rather than
text by text: a leader of a thinly covered state (Benin, Belize, the Solomon Islands, Kosovo,
Egypt before 2011) is a party of a call reported in it/en/ru/zh, a title with the country
names whoever held it on the date, and a father and son or two namesakes stay apart."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, only_event

from readouts.extract.people.actors import actor_index


@pytest.mark.parametrize(("lang", "text", "day", "parties"), [
    ("it", "Il presidente della Repubblica Sergio Mattarella ha avuto oggi un colloquio "
           "telefonico con il presidente del Benin. Al centro della conversazione la "
           "sicurezza nel Sahel.", "2023-05-10",
     {"sergio-mattarella", "patrice-talon"}),
    ("en", "Prime Minister Narendra Modi spoke by phone with the Prime Minister of Belize "
           "today. The two leaders discussed climate finance.", "2023-03-02",
     {"narendra-modi", "john-briceno"}),
    ("ru", "Дмитрий Медведев провёл телефонный разговор с Президентом Египта Хосни "
           "Мубараком. Обсуждалась ситуация на Ближнем Востоке.", "2010-06-15",
     {"dmitry-medvedev", "hosni-mubarak"}),
    ("zh", "国家主席习近平同所罗门群岛总理索加瓦雷举行会谈。双方就双边关系交换意见。",
     "2023-07-10", {"xi-jinping", "manasseh-sogavare"}),
    ("it", "La presidente del Consiglio Giorgia Meloni ha ricevuto a Palazzo Chigi il primo "
           "ministro del Kosovo Albin Kurti. Il colloquio è durato un'ora.", "2023-06-01",
     {"giorgia-meloni", "albin-kurti"}),
])
def test_a_leader_of_a_thinly_covered_state_is_a_party(lang: str, text: str, day: str,
                                                       parties: set[str]) -> None:
    event = only_event(analyze_texts((text, day), lang=lang))
    assert set(event.participants) == parties, (lang, event.participants)


@pytest.mark.parametrize(("lang", "text", "day", "who"), [
    ("en", "The Moroccan Prime Minister called Sánchez.", "2022-05-01", "aziz-akhannouch"),
    ("en", "The Moroccan Prime Minister called Rajoy.", "2015-05-01", "abdelilah-benkirane"),
    ("zh", "塞舌尔总统同习近平通电话。", "2022-01-10", "wavel-ramkalawan"),
    ("ru", "Премьер-министр Иордании позвонил Путину.", "2019-03-01", "omar-razzaz"),
    ("it", "Il presidente della Tunisia ha telefonato a Renzi.", "2012-06-01",
     "moncef-marzouki"),
])
def test_a_title_with_the_country_is_the_holder_on_the_date(lang: str, text: str, day: str,
                                                             who: str) -> None:
    assert who in [m.actor for m in actor_index().find(text, lang, day, None)]


@pytest.mark.parametrize(("lang", "text", "day", "who", "not_who"), [
    # the son's full name holds the father's, the father's surname alone is the holder's
    ("it", "Il presidente Mahamat Idriss Déby ha parlato con Macron.", "2023-05-01",
     "mahamat-deby", "idriss-deby"),
    ("en", "President Déby met Hollande in Paris.", "2015-05-01", "idriss-deby",
     "mahamat-deby"),
    # a namesake heads another government: the surname alone names neither
    ("en", "Syrian Prime Minister Mohammed al-Bashir met the envoy.", "2025-01-10",
     "mohammed-al-bashir", "omar-al-bashir"),
])
def test_namesakes_stay_apart(lang: str, text: str, day: str, who: str, not_who: str) -> None:
    found = [m.actor for m in actor_index().find(text, lang, day, None)]
    assert who in found and not_who not in found, found
