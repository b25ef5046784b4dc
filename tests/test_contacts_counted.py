"""A count of contacts ("ha parlato al telefono con Macron ben 5 volte", "has spoken by phone
with Macron five times", «пять раз говорил по телефону», "已通了5次电话") tells a series, no
one contact: the story's own contact is the one it tells next. An ordinal ("per la quinta
volta", "for the fifth time", «в пятый раз», "第五次会晤") is the contact told itself. Every text
here is written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

COUNTED = {
    "it": ("Da metà dicembre il presidente russo Vladimir Putin ha parlato al telefono con "
           "Emmanuel Macron ben 5 volte. Oggi il presidente francese ha incontrato Putin al "
           "Cremlino."),
    "en": ("Since mid-December Vladimir Putin has spoken by phone with Emmanuel Macron five "
           "times. Today the French president met Putin in the Kremlin."),
    "ru": ("С середины декабря Владимир Путин пять раз говорил по телефону с Эммануэлем "
           "Макроном. Сегодня французский президент встретился с Путиным в Кремле."),
    "zh": ("自去年12月中旬以来，普京已与马克龙通了5次电话。法国总统今天在克里姆林宫同普京会晤。"),
}

ORDINAL = {
    "it": "Putin e Macron si sono sentiti al telefono oggi per la quinta volta da dicembre.",
    "en": "Putin and Macron spoke by phone today for the fifth time since December.",
    "ru": "Путин и Макрон сегодня в пятый раз с декабря поговорили по телефону.",
    "zh": "普京与马克龙今天第五次通电话。",
}


def _reported(text: str, lang: str) -> list[tuple[str | None, list[str]]]:
    analysis = analyze_texts((text, "2022-02-07"), lang=lang)
    return [(e.type, sorted(e.participants)) for e in analysis.events if e.reported_by]


@pytest.mark.parametrize("lang", sorted(COUNTED))
def test_a_count_of_calls_is_no_call_of_the_story(lang: str) -> None:
    assert _reported(COUNTED[lang], lang) == [
        ("meeting", ["emmanuel-macron", "vladimir-putin"])]


@pytest.mark.parametrize("lang", sorted(ORDINAL))
def test_the_nth_call_is_the_call_told(lang: str) -> None:
    assert _reported(ORDINAL[lang], lang) == [
        ("phone_call", ["emmanuel-macron", "vladimir-putin"])]
