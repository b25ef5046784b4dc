"""A clock hour written in words ('verso le nove ora locale', 'alle dieci e mezza', 'at about
nine o'clock', 'в девять часов') places the contact in the day as its digits would; words
that only count ('entro le due settimane') are no time. Found on a real Il Post item whose
welcome 'verso le nove ora locale' gave no time at all (it/en/ru; Chinese writes its hours
in digits or with 上午/下午). Texts written for these tests."""

import pytest
from test_contacts import analyze_texts

from readouts.extract.time.dayparts import clock_times


@pytest.mark.parametrize(("lang", "text", "part"), [
    ("it", "Il premier Matteo Renzi è stato ricevuto dal presidente Barack Obama verso le nove "
           "ora locale.", "morning"),
    ("it", "Il premier Matteo Renzi ha incontrato il presidente Barack Obama alle sedici e "
           "mezza.", "afternoon"),
    ("en", "Prime Minister Matteo Renzi met President Barack Obama at about nine o'clock local "
           "time.", "morning"),
    ("ru", "Премьер-министр Италии Маттео Ренци встретился с президентом США Бараком Обамой "
           "в девять часов по местному времени.", "morning"),
])
def test_an_hour_in_words_places_the_contact(lang: str, text: str, part: str) -> None:
    events = analyze_texts((text, "2016-10-18"), lang=lang).events
    assert [(sorted(e.participants), e.part_of_day) for e in events] == [
        (["barack-obama", "matteo-renzi"], part)]


def test_half_an_hour_in_words() -> None:
    assert [t[2] for t in clock_times("Il colloquio è iniziato alle dieci e mezza.", "it")] == [630]


@pytest.mark.parametrize("text", ["Il colloquio è iniziato alle dieci e quarto.",
                                  "Il colloquio è iniziato alle dieci e un quarto."])
def test_a_quarter_past_in_words_with_or_without_its_article(text: str) -> None:
    assert [t[2] for t in clock_times(text, "it")] == [615]


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "I due leader si vedranno entro le due settimane."),
    ("en", "The two leaders will meet at one of their summits."),
    ("ru", "Переговоры в Кремле длились около пяти часов."),
])
def test_counting_words_are_no_time(lang: str, text: str) -> None:
    # 'около пяти часов' is as often how long it lasted: no clock time either
    assert clock_times(text, lang) == []
