"""A Russian caller named after the calling verb in the nominative is the caller whatever
his name ends in: «им звонил Обама», «Путину позвонил Обама», «Си Цзиньпину позвонила Кая
Каллас». The cue took a name after the verb as the caller only where it ended as a
masculine noun's nominative (a consonant, -ий, -ый), and read one in -а/-я as the one
called; no dative ends so. Found on a real DS News item (held-out 15, h15ru-002: the headline
«У Путина похвастались, что им звонил Обама» gave Putin as the caller). Russian only: the
other languages mark no case on a name. Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, only_event


@pytest.mark.parametrize(("text", "pair", "caller"), [
    ("В Кремле рассказали, что Путину звонил Обама. Владимир Путин и Барак Обама провели "
     "телефонный разговор.", ["barack-obama", "vladimir-putin"], "barack-obama"),
    ("Вчера Путину позвонил Обама. Стороны обсудили ситуацию в Сирии.",
     ["barack-obama", "vladimir-putin"], "barack-obama"),
    ("Вчера Си Цзиньпину позвонила Кая Каллас. Стороны обсудили Украину.",
     ["kaja-kallas", "xi-jinping"], "kaja-kallas"),
    # the one called, in the dative, after the verb: still the one called
    ("Вчера Путин позвонил Бараку Обаме. Стороны обсудили ситуацию в Сирии.",
     ["barack-obama", "vladimir-putin"], "vladimir-putin"),
])
def test_the_nominative_after_the_verb_is_the_caller(text: str, pair: list[str],
                                                     caller: str) -> None:
    event = only_event(analyze_texts((text, "2016-02-14"), lang="ru"))
    assert sorted(event.participants) == pair
    assert event.initiated_by == caller
