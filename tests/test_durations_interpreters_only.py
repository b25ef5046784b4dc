"""A first talk with only the interpreters present, followed by one with the advisers ("un
primo colloquio di 38 minuti accompagnati solo dai rispettivi interpreti, seguito da una
riunione insieme ai consiglieri"), is the narrow part of a talk in two formats: its length
is no length of the whole (found on a real Il Post item, h11it-024, whose Singapore summit
came back as 38 minutes). Texts written for these tests; it/en/ru/zh fail on main."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, only_event

TWO_FORMATS = [
    ("it", "Il presidente americano Donald Trump e il leader nordcoreano Kim Jong-un si sono "
           "incontrati oggi a Singapore. I due hanno avuto un primo colloquio di 38 minuti "
           "accompagnati solo dai rispettivi interpreti, seguito da una riunione insieme ai "
           "consiglieri."),
    ("en", "US President Donald Trump and North Korean leader Kim Jong Un met in Singapore on "
           "Tuesday. The two first talked for 38 minutes with only their interpreters present, "
           "then met again with their advisers."),
    ("ru", "Президент США Дональд Трамп и лидер КНДР Ким Чен Ын встретились во вторник в "
           "Сингапуре. Сначала они беседовали 38 минут только с переводчиками, затем переговоры "
           "продолжились с участием советников."),
    ("zh", "美国总统特朗普与朝鲜领导人金正恩12日在新加坡举行会晤。双方首先在仅有翻译在场的情况下"
           "会谈38分钟，随后顾问们加入会谈。"),
]


@pytest.mark.parametrize(("lang", "text"), TWO_FORMATS)
def test_the_interpreters_only_part_gives_no_length(lang: str, text: str) -> None:
    assert only_event(analyze_texts((text, "2018-06-12"), lang=lang)).duration_minutes is None


def test_a_talk_with_interpreters_alone_keeps_its_length() -> None:
    text = ("US President Donald Trump and North Korean leader Kim Jong Un met in Singapore on "
            "Tuesday. They talked for 38 minutes with only their interpreters present.")
    assert only_event(analyze_texts((text, "2018-06-12"), lang="en")).duration_minutes == 38
