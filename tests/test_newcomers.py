"""A leader the roster does not know, introduced by a role noun and a country, is a person
of that country in that role: a party of the contact, never a nameless extra."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, only_event

from readouts.extract.people.actors import actor_index

# The names are made up: nobody in the roster, so the title alone places them.
INTRODUCED = [
    ("it", "Il presidente del Consiglio Giorgia Meloni ha avuto oggi un colloquio telefonico "
           "con il presidente ghanese Kwabena Owusu Mensah. I due leader hanno parlato di "
           "migrazioni.", "2024-11-05", "kwabena-owusu-mensah", "GHA", "president",
     {"giorgia-meloni"}),
    ("en", "President Xi Jinping held talks with President of Zambia Mwila Chanda in Beijing "
           "on Tuesday.", "2024-09-03", "mwila-chanda", "ZMB", "president", {"xi-jinping"}),
    ("ru", "Премьер-министр Монголии Батбаяр Должин провёл телефонный разговор с Владимиром "
           "Путиным.", "2024-09-03", "batbayar-dolzhin", "MNG", "prime_minister",
     {"vladimir-putin"}),
    ("zh", "国家主席习近平同纳米比亚总统姆布古通电话。", "2024-09-03", "mu-bugu", "NAM",
     "president", {"xi-jinping"}),
]


@pytest.mark.parametrize(("lang", "text", "day", "slug", "country", "role", "known"),
                         INTRODUCED)
def test_an_unknown_leader_takes_the_country_and_role_of_the_title(
        lang: str, text: str, day: str, slug: str, country: str, role: str,
        known: set[str]) -> None:
    index = actor_index()
    assert slug in {m.actor for m in index.find(text, lang, day) if m.by == "pattern"}
    assert index.country_of(slug) == country
    assert [r["role"] for r in index.roles(slug)] == [role]
    event = only_event(analyze_texts((text, day), lang=lang))
    assert set(event.participants) == known | {slug}, (lang, event.participants)


@pytest.mark.parametrize(("lang", "text", "slug"), [
    ("it", "Lo ha detto la portavoce finlandese Aino Lehtikuusi dopo la telefonata tra Stubb e "
           "Trump.", "aino-lehtikuusi"),
    ("en", "Finnish spokesperson Aino Lehtonen said Stubb had called Trump.", "aino-lehtonen"),
    ("ru", "Об этом сообщил пресс-секретарь президента Финляндии Ээро Лахтинен после "
           "разговора Стубба с Трампом.", "eero-lakhtinen"),
    ("zh", "芬兰总统发言人莱赫蒂表示，斯图布同特朗普通了电话。", "lai-hedi"),
])
def test_an_unknown_spokesperson_tells_of_the_contact_and_is_no_party(
        lang: str, text: str, slug: str) -> None:
    event = only_event(analyze_texts((text, "2025-08-05"), lang=lang))
    assert slug not in event.participants
    assert {"alexander-stubb", "donald-trump"} <= set(event.participants)
    assert actor_index().country_of(slug) == "FIN"


def test_a_title_without_a_country_places_nobody() -> None:
    index = actor_index()
    found = index.find("The Minister Tomasz Wierzbicki arrived.", "en", "2024-01-01")
    assert [m.actor for m in found] == ["tomasz-wierzbicki"]
    assert index.country_of("tomasz-wierzbicki") is None
    assert index.roles("tomasz-wierzbicki") == []


def test_a_known_person_keeps_the_rosters_country() -> None:
    index = actor_index()
    index.note_newcomer("alexander-stubb", "SWE", "king")
    assert index.country_of("alexander-stubb") == "FIN"
    assert "king" not in {r["role"] for r in index.roles("alexander-stubb")}


# Smaller countries introduce a leader as well, in every language.
@pytest.mark.parametrize(("lang", "text", "slug", "country"), [
    ("it", "Meloni ha ricevuto a Palazzo Chigi il presidente del Burkina Faso Issa Kaboré "
           "Ouédraogo.", "issa-kabore-ouedraogo", "BFA"),
    ("en", "Xi Jinping met President of Honduras Ramona Castellanos in Beijing.",
     "ramona-castellanos", "HND"),
    ("ru", "Президент Гватемалы Хорхе Мендоса прибыл в Москву.", "khorkhe-mendosa", "GTM"),
    ("zh", "国家主席习近平会见多哥总统福雷拉。", "fu-leila", "TGO"),
])
def test_a_leader_of_a_smaller_country_is_placed(lang: str, text: str, slug: str,
                                                 country: str) -> None:
    index = actor_index()
    assert slug in {m.actor for m in index.find(text, lang, "2025-06-01")}
    assert index.country_of(slug) == country
