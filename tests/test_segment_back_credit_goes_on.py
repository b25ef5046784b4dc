# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""A sentence crediting what came before that goes on to the source's own words ("Lo ha
riferito l'agenzia di stampa emiratina Wam, aggiungendo che …", "This was reported by WAM,
adding that …", «Об этом сообщило агентство WAM, добавив, что …») is the source's sentence,
not the writer's: with the next sentence it credits to the same source, that source speaks
twice and its account is cut beside the other side's. Before, the credit alone was read and
the sentence left to the writer, so the source was heard once and the page stayed one
account. Found on real items: an Agenzia Nova relay of WAM and the Kremlin (dev21
d21comp-004), an ANSAmed item ('Lo riferisce la presidenza di Ankara, precisando che …') and
an ANSA item ('Lo ha riferito il portavoce del Cremlino, …, aggiungendo che …'). Chinese
has no such crediting sentence. Every text here is written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts

ARTICLES = {
    "it": "Il presidente degli Emirati Mohammed bin Zayed ha telefonato ieri sera al presidente russo Vladimir Putin per parlare dei rapporti tra i due Paesi. Lo ha riferito l'agenzia di stampa emiratina Wam, aggiungendo che i due leader hanno discusso della cooperazione energetica. Sempre secondo la Wam, Putin ha ringraziato il presidente per la telefonata. Il Cremlino ha fatto sapere che i due leader hanno concordato di restare in contatto.\n",
    "en": "UAE President Mohamed bin Zayed phoned Russian President Vladimir Putin last night to discuss relations between the two countries. This was reported by the UAE's official news agency WAM, adding that the two leaders discussed energy cooperation. According to WAM, Putin thanked the president for the call. The Kremlin said the two leaders agreed to stay in touch.\n",
    "ru": "Президент ОАЭ Мухаммед бен Заид вчера вечером позвонил президенту России Владимиру Путину, чтобы обсудить отношения двух стран. Об этом сообщило агентство WAM, добавив, что лидеры обсудили сотрудничество в энергетике. По данным WAM, Путин поблагодарил президента за звонок. В Кремле сообщили, что лидеры договорились оставаться на связи.\n",
}


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_a_credit_going_on_is_the_sources_sentence(lang: str) -> None:
    found = split_accounts(ARTICLES[lang], {}, lang)
    got = [(d.source, d.side) for d in found]
    assert ("wam", "ARE") in got, got
    wam = next(d for d in found if d.source == "wam")
    assert wam.text.lstrip().startswith(("Lo ha riferito", "This was reported", "Об этом")), wam.text


@pytest.mark.parametrize(("lang", "goes_on", "bare"), [
    ("it", ", aggiungendo che i due leader hanno discusso della cooperazione energetica.", "."),
    ("en", ", adding that the two leaders discussed energy cooperation.", "."),
    ("ru", ", добавив, что лидеры обсудили сотрудничество в энергетике.", "."),
])
def test_a_bare_credit_stays_the_writers(lang: str, goes_on: str, bare: str) -> None:
    text = ARTICLES[lang].replace(goes_on, bare)
    assert all(d.source != "wam" for d in split_accounts(text, {}, lang))
