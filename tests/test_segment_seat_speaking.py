# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""A capital speaking for its government as its sentence's subject ("Moscow said the talks
had been initiated by London", "Mosca ha fatto sapere", "В Москве заявили", "莫斯科方面表示";
`seat` in knowledge/sources.yaml) is that government's account, in reported speech as in
quotation marks; a capital that is a place ("talks in Moscow, the envoy said") speaks for no
one. Every text here is written for these tests (found on a real UA Today item whose
"Moscow said" and "…”London said" were the news's)."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts
from readouts.segment.attribution import speaker_of
from readouts.segment.sources import registry

EN = """\
Putin and Starmer talk for the first time

Russian President Vladimir Putin and British Prime Minister Keir Starmer held a telephone conversation on Tuesday, the first since Starmer took office.

{seat} said the call had been requested by the British side.

"The Prime Minister stressed the need for a just and lasting peace and said the United Kingdom would keep supporting Ukraine for as long as it takes. The two leaders agreed that their officials would stay in touch in the coming weeks"London said.

Observers expect little to come of it.
"""
IT = """\
Putin e Starmer si parlano per la prima volta

Il presidente russo Vladimir Putin e il primo ministro britannico Keir Starmer hanno avuto martedì un colloquio telefonico, il primo da quando Starmer è in carica.

{seat} ha fatto sapere che la telefonata era stata chiesta dalla parte britannica.

"Il primo ministro ha sottolineato la necessità di una pace giusta e duratura e ha detto che il Regno Unito continuerà a sostenere l'Ucraina finché sarà necessario. I due leader hanno concordato che i loro funzionari resteranno in contatto nelle prossime settimane", ha detto Londra.

Gli osservatori non si attendono molto.
"""
RU = """\
Путин и Стармер впервые поговорили

Президент России Владимир Путин и премьер-министр Великобритании Кир Стармер во вторник провели телефонный разговор, первый с момента вступления Стармера в должность.

{seat} заявили, что разговор состоялся по просьбе британской стороны.

«Премьер-министр подчеркнул необходимость справедливого и прочного мира и сказал, что Великобритания будет поддерживать Украину столько, сколько потребуется. Лидеры договорились, что их сотрудники останутся на связи в ближайшие недели», – заявили в Лондоне.

Наблюдатели не ждут от разговора многого.
"""
ZH = """\
普京与斯塔默首次通话

俄罗斯总统普京和英国首相斯塔默周二通电话，这是斯塔默就任以来双方首次通话。

{seat}方面表示，此次通话是应英方请求进行的。

“首相强调需要实现公正持久的和平，并表示英国将在必要时一直支持乌克兰。两国领导人同意双方官员在未来几周保持密切联系，继续就乌克兰局势、欧洲安全以及双边关系中的有关问题交换意见，”伦敦方面称。

观察人士对此次通话预期不高。
"""
TEXTS = {"en": (EN, "Moscow", "in Moscow, the envoy"),
         "it": (IT, "Mosca", "A Mosca, l'inviato"),
         "ru": (RU, "В Москве", "Находясь в Москве, посланник"),
         "zh": (ZH, "莫斯科", "在莫斯科访问的特使")}


def _accounts(text: str, lang: str) -> list[tuple[str, str | None, str]]:
    return list(dict.fromkeys((a.source, a.side, a.kind) for a in split_accounts(text, {}, lang)))


@pytest.mark.parametrize("lang", ["en", "it", "ru", "zh"])
def test_a_capital_speaking_is_its_governments_account(lang: str) -> None:
    text, seat, _ = TEXTS[lang]
    got = _accounts(text.format(seat=seat), lang)
    assert got[:3] == [("unknown", None, "news"), ("kremlin", "RUS", "readout"),
                       ("uk-gov", "GBR", "readout")]


@pytest.mark.parametrize("lang", ["en", "it", "ru", "zh"])
def test_a_capital_that_is_a_place_speaks_for_no_one(lang: str) -> None:
    text, _, place = TEXTS[lang]
    got = _accounts(text.format(seat=place), lang)
    assert ("kremlin", "RUS", "readout") not in got


@pytest.mark.parametrize(("sentence", "source"), [
    ("Moscow has also said the call was requested by London.", "kremlin"),
    ("北京方面表示，通话是应美方请求进行的。", "china-mfa"),
    ("Berlin released a note of its own on the talks.", None),  # the text described
    ("Berlino ha diffuso una propria nota sul colloquio.", None),
    ("巴黎的外交官说，情况变化不大。", None),  # the capital modifies who speaks
    ("Moscow diplomats say little has changed.", None),
])
def test_a_capital_speaks_only_as_the_subject_of_a_speech_verb(sentence: str, source: str | None) -> None:
    said = speaker_of(sentence, registry().named_all(sentence))
    assert (said.source.id if said is not None and said.source is not None else None) == source
