# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""An ambassador speaks as his foreign ministry's voice ("Secondo l'ambasciatore russo in
Italia, …", "According to the Russian ambassador to Italy, …", «По словам посла России в
Италии, …», "俄罗斯驻华大使说"): his words quoted at length in a news item are that
ministry's briefing, cut from the writer's text. Found on a real Il Giornale d'Italia item
carrying Dire (held-out 12, h12comp-002: the Russian ambassador on Putin's congratulations to
Meloni). The guard: an ambassador only named, speaking not, leaves the item whole. Every text
here is written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts

ITEMS = {
    "it": "Meloni ha ricevuto oggi le congratulazioni di diversi leader stranieri. Secondo l'ambasciatore russo in Italia, anche il ministro degli Esteri russo si è congratulato con il collega italiano. \"Posso dire che il presidente si è congratulato con la presidente del Consiglio per l'incarico e che lavoreremo con il governo che rappresenta l'Italia, se la volontà sarà reciproca\", ha detto l'ambasciatore a margine di un forum.\n\nOggi Meloni ha sentito anche il cancelliere tedesco.\n",
    "en": "Meloni received congratulations from several foreign leaders today. According to the Russian ambassador to Italy, the Russian foreign minister also congratulated his Italian counterpart. \"I can say that the president congratulated the prime minister on her appointment and that we will work with the government that represents Italy, if the will is mutual,\" the ambassador said on the sidelines of a forum.\n\nToday Meloni also spoke with the German chancellor.\n",
    "ru": "Мелони сегодня получила поздравления от нескольких иностранных лидеров. По словам посла России в Италии, министр иностранных дел России также поздравил итальянского коллегу. «Могу сказать, что президент поздравил председателя Совета министров с назначением и что мы будем работать с правительством, которое представляет Италию, если воля будет взаимной», — сказал посол на полях форума.\n\nСегодня Мелони также поговорила с канцлером Германии.\n",
    "zh": "梅洛尼今天收到多位外国领导人的祝贺。俄罗斯驻华大使说，俄罗斯外长也向意大利外长表示祝贺。“我可以说，总统祝贺总理就任，只要意愿是相互的，我们将与代表意大利的政府合作，并在各个领域保持密切沟通。俄方愿同意方一道，推动双边关系在相互尊重的基础上稳定发展，造福两国人民。”\n\n梅洛尼今天还同德国总理通了电话。\n",
}


@pytest.mark.parametrize("lang", sorted(ITEMS))
def test_an_ambassador_s_words_are_his_ministry_s_briefing(lang: str) -> None:
    got = [(a.source, a.side, a.kind) for a in split_accounts(ITEMS[lang], {}, lang)]
    assert got[0] == ("unknown", None, "news"), got
    assert ("russia-mfa", "RUS", "briefing") in got, got


def test_an_ambassador_only_named_leaves_the_item_whole() -> None:
    text = "Meloni ha ricevuto oggi l'ambasciatore russo in Italia a Palazzo Chigi per un colloquio sulla crisi.\n\nOggi Meloni ha sentito anche il cancelliere tedesco.\n"
    assert [a.source for a in split_accounts(text, {}, "it")] == ["unknown"]
