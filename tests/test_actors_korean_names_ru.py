"""A Korean name in Russian declines in its last word only ("с Ким Чен Ыном", "встреча Мун
Чжэ Ина"; last_only in lang/ru/titles.yaml): the leader, not a newcomer named "Ким Чен Ыном"
(found checking the real Sputnik item on the Trump-Kim summit, heldout8)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

CASES = [
    ("Президент США Дональд Трамп провел в воскресенье переговоры с лидером КНДР Ким Чен "
     "Ыном в Пханмунджоме.", "2019-06-30", {"donald-trump", "kim-jong-un"}),
    ("Президент России Владимир Путин провел телефонный разговор с президентом Южной Кореи "
     "Мун Чжэ Ином.", "2019-06-30", {"vladimir-putin", "moon-jae-in"}),
]


@pytest.mark.parametrize(("text", "page", "parties"), CASES)
def test_a_korean_name_declines_in_its_last_word(text: str, page: str,
                                                 parties: set[str]) -> None:
    events = [e for e in analyze_texts((text, page), lang="ru").events if e.reported_by]
    assert events and set(events[0].participants) == parties, [e.to_json() for e in events]


def test_the_nominative_still_names_him() -> None:
    text = "Ким Чен Ын и Дональд Трамп встретились в Ханое 27 февраля."
    events = analyze_texts((text, "2019-02-28"), lang="ru").events
    assert events and set(events[0].participants) == {"donald-trump", "kim-jong-un"}, \
        [e.to_json() for e in events]
