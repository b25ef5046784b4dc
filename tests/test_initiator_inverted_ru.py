"""The caller after the verb, the one called before it in the dative ("Эмиру Катара позвонил
президент Палестины Махмуд Аббас", "Вчера Путину позвонил Трамп"): the one in the subject's
case placed the call (lang/ru/contacts.yaml initiator); the usual order and a dative after the
verb keep the subject as the caller."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, only_event

DAY = "2023-10-10"


@pytest.mark.parametrize(("text", "caller"), [
    ("Эмиру Катара Тамиму бин Хамаду Аль Тани позвонил президент Палестины Махмуд Аббас.",
     "mahmoud-abbas"),
    ("Президенту России Владимиру Путину позвонил Эмманюэль Макрон.", "emmanuel-macron"),
    ("Вчера Путину позвонил Трамп.", "donald-trump"),
    ("Эрдоган позвонил Путину.", "recep-tayyip-erdogan"),
    ("Зеленский позвонил Касым-Жомарту Токаеву.", "volodymyr-zelenskyy"),
    ("Путин позвонил президенту Франции Эмманюэлю Макрону.", "vladimir-putin"),
])
def test_the_caller_is_the_one_in_the_subjects_case(text: str, caller: str) -> None:
    event = only_event(analyze_texts((text, DAY), lang="ru"))
    assert event.initiated_by == caller
