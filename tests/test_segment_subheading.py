"""A subheading inside an unsigned article, in it/en/ru/zh: a short line naming the contact
but not its parties ("I temi del colloquio", "What the call covered", "Темы разговора",
"通话的议题") stays in the article; a headline naming the parties is still another
account's. Every text here is written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts

SUBHEADED = {
    "it": ("Meloni e Trump si sono sentiti oggi al telefono per mezz'ora, secondo quanto si "
           "apprende da fonti di governo.\n\nI temi del colloquio\n\nI due leader hanno "
           "parlato dei dazi sulle merci europee e della guerra in Ucraina.\n"),
    "en": ("Starmer and Trump spoke by phone for half an hour on Tuesday, officials said.\n\n"
           "What the call covered\n\nThe two leaders discussed tariffs on British goods and "
           "the war in Ukraine.\n"),
    "ru": ("Путин и Токаев во вторник полчаса говорили по телефону.\n\nТемы разговора\n\n"
           "Лидеры обсудили торговлю между двумя странами и транзит энергоносителей.\n"),
    "zh": ("习近平周二同托卡耶夫通电话，时间约半小时。\n\n通话的议题\n\n"
           "两国元首讨论了双边贸易和能源过境问题。\n"),
}


@pytest.mark.parametrize("lang", sorted(SUBHEADED))
def test_a_subheading_naming_no_party_stays_in_the_article(lang: str) -> None:
    assert len(split_accounts(SUBHEADED[lang], {}, lang)) == 1


HEADLINE = {
    "it": ("Meloni e Trump si sono sentiti oggi al telefono per mezz'ora.\n\n"
           "Colloquio con il Presidente francese\n\nLa presidente del Consiglio ha poi "
           "ricevuto Macron a Palazzo Chigi per un lungo incontro.\n"),
    "zh": ("习近平周二同托卡耶夫通电话，时间约半小时。\n\n习近平同法国总统马克龙会谈\n\n"
           "两国元首讨论了双边关系。\n"),
}


@pytest.mark.parametrize("lang", sorted(HEADLINE))
def test_a_contact_s_headline_naming_its_parties_opens_an_account(lang: str) -> None:
    assert len(split_accounts(HEADLINE[lang], {}, lang)) == 2
