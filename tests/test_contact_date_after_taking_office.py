"""A date in a clause that ends on "after" ("这是拜登2021年1月就任后，两国元首首次面对面会晤")
or opens with "after" ("первая очная встреча после того, как в январе 2023 года ...") dates
the event the contact comes after, never an earlier contact of the same pair: the meeting
told is the first since then, no other meeting that month (found on a real Lianhe Zaobao
item on the Bali meeting)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2022-11-14"
PAIR = {"joe-biden", "xi-jinping"}

FIRST_AFTER = [
    ("zh", "美国总统拜登和中国国家主席习近平今天下午在印尼巴厘岛举行会晤,会晤持续三个多小时。\n\n"
           "这是拜登2021年1月就任后,两国元首首次面对面会晤。"),
    ("ru", "Президент США Джо Байден и председатель КНР Си Цзиньпин провели сегодня переговоры "
           "на Бали.\n\nЭто первая очная встреча двух лидеров после того, как в январе 2021 года "
           "Байден вступил в должность."),
    ("en", "US President Joe Biden and Chinese President Xi Jinping met on Bali today for more "
           "than three hours.\n\nIt was their first in-person meeting after Biden took office "
           "in January 2021."),
    ("it", "Il presidente americano Joe Biden e il presidente cinese Xi Jinping si sono "
           "incontrati oggi a Bali.\n\nÈ il primo incontro in presenza da quando Biden si è "
           "insediato nel gennaio 2021."),
]


@pytest.mark.parametrize(("lang", "text"), FIRST_AFTER)
def test_the_day_of_what_the_contact_comes_after_is_no_contact(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert [(set(e.participants), e.date) for e in events] == [(PAIR, PAGE)], (
        lang, [e.to_json() for e in events])

