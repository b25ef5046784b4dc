"""A contact announced in the lead and told again in the next sentence, in the future and by
no other name: that sentence's day or month is its date ("La conversazione avrà luogo negli
ultimi giorni di dicembre"), and its medium its type ("l'incontro si terrà in
videoconferenza" after "terranno colloqui", the plural naming no medium either). A held
contact's next sentence about one to come is another contact. Texts written for these tests
(it/en/ru/zh)."""

import pytest
from test_contacts import analyze_texts

PAGE = "2022-12-13"
PAIR = ["vladimir-putin", "xi-jinping"]


@pytest.mark.parametrize(("lang", "text", "date"), [
    ("it", "Putin e Xi terranno colloqui prima del nuovo anno. La conversazione avrà luogo negli "
           "ultimi giorni di dicembre.", "2022-12"),
    ("it", "Putin e Xi terranno colloqui. La conversazione avrà luogo il 28 dicembre.",
     "2022-12-28"),
    ("en", "Putin and Xi will hold talks before the new year. The conversation will take place "
           "on December 28.", "2022-12-28"),
    ("ru", "Путин и Си Цзиньпин проведут переговоры до Нового года. Беседа состоится 28 декабря.",
     "2022-12-28"),
    ("zh", "普京将同习近平举行会谈。会谈将于12月28日举行。", "2022-12-28"),
])
def test_the_next_sentence_dates_the_announced_contact(lang: str, text: str, date: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert [(sorted(e.participants), e.status, e.date) for e in events if e.reported_by] == [
        (PAIR, "planned", date)]


def test_plural_talks_take_the_medium_said_next() -> None:
    events = analyze_texts(("Putin e Xi terranno colloqui prima del nuovo anno. Molto "
                            "probabilmente l'incontro si terrà in videoconferenza.", PAGE),
                           lang="it").events
    assert [(e.type, e.status) for e in events if e.reported_by] == [("video_call", "planned")]


def test_a_held_contacts_next_sentence_about_one_to_come_is_another() -> None:
    events = analyze_texts(("Putin e Xi hanno avuto ieri un colloquio telefonico. Un nuovo "
                            "incontro avrà luogo il 28 dicembre.", PAGE), lang="it").events
    assert [(e.status, e.date) for e in events if e.reported_by] == [("held", "2022-12-12")]


def test_a_month_in_a_brackets_aside_is_not_the_announced_contacts() -> None:
    events = analyze_texts(("Draghi e Biden si incontreranno alla Casa Bianca. Nello studio "
                            "Ovale i due presidenti affronteranno temi strategici (a giugno ci "
                            "saranno il G7 e il vertice della Nato).", "2022-05-09"),
                           lang="it").events
    assert [e.date for e in events if e.reported_by] == [None]
