"""The first minutes of a talk ("dopo i primi dieci minuti di colloquio", "after the first ten
minutes of talks", «в первые десять минут беседы») are a part of it, when something was said,
not its length: before, "minuti di colloquio" tied the ten minutes to the talk. Found on a real
What-U item (Mattarella at the White House, 2019) and a LaPresse item quoting Trump on 'i
primi due minuti' of a meeting with Putin. Texts written for these tests."""

import pytest
from test_contacts import analyze_texts, only_event

PAGE = "2019-10-16"
PAIR = {"donald-trump", "sergio-mattarella"}


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Donald Trump ha accolto oggi alla Casa Bianca il presidente Sergio Mattarella. "
           "Mattarella dopo i primi dieci minuti di colloquio ha sollevato la questione dei dazi."),
    ("en", "Donald Trump welcomed President Sergio Mattarella at the White House today. After "
           "the first ten minutes of talks, Mattarella raised the issue of tariffs."),
    ("ru", "Дональд Трамп сегодня принял в Белом доме президента Италии Серджо Маттареллу. В "
           "первые десять минут беседы Маттарелла затронул тему пошлин."),
])
def test_the_first_minutes_of_a_talk_are_no_length(lang: str, text: str) -> None:
    event = only_event(analyze_texts((text, PAGE), lang=lang))
    assert set(event.participants) == PAIR
    assert event.duration_minutes is None


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Donald Trump ha accolto oggi alla Casa Bianca il presidente Sergio Mattarella. "
           "Dopo quaranta minuti di colloquio i due hanno parlato alla stampa."),
    ("en", "Donald Trump welcomed President Sergio Mattarella at the White House today. Their "
           "first meeting lasted forty minutes."),
])
def test_a_length_told_of_the_talk_stays(lang: str, text: str) -> None:
    event = only_event(analyze_texts((text, PAGE), lang=lang))
    assert event.duration_minutes == 40
