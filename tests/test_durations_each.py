"""A length said of each of the contacts a sentence tells ("held phone talks with Rahmon and
Berdimuhamedov Monday, for around 10 minutes each", "di circa 10 minuti ciascuno", "примерно
по 10 минут каждый", "每次约10分钟") is each call's (found on a real Japan Times item);
tests en/it/ru/zh."""

from __future__ import annotations

import pytest

from readouts.extract.time.durations import find_duration


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Prime Minister Fumio Kishida held phone talks with Tajik President Emomali Rahmon "
           "and Turkmen President Serdar Berdimuhamedov Monday, for around 10 minutes each."),
    ("it", "Il premier ha avuto colloqui telefonici con Rahmon e Berdimuhamedov lunedì, di circa "
           "10 minuti ciascuno."),
    ("ru", "Премьер провел телефонные разговоры с Рахмоном и Бердымухамедовым в понедельник, "
           "примерно по 10 минут каждый."),
    ("zh", "岸田文雄周一分别与拉赫蒙和别尔德穆哈梅多夫通电话，每次约10分钟。"),
])
def test_a_length_each_is_each_calls(lang: str, sentence: str) -> None:
    found = find_duration(sentence, lang)
    assert found is not None and found.minutes == 10


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "The ceasefire of 30 days each side accepted was discussed."),
    ("it", "Hanno discusso della tregua di 30 giorni ciascuno."),
])
def test_a_span_that_is_no_talks_length_stays_none(lang: str, sentence: str) -> None:
    assert find_duration(sentence, lang) is None
