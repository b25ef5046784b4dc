"""A contact a spokesman says only can be arranged, at need ("a call between Putin and Trump
can be arranged promptly if necessary", «разговор … при необходимости может быть организован
в оперативном режиме», "una telefonata … può essere organizzata rapidamente") is none held
or planned, by the not-held convention for contacts on a condition; nor is one with no
agreement on its date yet («нет никаких конкретных договорённостей о дате разговора»).
Every language but Chinese made a held call of the day; found on real Russian items of
several weeks of 2025 (Vestnik Kavkaza, TASS, Kommersant, News.ru, Life: the Kremlin's
formula on a Putin-Trump call). A summit still to be prepared for is planned. Texts
written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

ONLY_CAN_BE_ARRANGED = [
    ("en", "Dmitry Peskov said a phone call between Vladimir Putin and Donald Trump can be "
           "arranged within hours if necessary."),
    ("it", "Dmitry Peskov ha detto che una telefonata tra Vladimir Putin e Donald Trump può "
           "essere organizzata in poche ore, se necessario."),
    ("ru", "Телефонный разговор Владимира Путина и Дональда Трампа можно организовать за "
           "считанные часы, сообщил Дмитрий Песков."),
    ("ru", "По словам Дмитрия Пескова, разговор Владимира Путина и Дональда Трампа при "
           "необходимости может быть организован очень быстро."),
    ("ru", "Дмитрий Песков отметил, что пока нет никаких договорённостей о дате разговора "
           "Владимира Путина и Дональда Трампа."),
]


@pytest.mark.parametrize(("lang", "text"), ONLY_CAN_BE_ARRANGED)
def test_a_contact_that_only_can_be_arranged_is_none(lang: str, text: str) -> None:
    analysis = analyze_texts((text, "2025-11-19"), lang=lang)
    assert [(e.type, e.status) for e in analysis.events] == []


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Дмитрий Песков сообщил, что к саммиту Владимира Путина и Дональда Трампа "
           "необходимо тщательно подготовиться."),
    ("ru", "Песков сказал, что работа, которая должна предшествовать встрече Владимира Путина "
           "и Дональда Трампа, ещё не проделана."),
])
def test_a_summit_still_to_be_prepared_is_planned(lang: str, text: str) -> None:
    analysis = analyze_texts((text, "2025-11-19"), lang=lang)
    assert [(e.type, e.status) for e in analysis.events] == [("meeting", "planned")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Vladimir Putin and Donald Trump spoke by phone and agreed the call could be "
           "followed by a meeting."),
    ("ru", "Владимир Путин и Дональд Трамп поговорили по телефону и договорились созвониться "
           "снова при необходимости."),
    ("it", "Vladimir Putin e Donald Trump hanno avuto una telefonata e hanno concordato di "
           "risentirsi se necessario."),
])
def test_a_held_call_with_a_condition_after_it_stays_held(lang: str, text: str) -> None:
    analysis = analyze_texts((text, "2025-11-19"), lang=lang)
    assert ("phone_call", "held") in [(e.type, e.status) for e in analysis.events]
