"""A round count of minutes or hours is a duration: "si sarebbe intrattenuto circa una
ventina di minuti" (20), "un paio d'ore", "около двух десятков минут", "пару часов",
"通话二十来分钟", "一个来小时" (found on a real Mainfatti item on a Berlusconi-Gaddafi call,
heldout10); the counts are compounds in lang/*/dates.yaml."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

from readouts.extract.time.dates import find_duration

CASES = [
    ("Il premier si sarebbe intrattenuto al telefono circa una ventina di minuti con il "
     "leader libico.", "it", 20),
    ("Il colloquio telefonico tra i due presidenti è durato una decina di minuti.", "it", 10),
    ("I due leader hanno parlato al telefono per un paio d'ore.", "it", 120),
    ("Разговор лидеров продолжался около двух десятков минут.", "ru", 20),
    ("Лидеры беседовали по телефону пару часов.", "ru", 120),
    ("两国元首通话二十来分钟。", "zh", 20),
    ("两位领导人谈了一个来小时。", "zh", 60),
    ("The two leaders spoke by phone for a couple of hours.", "en", 120),
]


@pytest.mark.parametrize(("sentence", "lang", "minutes"), CASES)
def test_a_round_count_is_a_duration(sentence: str, lang: str, minutes: int) -> None:
    found = find_duration(sentence, lang)
    assert found is not None and found.minutes == minutes, found


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Una ventina di minuti dopo, il premier è arrivato al Quirinale.", "it"),
    ("Il premier si è intrattenuto con i giornalisti davanti a Palazzo Chigi.", "it"),
    ("Десяток минут спустя президент покинул зал.", "ru"),
])
def test_a_round_count_elsewhere_is_none(sentence: str, lang: str) -> None:
    assert find_duration(sentence, lang) is None


def test_the_calls_duration_in_a_story() -> None:
    text = ("Il presidente del Consiglio ha avuto nel pomeriggio una conversazione telefonica "
            "con il presidente francese Emmanuel Macron. Secondo fonti di governo, Giorgia "
            "Meloni si sarebbe intrattenuta circa una ventina di minuti con l'inquilino "
            "dell'Eliseo.")
    events = analyze_texts((text, "2024-03-02"), lang="it").events
    assert events and events[0].duration_minutes == 20, [e.to_json() for e in events]
