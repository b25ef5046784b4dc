"""A contact denied in its own sentence ("Non è ancora stato programmato un colloquio
telefonico tra Putin e Macron", "No phone call between Putin and Macron has been scheduled
yet") is no contact, though its noun has a longer reading ("colloquio" in "colloquio
telefonico", "call" in "phone call"): that reading is the same cue, not a later contact
told as held; nor is one denied in quoted words that run on into it ('"No, non ci sono
piani" per un colloquio'), or by a headline with no verb ("Colloquio Putin-Macron non ancora
in agenda", "not yet on the agenda"). Found on a real Antimafia Duemila item (held-out 9
h9it-012)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

DENIED = {
    "it": ("Non è ancora stato programmato un colloquio telefonico tra il presidente russo "
           "Vladimir Putin e il presidente francese Emmanuel Macron. Lo ha detto il portavoce del "
           "Cremlino Dmitry Peskov."),
    "en": ("No phone call between Russian President Vladimir Putin and French President Emmanuel "
           "Macron has been scheduled yet, Kremlin spokesman Dmitry Peskov said."),
    "ru": ("Пока не запланирован телефонный разговор между президентом России Владимиром "
           "Путиным и президентом Франции Эммануэлем Макроном, сообщил пресс-секретарь Кремля "
           "Дмитрий Песков."),
    "zh": "克里姆林宫发言人佩斯科夫说，目前尚未安排俄罗斯总统普京与法国总统马克龙之间的通话。",
}


@pytest.mark.parametrize("lang", sorted(DENIED))
def test_a_denied_call_between_two_is_no_contact(lang: str) -> None:
    analysis = analyze_texts((DENIED[lang], "2022-12-20"), lang=lang)
    assert [e for e in analysis.events if e.status == "held"] == [], \
        [e.to_json() for e in analysis.events]


HELD = {
    "it": ("Si è svolto oggi un colloquio telefonico tra il presidente russo Vladimir Putin e il "
           "presidente francese Emmanuel Macron."),
    "en": ("A phone call between Russian President Vladimir Putin and French President Emmanuel "
           "Macron took place today."),
}


@pytest.mark.parametrize("lang", sorted(HELD))
def test_a_call_between_two_told_as_held_stays_held(lang: str) -> None:
    analysis = analyze_texts((HELD[lang], "2022-12-20"), lang=lang)
    assert [(e.type, e.status, sorted(e.participants)) for e in analysis.events] == [
        ("phone_call", "held", ["emmanuel-macron", "vladimir-putin"])]


QUOTED = {
    "it": ("Colloquio Putin-Macron non ancora in agenda\nIl portavoce del Cremlino ha detto: "
           "\"No, non ci sono piani\" per un colloquio tra il presidente russo Vladimir Putin e il "
           "presidente francese Emmanuel Macron."),
    "en": ("Putin-Macron call not yet on the agenda\nThe Kremlin spokesman said there were \"no "
           "plans\" for a call between Russian President Vladimir Putin and French President "
           "Emmanuel Macron."),
    "ru": ("Разговор Путина и Макрона пока не в повестке\nПресс-секретарь Кремля сказал, что "
           "\"никаких планов нет\" на разговор между президентом России Владимиром Путиным и "
           "президентом Франции Эммануэлем Макроном."),
    "zh": ("普京与马克龙通话尚不在议程上\n"
           "克里姆林宫发言人说，目前“没有计划”安排俄罗斯总统普京与法国总统马克龙通话。"),
}


@pytest.mark.parametrize("lang", sorted(QUOTED))
def test_a_quoted_denial_and_a_verbless_headline_give_no_contact(lang: str) -> None:
    analysis = analyze_texts((QUOTED[lang], "2022-12-20"), lang=lang)
    assert [e for e in analysis.events if e.status == "held"] == [], \
        [e.to_json() for e in analysis.events]
