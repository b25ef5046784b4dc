"""A lunch two leaders share is their meeting: "è stata a pranzo al Quirinale con Mattarella",
"per il pranzo con il Presidente", "Pranzo tra Mattarella e Meloni", "had lunch with",
"пообедала с", "同…共进午餐"; so is a dinner or a breakfast ("Questa sera la cena di lavoro con",
"a working dinner with", "рабочий ужин с", "共进晚餐"); a lunch with the press or a dinner for
guests is none."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2024-10-15"
PAIR = {"giorgia-meloni", "sergio-mattarella"}

MEALS = [
    ("it", "La presidente del Consiglio Giorgia Meloni è stata a pranzo al Quirinale con il "
           "presidente della Repubblica Sergio Mattarella."),
    ("it", "La premier Giorgia Meloni ha raggiunto il Quirinale per il pranzo con il Presidente "
           "della Repubblica, Sergio Mattarella."),
    ("it", "Pranzo tra Sergio Mattarella e Giorgia Meloni: al centro la manovra e l'Europa."),
    ("en", "Prime Minister Giorgia Meloni had lunch with President Sergio Mattarella at the "
           "Quirinale today."),
    ("ru", "Джорджа Мелони сегодня пообедала с президентом Италии Серджо Маттареллой."),
    ("zh", "梅洛尼今天同马塔雷拉共进午餐。"),
    ("it", "Giorgia Meloni è arrivata ieri a Roma. In serata la cena di lavoro con il presidente "
           "della Repubblica, Sergio Mattarella, per parlare della manovra."),
    ("it", "Giorgia Meloni ha avuto ieri una colazione di lavoro al Quirinale con Sergio "
           "Mattarella."),
    ("en", "Giorgia Meloni held a working dinner with President Sergio Mattarella on Monday."),
    ("en", "Giorgia Meloni had breakfast with Sergio Mattarella at the Quirinale."),
    ("ru", "Джорджа Мелони провела рабочий ужин с президентом Италии Серджо Маттареллой."),
    ("zh", "梅洛尼昨晚同马塔雷拉共进晚餐。"),
]


@pytest.mark.parametrize(("lang", "text"), MEALS)
def test_a_lunch_together_is_a_meeting(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert [(e.type, e.status, set(e.participants)) for e in events][:1] == [
        ("meeting", "held", PAIR)], (lang, [e.to_json() for e in events])


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Il presidente Sergio Mattarella ha offerto una cena di Stato con 170 invitati."),
    ("it", "Giorgia Meloni ha tenuto un pranzo con la stampa estera."),
    ("en", "The talks continued over lunch with the delegations."),
    ("it", "Il vertice si chiuderà con una cena di lavoro con ministri e imprenditori."),
    ("en", "Giorgia Meloni had dinner with business leaders in Milan."),
])
def test_a_lunch_with_no_second_leader_is_no_contact(lang: str, text: str) -> None:
    assert not analyze_texts((text, PAGE), lang=lang).events
