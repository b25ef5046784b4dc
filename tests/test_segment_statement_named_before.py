# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""A source's text the article called a statement in an earlier paragraph ("…, citing the
White House's statement and the Kremlin", "la dichiarazione della Casa Bianca", "заявление
Белого дома") is that statement where its words are told later with no kind of their own
("The White House said …"): its account's kind is `statement`, not the source's usual
readout. Found on a real Newsroom Odisha item carrying IANS (h12comp-004). In it/en/ru; in
Chinese "声明" is the loose word for any text ("白宫发表的声明" over the White House readout,
trial comp-103), so the Chinese item keeps the usual kind. The guards: with no statement
named before, or a compound ("the White House statement"), the usual kind stays. Every text
here is written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts

EN = """\
Washington: US President Joe Biden and Chinese President Xi Jinping held a phone call on Friday about trade.

The call lasted almost two hours, the two sides said, and touched on tariffs and export controls, Reuters reported, citing the White House's statement and Chinese state media.

The White House said Biden told Xi that “the United States will keep defending its workers and its industry, while staying open to talks on every issue that divides us”.

The Chinese side, for its part, said the talks had been “candid and constructive”, according to Xinhua, which added that the two leaders agreed to keep in touch.

Markets rose after the call.
"""

IT = """\
Washington: il presidente americano Joe Biden e il presidente cinese Xi Jinping hanno avuto venerdì una telefonata sul commercio.

La telefonata è durata quasi due ore e ha toccato dazi e controlli sulle esportazioni, secondo quanto riporta la Reuters, che cita la dichiarazione della Casa Bianca e i media statali cinesi.

La Casa Bianca ha detto che Biden ha spiegato a Xi che “gli Stati Uniti continueranno a difendere i loro lavoratori e la loro industria, restando aperti al dialogo su ogni questione che ci divide”.

La parte cinese ha fatto sapere che i colloqui sono stati “franchi e costruttivi”, secondo l'agenzia Xinhua, che aggiunge che i due leader hanno concordato di restare in contatto.

I mercati sono saliti dopo la telefonata.
"""

RU = """\
Вашингтон. Президент США Джо Байден и председатель КНР Си Цзиньпин в пятницу провели телефонный разговор о торговле.

Разговор длился почти два часа и касался пошлин и экспортного контроля, сообщает Reuters, ссылаясь на заявление Белого дома и китайские государственные СМИ.

В Белом доме сказали, что Байден заявил Си, что «Соединённые Штаты будут и дальше защищать своих работников и свою промышленность, оставаясь открытыми для переговоров по любому вопросу, который нас разделяет».

Китайская сторона заявила, что переговоры были «откровенными и конструктивными», сообщает агентство Синьхуа, добавляя, что лидеры договорились поддерживать связь.

Рынки выросли после разговора.
"""

ZH = """\
华盛顿消息：美国总统拜登与中国国家主席习近平周五就贸易问题通电话。

据路透社报道，根据白宫的声明和中国官方媒体，通话持续近两个小时，涉及关税和出口管制。

白宫说，拜登对习近平表示“美国将继续保护本国工人和产业，同时愿意就双方存在分歧的每一个问题进行对话，并保持沟通渠道畅通。美方希望双方团队尽快在华盛顿或北京举行新一轮经贸磋商，为两国企业和农民带来可预期的环境”。

中方表示，会谈“坦率且富有建设性”，新华社报道说，两国领导人同意保持联系。

通话后市场上涨。
"""


@pytest.mark.parametrize(("text", "lang"), [(EN, "en"), (IT, "it"), (RU, "ru")])
def test_a_text_called_a_statement_before_keeps_that_kind(text: str, lang: str) -> None:
    got = [(a.source, a.kind) for a in split_accounts(text, {}, lang)]
    assert ("whitehouse", "statement") in got
    assert ("whitehouse", "readout") not in got


@pytest.mark.parametrize(("text", "lang"), [(EN, "en"), (IT, "it"), (RU, "ru"), (ZH, "zh")])
def test_with_no_statement_named_the_usual_kind_stays(text: str, lang: str) -> None:
    for called in ("the White House's statement and ", "la dichiarazione della Casa Bianca e ",
                   "заявление Белого дома и ", "白宫的声明和"):
        text = text.replace(called, "")
    got = [(a.source, a.kind) for a in split_accounts(text, {}, lang)]
    assert ("whitehouse", "readout") in got and ("whitehouse", "statement") not in got


def test_a_compound_statement_is_the_loose_word_for_any_text() -> None:
    # "Below is the Kremlin statement" over the Kremlin's readout: no kind named
    text = EN.replace("the White House's statement", "the White House statement")
    got = [(a.source, a.kind) for a in split_accounts(text, {}, "en")]
    assert ("whitehouse", "readout") in got and ("whitehouse", "statement") not in got


def test_a_chinese_statement_is_the_loose_word_for_any_text() -> None:
    got = [(a.source, a.kind) for a in split_accounts(ZH, {}, "zh")]
    assert ("whitehouse", "readout") in got and ("whitehouse", "statement") not in got


def test_a_press_statement_is_a_statement() -> None:
    # found on a real Apostrophe item: "…, according to the White House press statement"
    text = EN.replace("the White House's statement", "the White House press statement")
    got = [(a.source, a.kind) for a in split_accounts(text, {}, "en")]
    assert ("whitehouse", "statement") in got and ("whitehouse", "readout") not in got
