# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""A statement told in reported speech by the sentence opening its paragraph ("白宫9日发表声明
说，…。特朗普同意…。两国代表将…。", "The White House said in a statement on Thursday that …")
runs on over the paragraph's next sentences that name no source: they are its content, the
statement's account, not the agency's news. Told in the middle of the writer's paragraph, it
is one sentence. Every text here is written for these tests (found on a real Asia-Pacific
Daily item reprinting Xinhua, whose White House statement stayed the agency's news)."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts

ZH = """\
特朗普称与习近平通话十分良好

【本报讯】美国总统特朗普10日表示，他9日与中国国家主席习近平的电话交谈十分良好。他还说，美中友好相处对亚太各国都有益。

{opening}白宫9日发表声明说，特朗普当晚与习近平进行了一次长时间的电话交谈，讨论了许多议题。特朗普同意遵守一个中国政策。两国代表将就涉及共同利益的诸多问题举行讨论和谈判。
"""
EN = """\
Trump says his call with Xi was very good

US President Donald Trump said on Friday that his telephone conversation with Chinese President Xi Jinping the day before had been very good. He added that good relations between the two countries benefit the whole region.

{opening}The White House said in a statement on Thursday that Trump had held a long phone call with Xi that evening and that they had discussed many subjects. Trump agreed to honour the one-China policy. Representatives of the two countries will hold talks on the many issues of common interest.
"""
IT = """\
Trump: ottima la telefonata con Xi

Il presidente degli Stati Uniti Donald Trump ha detto venerdì che la conversazione telefonica con il presidente cinese Xi Jinping del giorno prima è stata molto buona. Ha aggiunto che buoni rapporti tra i due Paesi giovano a tutta la regione.

{opening}La Casa Bianca ha fatto sapere in una dichiarazione che giovedì sera Trump ha avuto una lunga telefonata con Xi e che hanno discusso di molti temi. Trump ha accettato di rispettare la politica di una sola Cina. I rappresentanti dei due Paesi terranno colloqui sulle molte questioni di interesse comune.
"""
RU = """\
Трамп назвал разговор с Си Цзиньпином очень хорошим

Президент США Дональд Трамп в пятницу заявил, что его телефонный разговор с председателем КНР Си Цзиньпином накануне был очень хорошим. Он добавил, что хорошие отношения двух стран выгодны всему региону.

{opening}Белый дом сообщил в своем заявлении, что в четверг вечером Трамп провёл долгий телефонный разговор с Си Цзиньпином и они обсудили многие темы. Трамп согласился соблюдать политику одного Китая. Представители двух стран проведут переговоры по многим вопросам, представляющим общий интерес.
"""
TEXTS = {"zh": (ZH, "此前，双方团队已进行沟通。", "一个中国"),
         "en": (EN, "The two sides' teams had been in touch before. ", "one-China"),
         "it": (IT, "In precedenza i due staff si erano sentiti. ", "una sola Cina"),
         "ru": (RU, "Ранее команды сторон были на связи. ", "одного Китая")}


@pytest.mark.parametrize("lang", ["zh", "en", "it", "ru"])
def test_a_statement_told_by_its_paragraphs_opening_runs_on(lang: str) -> None:
    text, _, content = TEXTS[lang]
    accounts = split_accounts(text.format(opening=""), {}, lang)
    statement = [a for a in accounts if a.source == "whitehouse"]
    assert [(a.side, a.kind) for a in statement] == [("USA", "statement")]
    assert content in statement[0].text


@pytest.mark.parametrize("lang", ["zh", "en", "it", "ru"])
def test_a_statement_told_inside_the_writers_paragraph_is_one_sentence(lang: str) -> None:
    text, opening, content = TEXTS[lang]
    accounts = split_accounts(text.format(opening=opening), {}, lang)
    assert not any(content in a.text for a in accounts if a.source == "whitehouse")
