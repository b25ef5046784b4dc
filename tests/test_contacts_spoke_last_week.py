"""A contact the lead dates by a span of time, told with the day it was made known ('spoke by
phone last week, the Kremlin said on Friday') takes the span's month, not the day it was
said (it/en/ru/zh); (it) two who 'si sono sentiti' talked, not two who 'si sono sentiti
traditi'. Texts written for these tests."""

import pytest
from test_contacts import analyze_texts

PAGE = "2025-03-14"  # a Friday; last week is 3-9 March
PAIR = ["emmanuel-macron", "vladimir-putin"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Putin and Macron spoke by phone last week, the Kremlin said on Friday."),
    ("it", "Putin e Macron si sono sentiti la settimana scorsa, ha reso noto venerdì il Cremlino."),
    ("ru", "Путин и Макрон провели телефонный разговор на прошлой неделе, сообщили в пятницу в "
           "Кремле."),
    ("zh", "克里姆林宫14日说，普京与马克龙上周通电话。"),
])
def test_a_span_in_the_lead_wins_over_the_day_it_was_said(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert [(e.type, sorted(e.participants), e.date) for e in events] == [
        ("phone_call", PAIR, "2025-03")]


def test_two_who_heard_each_other_talked_and_two_who_felt_betrayed_did_not() -> None:
    talked = analyze_texts(("Meloni e Macron si sono sentiti ieri sera.", PAGE), lang="it")
    assert [(e.type, e.date, e.part_of_day) for e in talked.events] == [
        ("phone_call", "2025-03-13", "evening")]
    betrayed = analyze_texts(("Meloni e Macron si sono sentiti traditi dalla decisione di "
                              "Washington.", PAGE), lang="it")
    assert betrayed.events == []
