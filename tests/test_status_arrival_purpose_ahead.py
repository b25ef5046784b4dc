"""An arrival for talks, whatever its wording: a visit begun for them ("kicks off a short visit
for talks with", "ha iniziato la sua visita per colloqui con", «начал визит для переговоров
с»), a landing ("touched down"), the visit it is part of named between ("arrived in Tokyo
on his visit to Japan for talks with"), an arrival still ahead or only possible ("could
arrive in Rome on Thursday for talks with", "potrebbe arrivare", «может прилететь»). By the
lead's convention the talks with the counterpart, still ahead, are the contact: planned,
dated by their own day words, read ahead (found on real items of held-out 26, The West
Australian, and of this stop, Livemint and Sky TG24; the same convention on six more
real items, Indian Express, Deccan Herald, NewsX, RIA relayed, Vesti, Vedomosti). Talks
joined to a state visit ("for a state visit and talks with") stay the visit's programme.
Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAIR = {"recep-tayyip-erdogan", "vladimir-putin"}

BEGUN = [
    ("en", "Turkish President Recep Tayyip Erdogan kicked off a short visit to Russia for trade "
           "and energy talks with President Vladimir Putin."),
    ("en", "Turkish President Recep Tayyip Erdogan touched down in Sochi on his second visit "
           "to Russia this year for talks with President Vladimir Putin."),
    ("it", "Il presidente turco Recep Tayyip Erdogan ha iniziato la sua visita in Russia per "
           "nuovi colloqui con il presidente Vladimir Putin."),
    ("it", "Il presidente turco Recep Tayyip Erdogan è arrivato a Sochi, seconda tappa della "
           "sua visita in Russia, per un colloquio con il presidente Vladimir Putin."),
    ("ru", "Президент Турции Реджеп Тайип Эрдоган начал свой визит в Россию для двусторонних "
           "переговоров с Владимиром Путиным."),
    ("ru", "Президент Турции Реджеп Тайип Эрдоган прибыл в Сочи в рамках своего визита в "
           "Россию для переговоров с Владимиром Путиным."),
]


@pytest.mark.parametrize(("lang", "text"), BEGUN)
def test_a_visit_begun_for_talks_gives_the_planned_talks(lang: str, text: str) -> None:
    events = analyze_texts((text, "2023-09-04"), lang=lang).events
    assert [(e.type, e.status, set(e.participants)) for e in events] == [
        ("meeting", "planned", PAIR)], lang


AHEAD = [
    ("en", "Turkish President Recep Tayyip Erdogan could arrive in Sochi on Thursday for talks "
           "with Russian President Vladimir Putin, sources said."),
    ("it", "Il presidente turco Recep Tayyip Erdogan potrebbe arrivare a Sochi giovedì per un "
           "incontro con il presidente russo Vladimir Putin."),
    ("ru", "Президент Турции Реджеп Тайип Эрдоган может прилететь в Сочи в четверг на "
           "переговоры с Владимиром Путиным."),
]


@pytest.mark.parametrize(("lang", "text"), AHEAD)
def test_an_arrival_ahead_for_talks_is_dated_ahead(lang: str, text: str) -> None:
    """Monday 4 September: the Thursday of a possible arrival for talks is the 7th, not the
    Thursday gone by."""
    events = analyze_texts((text, "2023-09-04"), lang=lang).events
    assert [(e.type, e.status, e.date, set(e.participants)) for e in events] == [
        ("meeting", "planned", "2023-09-07", PAIR)], lang


def test_an_arrival_told_again_for_the_talks_is_no_talks_held() -> None:
    """The landing told again after the lead ("touched down … for his third meeting with")
    tells no talks held: they are still ahead."""
    text = ("Turkish President Recep Tayyip Erdogan began a quick visit to Russia for talks "
            "with President Vladimir Putin. Mr Erdogan touched down in Sochi on Monday "
            "morning for his third meeting with Mr Putin this year.")
    events = analyze_texts((text, "2023-09-04"), lang="en").events
    assert [(e.type, e.status) for e in events] == [("meeting", "planned")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Turkish President Recep Tayyip Erdogan touched down in Sochi for talks with "
           "Vladimir Putin. The two leaders held talks for four hours."),
    ("it", "Il presidente turco Recep Tayyip Erdogan ha iniziato la sua visita in Russia per "
           "colloqui con Vladimir Putin. I due leader hanno avuto un colloquio di quattro ore."),
])
def test_talks_told_held_after_the_visit_begun_stay_held(lang: str, text: str) -> None:
    events = analyze_texts((text, "2023-09-05"), lang=lang).events
    assert [(e.type, e.status) for e in events] == [("meeting", "held")], lang


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russian President Vladimir Putin arrived in Ankara on Thursday for a state visit "
           "and for talks with President Recep Tayyip Erdogan."),
    ("ru", "Президент России Владимир Путин в четверг прибыл в Анкару с государственным "
           "визитом и для переговоров с президентом Реджепом Тайипом Эрдоганом."),
])
def test_talks_joined_to_a_state_visit_stay_the_visit(lang: str, text: str) -> None:
    events = analyze_texts((text, "2023-09-08"), lang=lang).events
    assert [(e.type, e.status) for e in events] == [("visit", "held")], lang
