"""A sentence after a held contact's lead that tells another kind of contact to come ("In
serata Meloni tornerà al Colle per un colloquio", after the day's consultations) gives its
part of day to that one, not to the held contact. Found on a real Corriere item (the day's
consultations at the Quirinale came out held in the evening of the talk announced next).
The same kind told ahead ("Peskov said a call was planned for the evening") is the held
contact announced before it happened, and a later sentence telling the held contact itself
keeps giving its time. Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

AHEAD = [
    ("it", "È il giorno di Giorgia Meloni al Quirinale per le consultazioni con il capo dello "
           "Stato Sergio Mattarella. In serata Meloni tornerà al Colle per un colloquio con il "
           "capo dello Stato."),
    ("en", "Joe Biden spoke by phone with Emmanuel Macron. In the evening Biden will meet "
           "Macron at the White House."),
    ("ru", "Владимир Путин провёл телефонный разговор с Касым-Жомартом Токаевым. Вечером Путин "
           "встретится с Токаевым в Кремле."),
    ("zh", "习近平同托卡耶夫通电话。晚上，习近平将会见托卡耶夫。"),
]


def _reported(text: str, lang: str):
    analysis = analyze_texts((text, "2022-10-21"), lang=lang)
    return [e for e in analysis.events if e.reported_by and e.status == "held"]


@pytest.mark.parametrize(("lang", "text"), AHEAD)
def test_the_evening_of_a_contact_to_come_is_not_the_held_ones(lang: str, text: str) -> None:
    held = _reported(text, lang)
    assert [(e.date, e.part_of_day) for e in held] == [("2022-10-21", None)]


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Giorgia Meloni ha avuto un colloquio con Emmanuel Macron a Roma. Il colloquio si è "
           "svolto in serata a Palazzo Chigi."),
    ("zh", "习近平同托卡耶夫举行会谈。会谈于晚上在人民大会堂举行。"),
    ("ru", "Владимир Путин провёл телефонный разговор с Дональдом Трампом. Ранее Дмитрий Песков "
           "заявлял, что у Путина запланирован телефонный разговор в вечернее время."),
])
def test_a_later_sentence_on_the_held_contact_still_gives_its_time(lang: str,
                                                                    text: str) -> None:
    held = _reported(text, lang)
    assert [(e.date, e.part_of_day) for e in held] == [("2022-10-21", "evening")]
