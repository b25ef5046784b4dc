"""A speaker's aside is no counterpart on a list: "Встреча с украинским лидером, как уточнил
Трамп, пройдет в обеденном зале" is Trump's meeting with Zelensky (Trump tells of it), not a
meeting of Zelensky with the other principal because the two names stand as one list."""

from __future__ import annotations

import pytest
from test_mentioned_parties import mentioned

TRUMP_PUTIN = ("phone_call", ["donald-trump", "vladimir-putin"])
TRUMP_ZELENSKY = frozenset({"donald-trump", "volodymyr-zelenskyy"})


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("ru", "Встреча с украинским лидером, как уточнил Трамп, пройдет в главном обеденном "
               "зале."),
        ("it", "L'incontro con il leader ucraino Zelensky, come ha precisato Trump, si terrà "
               "nella sala da pranzo."),
        ("en", "The meeting with the Ukrainian leader Zelensky, as Trump said, will take place "
               "in the main dining room."),
    ],
)
def test_the_speaker_of_an_aside_is_no_listed_counterpart(lang: str, line: str) -> None:
    found = mentioned(lang, TRUMP_PUTIN, line, ref="2025-12-28")
    assert [parties for _, _, parties, _ in found] == [TRUMP_ZELENSKY]


def test_a_list_closed_by_an_aside_keeps_its_subject() -> None:
    line = "He then held talks with Emmanuel Macron and Keir Starmer, as Trump said."
    found = mentioned("en", TRUMP_PUTIN, line, ref="2025-12-28")
    assert [parties for _, _, parties, _ in found][:1] == [
        frozenset({"donald-trump", "emmanuel-macron"})]


def test_no_aside_in_a_chinese_list() -> None:
    line = "特朗普表示,他将与乌克兰总统泽连斯基会晤。"
    found = mentioned("zh", TRUMP_PUTIN, line, ref="2025-12-28")
    assert [parties for _, _, parties, _ in found] == [TRUMP_ZELENSKY]
