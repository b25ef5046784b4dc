"""A meeting announced within a stay of days ("将于11月14日至17日赴美国…举行会晤", "from
November 14 to 17"): the range dates the trip, and the day told of the meeting in the next
sentences ("The two leaders will meet on November 15") is the meeting's, not the stay's last
or first day.

Texts written for this project; each class in every language where it exists.
"""

from __future__ import annotations

import pytest
from test_contacts import reported_facts


def reported(text: str, lang: str) -> tuple[str | None, list[str]]:
    facts = reported_facts(text, lang, "2023-11-10")
    return facts["date"], sorted(facts["participants"])


IN_A_STAY = [
    ("it", "Xi Jinping sarà a San Francisco dal 14 al 17 novembre per un incontro con Joe "
           "Biden. I due leader si incontreranno faccia a faccia il 15 novembre."),
    ("en", "Xi Jinping will be in San Francisco from November 14 to 17 for a meeting with Joe "
           "Biden. Biden will meet Xi face to face on November 15."),
    ("ru", "Си Цзиньпин с 14 по 17 ноября будет в Сан-Франциско, где встретится с Джо "
           "Байденом. Лидеры двух стран встретятся лично 15 ноября."),
    ("zh", "国家主席习近平将于11月14日至17日赴美国旧金山，同美国总统拜登举行会晤。"
           "两国元首将于11月15日面对面会晤。"),
]


@pytest.mark.parametrize(("lang", "text"), IN_A_STAY)
def test_the_meetings_own_day_within_the_stay(lang: str, text: str) -> None:
    assert reported(text, lang) == ("2023-11-15", ["joe-biden", "xi-jinping"])
