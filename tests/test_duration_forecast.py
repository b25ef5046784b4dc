"""A length foreseen for talks under way ("è iniziato alle 10.30 e dovrebbe durare circa due
ore", "is expected to last about two hours", "как ожидается, продлится около двух часов",
"预计持续约两个小时") says nothing of how long they lasted (found on a real Sky TG24 live
page, h11it-019, whose Biden-Xi meeting came back as 120 minutes); a length told after the
forecast still counts. Texts written for these tests; en/it/ru/zh fail on main."""

from __future__ import annotations

import pytest
from test_contacts import reported_facts

FORECASTS = [
    ("en", "US President Joe Biden and Chinese President Xi Jinping began their meeting in Bali "
           "at 5:30 pm local time. The meeting is expected to last about two hours."),
    ("it", "È iniziato a Bali l'incontro tra il presidente americano Joe Biden e il presidente "
           "cinese Xi Jinping. Il vertice è iniziato alle 10.30 ora italiana e dovrebbe durare "
           "circa due ore."),
    ("ru", "На Бали началась встреча президента США Джо Байдена и председателя КНР Си "
           "Цзиньпина. Встреча, как ожидается, продлится около двух часов."),
    ("zh", "国家主席习近平在巴厘岛同美国总统拜登举行会晤。会晤于当地时间17时30分开始，"
           "预计持续约两个小时。"),
]


@pytest.mark.parametrize(("lang", "text"), FORECASTS)
def test_a_length_foreseen_is_no_length(lang: str, text: str) -> None:
    assert reported_facts(text, lang, "2022-11-14")["duration_minutes"] is None


def test_the_length_told_after_a_forecast_counts() -> None:
    text = ("US President Joe Biden and Chinese President Xi Jinping met in Bali on Monday. "
            "The meeting, which was expected to last two hours, went on for three and a half "
            "hours.")
    assert reported_facts(text, "en", "2022-11-14")["duration_minutes"] == 210
