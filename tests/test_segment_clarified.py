# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""A spokesperson or an official who clarified or explained what was said ("A White House
official later clarified that …", "Leavitt clarified that …", "ha chiarito che", «уточнила,
что», «пояснила», "澄清") speaks, as one who said it does: her words beside the other side's
are her source's briefing, not the writer's (speech verbs in lang/<lang>/quoting.yaml, the
officials' cue in lang/en|zh/sources.yaml). Found on real celebsreflect, news-pravda.com and
Independent items. Every text here is written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts

ARTICLES = {
    "en": "Trump and Putin did not speak on Thursday, the White House said.\n\nWhite House press secretary Karoline Leavitt clarified that it was the president's special envoy who met Putin in Moscow. Leavitt clarified that the envoy's talks in the Kremlin lasted several hours.\n\nThe Kremlin said in a statement that the talks with the envoy were useful. The statement added that Putin passed a message to Trump.\n",
    "it": "Trump e Putin giovedì non si sono sentiti, ha fatto sapere la Casa Bianca.\n\nLa portavoce della Casa Bianca Karoline Leavitt ha chiarito che a incontrare Putin a Mosca è stato l'inviato speciale del presidente. Leavitt ha chiarito che i colloqui dell'inviato al Cremlino sono durati diverse ore.\n\nIl Cremlino in una nota ha riferito che i colloqui con l'inviato sono stati utili. La nota aggiunge che Putin ha affidato un messaggio per Trump.\n",
    "ru": "Трамп и Путин в четверг не разговаривали, сообщили в Белом доме.\n\nПресс-секретарь Белого дома Каролин Ливитт уточнила, что с Путиным в Москве встречался специальный посланник президента. Ливитт пояснила, что переговоры посланника в Кремле продлились несколько часов.\n\nВ Кремле заявили, что переговоры с посланником были полезными. В Кремле также сообщили, что Путин передал послание Трампу.\n",
    "zh": "白宫称，特朗普与普京周四并未通话。\n\n白宫新闻秘书莱维特澄清，在莫斯科会见普京的是总统特使。莱维特还澄清，特使在克里姆林宫的会谈持续了数小时。\n\n克里姆林宫表示，与特使的会谈是有益的。克里姆林宫还表示，普京请特使向特朗普转达了口信。\n",
}


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_a_spokeswoman_who_clarified_speaks_for_her_source(lang: str) -> None:
    got = [(a.source, a.kind) for a in split_accounts(ARTICLES[lang], {}, lang)]
    assert ("whitehouse", "briefing") in got, got
    assert any(source == "kremlin" for source, _ in got), got


def test_an_official_who_later_clarified_gives_a_briefing() -> None:
    text = ("Trump and Putin spoke by phone on Friday.\n\n"
            "A White House official later clarified that it was not a video call. A White House official clarified that the president meant to say Putin had laughed.\n\n"
            "The Kremlin said in a statement that the conversation was businesslike. The statement added that the presidents discussed Venezuela.\n")
    got = [(a.source, a.kind) for a in split_accounts(text, {}, "en")]
    assert ("whitehouse", "briefing") in got, got
