"""Every UN member state's capital (with Taipei, Pristina, Ramallah) and the seats, residences
and summit towns readouts name is a known place of its country (knowledge/places.yaml and
place_countries.yaml): a visit to Nairobi, Lisbon or Wellington whose host is not named is
paid to that country's leader on the day, as one to Paris or Astana already was. A place name
that is also a common word or a person's name is left out ("Sofia", "Monaco", "Santiago",
"Colombo", a Chinese name hidden inside another word), so it never makes a place."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

from readouts.extract.contacts.place import find_location, known_place
from readouts.extract.contacts.visit_host import visit_host

PAGE = "2024-06-27"


@pytest.mark.parametrize(
    ("text", "lang", "host"),
    [
        ("Il presidente cinese Xi Jinping è giunto ieri per una visita di Stato a Nairobi.",
         "it", "william-ruto"),
        ("Chinese President Xi Jinping landed on Monday for a state visit to Lisbon.", "en",
         "marcelo-rebelo-de-sousa"),
        ("Председатель КНР Си Цзиньпин в понедельник прибыл с государственным визитом в "
         "Найроби.", "ru", "william-ruto"),
        ("国家主席习近平周一抵达惠灵顿，对惠灵顿进行正式访问。", "zh", "christopher-luxon"),
    ],
)
def test_a_visit_to_a_capital_names_its_host(text: str, lang: str, host: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert [(e.type, sorted(e.participants)) for e in events] == [
        ("visit", sorted(["xi-jinping", host]))], [e.to_json() for e in events]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Il presidente cinese Xi Jinping è arrivato in Kenya per una visita ufficiale di tre "
         "giorni.", "it"),
        ("Il presidente cinese Xi Jinping è in Kenya in visita di Stato.", "it"),
        ("Chinese President Xi Jinping arrived in Kenya on Monday for a three-day state visit.",
         "en"),
        ("Председатель КНР Си Цзиньпин прибыл в Кению с государственным визитом.", "ru"),
    ],
)
def test_a_visit_with_its_country_named_first_names_its_host(text: str, lang: str) -> None:
    """The country may come before the visit ("arrivato in Kenya per una visita ufficiale",
    "arrived in Kenya on Monday for a state visit"): its head of state is the host, as when
    it comes after ("visita di Stato in Kenya"). Seen on real Italian items (Farodiroma,
    Interris: Mattarella's visits to Kenya and Ghana)."""
    events = analyze_texts((text, PAGE), lang=lang).events
    assert [(e.type, sorted(e.participants)) for e in events] == [
        ("visit", sorted(["xi-jinping", "william-ruto"]))], [e.to_json() for e in events]


@pytest.mark.parametrize(
    ("text", "lang", "host"),
    [
        ("Il premier Li Qiang è arrivato per una visita ufficiale a Lisbona.", "it",
         "luis-montenegro"),
        ("Премьер Госсовета КНР Ли Цян прибыл с официальным визитом в Лиссабон.", "ru",
         "luis-montenegro"),
    ],
)
def test_the_capital_in_its_own_language(text: str, lang: str, host: str) -> None:
    assert visit_host(text, lang, ["li-qiang"], PAGE) == host


@pytest.mark.parametrize(
    ("name", "place"),
    [("Casa Rosada", "Buenos Aires"), ("Palazzo della Moncloa", "Madrid"),
     ("Schloss Bellevue", "Berlin"), ("Hyderabad House", "New Delhi"),
     ("Cheong Wa Dae", "Seoul"), ("青瓦台", "Seoul"), ("Кишинёве", "Chisinau"),
     ("Monaco di Baviera", "Munich"), ("Davos", "Davos"),
     ("Шарм-эль-Шейхе", "Sharm el-Sheikh"), ("Città del Capo", "Cape Town")],
)
def test_seats_and_summit_towns_are_places(name: str, place: str | None) -> None:
    assert known_place(name) == place


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Il ministro ne ha parlato a Sofia, la sua consigliera, durante il viaggio.", "it"),
        ("Il presidente è rientrato a Monaco, dopo il Gran Premio.", "it"),
        ("Il premier ha telefonato a Colombo, il suo vecchio amico.", "it"),
        ("The president spoke to Santiago Peña on Friday.", "en"),
        ("The senator spoke at Georgetown University on Friday.", "en"),
        ("The princess arrived in Victoria, British Columbia.", "en"),
    ],
)
def test_a_common_word_or_name_is_no_place(text: str, lang: str) -> None:
    assert find_location(text, lang) is None


@pytest.mark.parametrize("name", ["达卡塔尔", "基多边", "包罗万象", "里加强"])
def test_a_chinese_name_inside_another_word_is_no_place(name: str) -> None:
    assert known_place(name) is None


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Президент провёл в Санкт-Петербурге переговоры с гостем.", "ru", "St Petersburg"),
        ("Переговоры лидеров прошли в Нью-Дели.", "ru", "New Delhi"),
        ("Встреча министров состоялась в Абу-Даби.", "ru", "Abu Dhabi"),
        ("Саммит пройдёт в Улан-Баторе.", "ru", "Ulaanbaatar"),
        ("Переговоры прошли в Москве.", "ru", "Moscow"),
        ("The leaders met in Sharm el-Sheikh.", "en", "Sharm el-Sheikh"),
        ("I leader si sono incontrati a Sharm el-Sheikh.", "it", "Sharm el-Sheikh"),
    ],
)
def test_a_hyphened_city_is_a_place(text: str, lang: str, place: str) -> None:
    """Russian writes many cities in hyphened capitalised parts ("Санкт-Петербурге",
    "Нью-Дели"): the location cue reads them whole, as it and en already did."""
    assert find_location(text, lang) == place


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("President Ramaphosa met President Ruto at State House in Nairobi on Friday.", "en",
         "Nairobi"),
        ("The two leaders held talks at the Presidential Palace in Hanoi on Monday.", "en",
         "Hanoi"),
        ("Il presidente è stato ricevuto alla Casa Bianca di Washington nel pomeriggio.", "it",
         "Washington"),
        ("Переговоры прошли в Большом Кремлёвском дворце в Москве.", "ru", "Moscow"),
    ],
)
def test_a_known_place_inside_an_unknown_one_is_the_place(text: str, lang: str,
                                                          place: str) -> None:
    """A location cue's span may hold an unknown seat before the known town ("at State House
    in Nairobi"): the town's own cue, inside that span, still names the place."""
    assert find_location(text, lang) == place
