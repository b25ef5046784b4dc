"""An announced contact takes no day from the day its announcement was datelined or said
("安卡拉11月10日电 埃尔多安表示，期望继续与普京通电话", "MOSCOW, March 4 - Putin will speak
with Biden, Peskov said on Friday"): that is the news's day, not the contact's, unless the
contact is told at a time of that day ("将于莫斯科时间当日17时进行").

Found on a real Sputnik Chinese item (h16zh-001: Erdogan's wish to go on phoning Putin was
dated on the dateline's day). Texts written for this project.
"""

from __future__ import annotations

import pytest
from test_when_background import reported

UNDATED = [
    ("zh", "俄罗斯卫星通讯社莫斯科3月4日电 俄总统新闻秘书佩斯科夫称，俄罗斯总统普京将与美国总统拜登"
           "通话。"),
    ("en", "MOSCOW, March 4 - Russian President Vladimir Putin will speak with US President Joe "
           "Biden by phone, Kremlin spokesman Dmitry Peskov said on Friday."),
    ("it", "MOSCA, 4 MAR - Il presidente russo Vladimir Putin avrà un colloquio telefonico con il "
           "presidente americano Joe Biden, ha detto venerdì il portavoce Dmitry Peskov."),
    ("ru", "МОСКВА, 4 марта - Президент России Владимир Путин проведет телефонный разговор с "
           "президентом США Джо Байденом, сообщил в пятницу пресс-секретарь Дмитрий Песков."),
]


@pytest.mark.parametrize(("lang", "text"), UNDATED)
def test_an_announced_contact_takes_no_day_from_its_announcement(lang, text) -> None:
    event = reported(text, "2022-03-04", lang)
    assert set(event.participants) == {"vladimir-putin", "joe-biden"}
    assert event.status == "planned" and event.date is None


def test_told_at_a_time_of_that_day_it_keeps_the_day() -> None:
    event = reported("中新网3月4日电 俄罗斯总统新闻秘书佩斯科夫确认，俄罗斯总统普京与美国总统拜登的"
                     "通话将于莫斯科时间当日17时进行。", "2022-03-04", "zh")
    assert event.status == "planned" and event.date == "2022-03-04"
