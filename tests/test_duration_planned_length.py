"""A length planned before the talk ("原计划时长为90分钟", "原定约一小时", "was originally
planned to last 90 minutes") is the length it was to have: the one it had is told after it.
Found on 2 real Chinese items: Ifuun relaying Reuters (dev23 z23-06, Trump-Putin in Helsinki,
'原计划时长为90分钟 ... 实际持续了2个小时': no length came out) and a Putin-Kim item (heldout21
h21zh-008, '原定约一小时,最终"加时"约一小时'). Italian and Russian tie no such span already
('previsto per 90 minuti', 'планировались на 90 минут': guards). Texts written here."""

from __future__ import annotations

import pytest
from test_contacts import reported_facts

PLANNED = [
    ("zh", "美国总统特朗普16日在赫尔辛基同俄罗斯总统普京举行会晤。会晤原计划时长为90分钟,"
           "可是两人的会谈实际持续了2个小时。"),
    ("zh", "美国总统特朗普16日在赫尔辛基同俄罗斯总统普京举行会晤。两人的会谈原定约一个半小时,"
           "最终持续了2个小时。"),
    ("en", "US President Donald Trump met Russian President Vladimir Putin in Helsinki on "
           "Monday. The meeting was originally planned to last 90 minutes, but the talks "
           "lasted two hours."),
    ("it", "Il presidente americano Donald Trump ha incontrato lunedì a Helsinki il presidente "
           "russo Vladimir Putin. Il colloquio, inizialmente previsto per 90 minuti, è durato "
           "due ore."),
    ("ru", "Президент США Дональд Трамп в понедельник встретился в Хельсинки с президентом "
           "России Владимиром Путиным. Переговоры изначально планировались на 90 минут, но "
           "продолжались два часа."),
]


@pytest.mark.parametrize(("lang", "text"), PLANNED)
def test_the_length_had_not_the_one_planned(lang: str, text: str) -> None:
    minutes = reported_facts(text, lang, "2018-07-16")["duration_minutes"]
    assert minutes == 120, (lang, minutes)


def test_a_planned_length_alone_is_no_length() -> None:
    text = "美国总统特朗普16日在赫尔辛基同俄罗斯总统普京举行会晤。会晤原计划时长为90分钟。"
    assert reported_facts(text, "zh", "2018-07-16")["duration_minutes"] is None
