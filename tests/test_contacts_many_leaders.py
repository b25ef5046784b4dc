"""A meeting of many leaders named after the story's call ("ahead of a meeting of European
leaders in London", "alla vigilia del vertice dei leader europei", "накануне встречи
европейских лидеров") is a gathering, no meeting of the call's two (found checking the
brief's No 10 class); a meeting "of the two leaders" still is theirs."""

import pytest
from test_contacts import analyze_texts

PAGES = {
    "en": ("Sir Keir Starmer spoke to Emmanuel Macron on Saturday, Downing Street said.\n\n"
           "The call comes ahead of a meeting of European leaders in London next week.",
           {"keir-starmer", "emmanuel-macron"}),
    "it": ("La premier Giorgia Meloni ha avuto sabato una telefonata con il presidente francese "
           "Emmanuel Macron.\n\nLa telefonata arriva alla vigilia del vertice dei leader "
           "europei a Londra la prossima settimana.", {"giorgia-meloni", "emmanuel-macron"}),
    "ru": ("Президент России Владимир Путин в субботу провел телефонный разговор с президентом "
           "Франции Эмманюэлем Макроном.\n\nРазговор состоялся накануне встречи европейских "
           "лидеров в Лондоне на следующей неделе.", {"vladimir-putin", "emmanuel-macron"}),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_meeting_of_many_leaders_is_no_meeting_of_the_two(lang: str) -> None:
    text, pair = PAGES[lang]
    events = analyze_texts((text, "2025-03-02"), lang=lang).events
    assert not [e for e in events if e.type == "meeting" and set(e.participants) == pair]


def test_a_meeting_of_the_two_leaders_is_theirs() -> None:
    text = ("Sir Keir Starmer spoke to Emmanuel Macron on Saturday, Downing Street said.\n\n"
            "The call comes ahead of a meeting of the two leaders in London next week.")
    events = analyze_texts((text, "2025-03-02"), lang="en").events
    assert [e.status for e in events if e.type == "meeting"] == ["planned"]
