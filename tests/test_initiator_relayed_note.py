"""Who asked for a contact may be said only in the government's note an agency relays after
its lead ("Разговор состоялся по инициативе американской стороны, говорится в сообщении
пресс-службы Кремля", "The call was initiated by the American side, the Kremlin's press
service said"): that note is an account of its own that follows the story's contact up, and
its words say who asked, as they may say how long it lasted. And a request credited to a
capital with the one who said so after a comma ("по инициативе Парижа, заявил ТАСС
представитель Кремля Дмитрий Песков") is the capital's: the spokesman is no caller. Found on
real RBC (h21ru-009) and News.ru items; the relayed note's wording is on 3 more real items
(Znaj, Rambler relaying RIA, News.mail.ru). Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Президенты России и США Владимир Путин и Джо Байден обсудили в ходе телефонного "
           "разговора стратегическую стабильность.\n\nРазговор состоялся по инициативе "
           "американской стороны, говорится в сообщении пресс-службы Кремля.\n\nГлавы "
           "государств условились продолжить контакты.\n\nОбсуждение прошло в "
           "конструктивном духе, отмечается в сообщении."),
    ("en", "Russian President Vladimir Putin and US President Joe Biden discussed strategic "
           "stability in a telephone conversation.\n\nThe conversation was held at the "
           "initiative of the American side, the Kremlin press service said.\n\nThe two "
           "leaders agreed to stay in contact.\n\nThe discussion was constructive and "
           "businesslike, the press service said."),
])
def test_the_relayed_note_says_who_asked(lang: str, text: str) -> None:
    events = analyze_texts((text, "2021-07-09"), lang=lang).events
    assert [(sorted(e.participants), e.initiated_by) for e in events] == [
        (["joe-biden", "vladimir-putin"], "joe-biden")]


def test_the_spokesman_after_the_capital_is_no_caller() -> None:
    text = ("Разговор президентов России и Франции Владимира Путина и Эммануэля Макрона "
            "состоялся по инициативе Парижа, заявил ТАСС представитель Кремля Дмитрий Песков.")
    events = analyze_texts((text, "2025-07-01"), lang="ru").events
    assert [e.initiated_by for e in events] == ["emmanuel-macron"]


def test_a_caller_in_the_apposition_still_called() -> None:
    # the apposition names a principal: he asked
    text = ("Президент Казахстана Касым-Жомарт Токаев провел телефонный разговор по просьбе "
            "собеседника, президента Узбекистана Шавката Мирзиёева.")
    events = analyze_texts((text, "2025-07-01"), lang="ru").events
    assert [e.initiated_by for e in events] == ["shavkat-mirziyoyev"]
