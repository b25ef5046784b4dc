"""A government's text quoted inside a news story ('A Downing Street spokesperson said: "The
Prime Minister spoke to President Macron this afternoon …"', «В Кремле сообщили: "Сегодня
состоялся телефонный разговор…"») was issued on the day the story gives the contact ("on
Saturday"), not on the day the page came out: its "today" is that day, and the one call
keeps the story's date (found checking the brief's No 10 class on a Sunday page)."""

import pytest
from test_contacts import analyze_texts

PAGES = {
    "en": ("Starmer and Macron discuss Ukraine in phone call\n\n"
           "Sir Keir Starmer spoke to Emmanuel Macron on Saturday, Downing Street said.\n\n"
           "A Downing Street spokesperson said: \"The Prime Minister spoke to President Macron "
           "this afternoon. The Prime Minister congratulated the President on the successful "
           "summit in Paris. They discussed Ukraine and agreed to stay in close contact.\"\n\n"
           "The call comes as European leaders prepare new support for Kyiv.",
           {"keir-starmer", "emmanuel-macron"}),
    "it": ("Meloni e Macron al telefono sull'Ucraina\n\n"
           "La premier Giorgia Meloni ha avuto sabato una telefonata con il presidente francese "
           "Emmanuel Macron, ha reso noto Palazzo Chigi.\n\n"
           "Nella nota di Palazzo Chigi si legge: \"Il Presidente del Consiglio ha avuto oggi "
           "pomeriggio un colloquio telefonico con il Presidente Macron. Al centro la "
           "situazione in Ucraina.\"\n\n"
           "La telefonata arriva alla vigilia del vertice europeo di Londra.",
           {"giorgia-meloni", "emmanuel-macron"}),
    "ru": ("Путин и Макрон обсудили Украину\n\n"
           "Президент России Владимир Путин в субботу провел телефонный разговор с президентом "
           "Франции Эмманюэлем Макроном, сообщили в Кремле.\n\n"
           "В сообщении пресс-службы Кремля говорится: «Сегодня днем состоялся телефонный "
           "разговор Владимира Путина с Президентом Франции Эмманюэлем Макроном. Обсуждалась "
           "ситуация на Украине».\n\n"
           "Разговор состоялся накануне европейского саммита в Лондоне.",
           {"vladimir-putin", "emmanuel-macron"}),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_quoted_readouts_today_is_the_storys_day(lang: str) -> None:
    text, pair = PAGES[lang]
    events = analyze_texts((text, "2025-03-02"), lang=lang).events
    calls = [e for e in events if set(e.participants) == pair and e.type == "phone_call"]
    assert [e.date for e in calls] == ["2025-03-01"]
