"""A clock time past the lead gives the contact its part of day when only an aside lies
between it and the contact's word ("Prime Minister Abe, who is visiting Mongolia to attend
the summit meeting, held talks"): a clause set off by commas that a relative word opens, or
a bracket, tells no other event, and a contact word inside it is not the one the time is
near. A time as far from the contact's word with no aside between is another event's.
Texts written for these tests (en/it/ru)."""

import pytest
from test_contacts import analyze_texts

PAGE = "2016-07-15"


@pytest.mark.parametrize(("lang", "text", "pair"), [
    ("en", "A Japan-China summit meeting was held in Mongolia today. I have been told that "
           "from 2:30 p.m., Japan time, for about 30 minutes, Prime Minister Abe, who is "
           "visiting Mongolia to attend the Asia-Europe summit meeting, held talks with "
           "Premier Li Keqiang.", ["li-keqiang", "shinzo-abe"]),
    ("it", "Meloni ed Erdogan si sono incontrati oggi a Istanbul. Alle 16, ora locale, la "
           "presidente del Consiglio Giorgia Meloni, che era arrivata in città dopo una "
           "lunga tappa in Tunisia e in Libia, ha avuto un colloquio con il presidente "
           "turco.", ["giorgia-meloni", "recep-tayyip-erdogan"]),
    ("ru", "Путин и Си Цзиньпин провели переговоры в Пекине. В 15:00 по местному времени "
           "российский президент Владимир Путин, который прибыл в китайскую столицу для "
           "участия в саммите, провел встречу с Си Цзиньпином.",
     ["vladimir-putin", "xi-jinping"]),
])
def test_a_time_before_an_aside_is_the_contacts(lang: str, text: str, pair: list[str]) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert [(sorted(e.participants), e.part_of_day) for e in events] == [(pair, "afternoon")]


def test_a_time_as_far_with_no_aside_is_another_events() -> None:
    events = analyze_texts(("Abe and Li Keqiang met in Ulaanbaatar today. At 2:30 p.m. Abe "
                            "toured the statue complex outside the capital with his wife and "
                            "local officials and then held talks with Li.", PAGE),
                           lang="en").events
    assert [(sorted(e.participants), e.part_of_day) for e in events] == [
        (["li-keqiang", "shinzo-abe"], None)]
