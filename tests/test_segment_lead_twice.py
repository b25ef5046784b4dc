"""A page's headline printed twice becomes the account's title; a paragraph that ends a
sentence printed twice (a lead repeated under its photo once the caption is dropped) is no
headline: the real headline stays the title."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGES = {
    "en": ("Trump arrives in Beijing\n\nPresident Donald Trump arrived in Beijing on Wednesday "
           "afternoon for a state visit at the invitation of President Xi Jinping.\n\n"
           "President Donald Trump arrived in Beijing on Wednesday afternoon for a state visit at "
           "the invitation of President Xi Jinping.\n", "Trump arrives in Beijing"),
    "ru": ("Трамп прибыл в Пекин\n\nПрезидент США Дональд Трамп в среду днем прибыл в Пекин с "
           "государственным визитом по приглашению Си Цзиньпина.\n\nПрезидент США Дональд Трамп "
           "в среду днем прибыл в Пекин с государственным визитом по приглашению Си Цзиньпина.\n",
           "Трамп прибыл в Пекин"),
    "it": ("Trump arriva a Pechino\n\nIl presidente Donald Trump è arrivato mercoledì pomeriggio "
           "a Pechino per una visita di Stato su invito di Xi Jinping.\n\nIl presidente Donald "
           "Trump è arrivato mercoledì pomeriggio a Pechino per una visita di Stato su invito di "
           "Xi Jinping.\n", "Trump arriva a Pechino"),
    "zh": ("特朗普抵京访华\n\n应国家主席习近平邀请,美国总统特朗普8日下午抵达北京,开始对中国进行"
           "国事访问。\n\n应国家主席习近平邀请,美国总统特朗普8日下午抵达北京,开始对中国进行国事访问。\n",
           "特朗普抵京访华"),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_repeated_lead_is_no_headline(lang: str) -> None:
    page, headline = PAGES[lang]
    analysis = analyze_texts((page, "2017-11-08"), lang=lang)
    assert [r.title for d in analysis.documents for r in d.readouts] == [headline]
