"""Two shapes of a feature story's lead (found on a real Repubblica item whose Mattarella-Macron
call came out as no contact): an opening adverbial with "with" ("Con questo spirito A e B si
sentono al telefono", "With this in mind", "С этим настроем") names no counterpart, so both
named are the call's parties; and a verbless line of time alone right before the lead ("Le
19.30 di sabato scorso.") tells the lead's day and part of day. A line of another contact's
time, or one naming someone, still dates nothing. Texts written for these tests (it/en/ru)."""

import pytest
from test_contacts import analyze_texts

PAGE = "2022-11-15"  # a Tuesday
PAIR = ["emmanuel-macron", "sergio-mattarella"]


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Con questo spirito Sergio Mattarella ed Emmanuel Macron si sentono al telefono."),
    ("it", "Con lo stesso obiettivo Mattarella ha avuto un colloquio telefonico con Macron."),
    ("en", "With this in mind, Sergio Mattarella and Emmanuel Macron spoke by phone."),
    ("ru", "С этим настроем Серджо Маттарелла и Эмманюэль Макрон поговорили по телефону."),
])
def test_an_opening_adverbial_names_no_counterpart(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert [(e.type, sorted(e.participants)) for e in events] == [("phone_call", PAIR)]


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Le 19.30 di sabato scorso. Con questo spirito Sergio Mattarella ed Emmanuel Macron "
           "si sentono al telefono, una chiacchierata che riapre i canali."),
    ("en", "7.30pm last Saturday. With this in mind, Sergio Mattarella and Emmanuel Macron talk "
           "on the phone, a chat that reopens the channels."),
    ("ru", "В 19:30 в прошлую субботу. С этим настроем Серджо Маттарелла и Эмманюэль Макрон "
           "созваниваются, и этот разговор вновь открывает каналы."),
])
def test_a_line_of_time_before_the_lead_dates_it(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert [(sorted(e.participants), e.date, e.part_of_day) for e in events] == [
        (PAIR, "2022-11-12", "evening")]


def test_a_longer_line_naming_someone_dates_nothing() -> None:
    text = ("Sabato scorso Macron era a Bruxelles. Mattarella e Macron si sentono al telefono, "
            "una chiacchierata che riapre i canali.")
    events = analyze_texts((text, PAGE), lang="it").events
    assert [e.date for e in events] != ["2022-11-12"]
