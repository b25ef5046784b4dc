"""A length told of the whole after one of a part ("The second half lasted about 1 hour 18
minutes. In total, the talks lasted about 3 hours 14 minutes", "In tutto", "В общей
сложности", "总共") is the contact's, not the part's (found on a real TASS item, h7en-015,
whose online summit came back as 78 minutes). Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import reported_facts

CASES = [
    ("en", "Chinese President Xi Jinping and US President Joe Biden held an online meeting on "
           "Tuesday. The second half of the meeting began at 11:06 and lasted about 1 hour 18 "
           "minutes. In total, the talks lasted about 3 hours 14 minutes."),
    ("it", "Il presidente cinese Xi Jinping e il presidente americano Joe Biden hanno tenuto "
           "martedì un incontro in videoconferenza. La seconda parte è iniziata alle 11:06 ed è "
           "durata circa 1 ora e 18 minuti. In tutto i colloqui sono durati circa 3 ore e 14 "
           "minuti."),
    ("ru", "Председатель КНР Си Цзиньпин и президент США Джо Байден провели во вторник онлайн-"
           "встречу. Вторая часть встречи началась в 11:06 и продлилась около 1 часа 18 минут. "
           "В общей сложности переговоры продлились около 3 часов 14 минут."),
    ("zh", "国家主席习近平周二同美国总统拜登举行视频会晤。会晤下半场持续了1小时18分钟。"
           "会晤总共持续了3小时14分钟。"),
]


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_the_total_is_the_contacts_length(lang: str, text: str) -> None:
    assert reported_facts(text, lang, "2021-11-16")["duration_minutes"] == 194


def test_a_later_length_without_a_total_word_leaves_the_first() -> None:
    text = ("Chinese President Xi Jinping and US President Joe Biden held an online meeting on "
            "Tuesday that lasted about 3 hours. A separate briefing later lasted 4 hours.")
    assert reported_facts(text, "en", "2021-11-16")["duration_minutes"] == 180
