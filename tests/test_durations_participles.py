"""A talk's length tied to it by a participle of lasting: "переговоры, продолжавшиеся более
пяти часов", "беседа, длившаяся около двух часов", as "talks lasting five hours" and
"colloqui durati cinque ore" already are."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, only_event

from readouts.extract.time.dates import find_duration


@pytest.mark.parametrize(
    ("sentence", "lang", "minutes"),
    [
        ("Президенты завершили переговоры в Кремле, продолжавшиеся более пяти часов.", "ru", 300),
        ("Беседа, длившаяся около двух часов, прошла в конструктивном ключе.", "ru", 120),
        ("Встреча, продолжавшаяся полтора часа, завершилась заявлениями для прессы.", "ru", 90),
        ("The presidents ended talks in the Kremlin lasting more than five hours.", "en", 300),
        ("I presidenti hanno concluso i colloqui, durati oltre cinque ore.", "it", 300),
        ("两国元首结束了持续五个多小时的会谈。", "zh", 300),
    ],
)
def test_a_participle_of_lasting_ties_the_span(sentence: str, lang: str, minutes: int) -> None:
    found = find_duration(sentence, lang)
    assert found is not None and found.minutes == minutes, (sentence, found)


def test_the_length_reaches_the_contact() -> None:
    text = ("Москва. 7 февраля. Президенты России и Франции Владимир Путин и Эммануэль Макрон "
            "завершили переговоры в Кремле, продолжавшиеся более пяти часов, сообщил "
            "пресс-секретарь.")
    assert only_event(analyze_texts((text, "2022-02-07"), lang="ru")).duration_minutes == 300

