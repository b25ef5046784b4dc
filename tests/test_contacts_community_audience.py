"""A leader's programme abroad meets its community, students, business people and the press
("l'incontro con la collettività italiana", "will meet the Indian community", "встреча с
соотечественниками", "会见旅美侨胞"): no contact of leaders, nor one with the story's host,
whatever the sentence's place in the programme. A leader met in the same programme stays
the contact."""

import pytest
from test_contacts import analyze_texts

# The host met first, then the community later the same day: one contact, the host's.
LATER = {
    "it": "Il presidente Sergio Mattarella ha incontrato oggi a Brasilia il presidente Lula. "
          "In serata è previsto l'incontro con la collettività italiana presso l'Ambasciata.",
    "en": "President Sergio Mattarella met President Lula in Brasilia today. In the evening "
          "he will meet the Italian community at the embassy.",
    "ru": "Президент Италии Серджо Маттарелла провёл сегодня переговоры с президентом Лулой. "
          "Вечером запланирована встреча с итальянской общиной в посольстве.",
    "zh": "意大利总统马塔雷拉今天在巴西利亚会见巴西总统卢拉。晚上，马塔雷拉将会见旅巴侨胞。",
}

# The community met first: the host's meeting told after it is the contact.
FIRST = {
    "it": "Primo appuntamento del presidente Mattarella l'incontro con la comunità italiana. "
          "Domani il presidente Mattarella incontrerà il presidente brasiliano Lula.",
    "en": "President Mattarella first met with members of the Italian community. Tomorrow "
          "President Mattarella will meet Brazilian President Lula.",
}


@pytest.mark.parametrize("lang", sorted(LATER))
def test_a_community_met_later_is_no_contact(lang: str) -> None:
    analysis = analyze_texts((LATER[lang], "2024-07-15"))
    assert [set(e.participants) for e in analysis.events] == [
        {"sergio-mattarella", "luiz-inacio-lula-da-silva"}]


@pytest.mark.parametrize("lang", sorted(FIRST))
def test_a_community_met_first_leaves_the_host_meeting(lang: str) -> None:
    analysis = analyze_texts((FIRST[lang], "2024-07-15"))
    assert [(e.type, e.status, set(e.participants)) for e in analysis.events] == [
        ("meeting", "planned", {"sergio-mattarella", "luiz-inacio-lula-da-silva"})]


@pytest.mark.parametrize("text", [
    "Il presidente Sergio Mattarella ha incontrato oggi a Brasilia il presidente brasiliano "
    "Lula, e poi la stampa italiana nella sede dell'ambasciata.",
    "President Sergio Mattarella met Brazilian President Lula in Brasilia today, and then "
    "he spoke to the Italian press at the embassy.",
    "Il presidente Sergio Mattarella ha incontrato oggi il presidente Lula: un incontro "
    "con la comunità internazionale a guardare da vicino.",
])
def test_a_leader_met_before_an_audience_stays_met(text: str) -> None:
    analysis = analyze_texts((text, "2024-07-15"))
    assert [set(e.participants) for e in analysis.events] == [
        {"sergio-mattarella", "luiz-inacio-lula-da-silva"}]
