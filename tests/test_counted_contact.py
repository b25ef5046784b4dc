"""A contact counted over a span of time ("今年以来第二次视频会晤", "второй за последние полгода
разговор") is the contact itself: the span is no earlier contact, and a day told before it
("15日下午") is the contact's, not the start of the span.

Found on a real Xinhua feature relayed by a spam page (the video talks of 15 December were
read from a later sentence and dated on the page's day). English and Italian count the same
way ("their second call in the last six months", "il secondo colloquio negli ultimi sei
mesi") and were already right: guards. Texts written for this project.
"""

from __future__ import annotations

import pytest
from test_when_background import reported

from readouts.extract.contacts.status import other_time_at_cue

COUNTED = [
    ("zh", "习近平在人民大会堂同普京举行今年以来第二次视频会晤。"),
    ("zh", "两国元首举行了上任以来的首次通话。"),
    ("ru", "Путин и Си Цзиньпин провели второй за последние полгода разговор по видеосвязи."),
    ("ru", "Это уже третий за последний месяц разговор Путина и Трампа."),
    ("en", "Putin and Xi held their second video call in the last six months."),
    ("it", "Putin e Xi hanno avuto il secondo colloquio negli ultimi sei mesi."),
]


@pytest.mark.parametrize(("lang", "text"), COUNTED)
def test_a_counted_contact_is_no_other_time(lang, text) -> None:
    assert not other_time_at_cue(text, lang)


# the last one, told as such, stays another time's
EARLIER = [
    ("zh", "两国元首上次会晤是在6月。"),
    ("ru", "Путин вспомнил последний разговор с Трампом."),
    ("ru", "В ходе последней встречи лидеры обсудили торговлю."),
]


@pytest.mark.parametrize(("lang", "text"), EARLIER)
def test_the_last_one_stays_another_time(lang, text) -> None:
    assert other_time_at_cue(text, lang)


DATED = [
    ("zh", "习近平15日下午在北京同俄罗斯总统普京举行今年以来第二次视频会晤。上次是6月28日。"
           "这次会晤是两国元首第37次会晤。", "2021-12-15"),
    ("ru", "Владимир Путин и Си Цзиньпин 15 декабря провели второй за последние полгода разговор "
           "по видеосвязи. Предыдущий состоялся 28 июня. Это была их 37-я встреча.", "2021-12-15"),
    ("en", "Vladimir Putin and Xi Jinping held their second video call in the last six months "
           "on December 15. The previous one was on June 28.", "2021-12-15"),
]


@pytest.mark.parametrize(("lang", "text", "day"), DATED)
def test_the_counted_contact_keeps_its_day(lang, text, day) -> None:
    event = reported(text, "2021-12-16", lang)
    assert event.type == "video_call" and event.date == day
