"""A sentence telling contacts with many people it does not name ("riceve le congratulazioni
dei colleghi stranieri", "is receiving congratulations from foreign colleagues", «принимает
поздравления зарубежных коллег», "接受外国同行的祝贺") is the story's background: the calls the
next sentence tells, each with a leader named, are the news. Every text here is written for
these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

CONGRATULATED = {
    "it": ("Dopo l'annuncio dei risultati preliminari, il presidente Shavkat Mirziyoyev riceve "
           "le congratulazioni dei colleghi stranieri. Oggi ha avuto colloqui telefonici con il "
           "presidente Emomali Rahmon e con il presidente Ilham Aliyev."),
    "en": ("After the preliminary results were announced, President Shavkat Mirziyoyev is "
           "receiving congratulations from foreign colleagues. Today he held telephone "
           "conversations with President Emomali Rahmon and President Ilham Aliyev."),
    "ru": ("После объявления итогов выборов президент Шавкат Мирзиёев принимает поздравления "
           "зарубежных коллег. Сегодня он провел телефонные разговоры с "
           "президентом Эмомали Рахмоном и с президентом Ильхамом Алиевым."),
    "zh": ("初步结果公布后，米尔济约耶夫总统接受外国同行的祝贺。"
           "今天，米尔济约耶夫分别同拉赫蒙总统和阿利耶夫总统通电话。"),
}


@pytest.mark.parametrize("lang", sorted(CONGRATULATED))
def test_the_calls_named_next_are_the_news(lang: str) -> None:
    analysis = analyze_texts((CONGRATULATED[lang], "2023-07-10"), lang=lang)
    assert sorted((e.type, tuple(sorted(e.participants))) for e in analysis.events) == [
        ("phone_call", ("emomali-rahmon", "shavkat-mirziyoyev")),
        ("phone_call", ("ilham-aliyev", "shavkat-mirziyoyev"))]


CALLS_WITH_MANY = {  # calls with many leaders are the news itself: the lead keeps its day
    "en": ("Zelensky spoke by phone on Thursday with the leaders of many countries. Those he "
           "spoke with that day included French President Emmanuel Macron and Canadian Prime "
           "Minister Justin Trudeau."),
    "zh": ("新华社基辅2月21日电 泽连斯基20日与多国领导人通话。当天与泽连斯基通话的外国领导人包括"
           "法国总统马克龙、加拿大总理特鲁多。"),
}


@pytest.mark.parametrize("lang", sorted(CALLS_WITH_MANY))
def test_calls_with_many_leaders_keep_their_day(lang: str) -> None:
    analysis = analyze_texts((CALLS_WITH_MANY[lang], "2025-02-21"), lang=lang)
    assert {e.date for e in analysis.events if e.reported_by} == {"2025-02-20"}
