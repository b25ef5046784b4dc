# ruff: noqa: E501 - the pages are written one paragraph a line, as they paste
"""What a page's top lines say of its source: a newspaper's section label naming a source
("Casa Bianca", "Кремль", "白宫") over its own article is no source line, and a headline
announcing a source's text in full ("Full text: White House statement on …", "Полный текст
сообщения пресс-службы Кремля") keeps that source on a newspaper's page. In it/en/ru/zh;
every text here is written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts

LABELLED = [
    ("Casa Bianca\n\nTrump sente Xi: «Telefonata ottima, andrò a Pechino»\n\ndi Mario Rossi\n\n"
     "WASHINGTON – Il presidente americano Donald Trump e il leader cinese Xi Jinping si sono sentiti ieri sera al telefono per oltre un'ora. Al centro del colloquio i dazi e il fentanyl.\n\n"
     "Trump ha poi annunciato che visiterà Pechino in aprile.\n", "it"),
    ("Kremlin\n\nPutin and Trump discuss Ukraine in two-hour call\n\nBy Jane Doe\n\n"
     "MOSCOW — Russian President Vladimir Putin and U.S. President Donald Trump spoke by phone for more than two hours on Tuesday, discussing a ceasefire in Ukraine.\n\n"
     "The two leaders agreed that their teams would meet next week.\n", "en"),
    ("Кремль\n\nПутин и Трамп обсудили Украину по телефону\n\nАвтор: Иван Петров\n\n"
     "Президент России Владимир Путин и президент США Дональд Трамп во вторник провели телефонный разговор, который продлился более двух часов.\n\n"
     "Лидеры договорились, что их команды встретятся на следующей неделе.\n", "ru"),
    ("白宫\n\n特朗普与习近平通电话 讨论贸易问题\n\n本报记者 王明\n\n"
     "美国总统特朗普与中国国家主席习近平周二晚间通电话，双方讨论了贸易、芬太尼和农产品采购等问题。\n\n"
     "特朗普随后表示，他将于明年四月访问北京。\n", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), LABELLED)
def test_a_section_label_naming_a_source_is_not_the_articles_publisher(text: str, lang: str) -> None:
    (draft,) = split_accounts(text, {}, lang)
    assert (draft.source, draft.side, draft.kind) == ("unknown", None, "news")
    assert draft.title is not None and draft.title != text.split("\n")[0]  # the headline


def test_a_bare_source_line_over_its_own_text_still_names_it() -> None:
    """No byline, no dateline: the line is the compiler's credit, as before."""
    text = ("Casa Bianca\n\nIl Presidente Donald J. Trump ha parlato oggi con il Presidente Xi Jinping. "
            "I due leader hanno discusso di commercio e di fentanyl.\n")
    (draft,) = split_accounts(text, {}, "it")
    assert (draft.source, draft.side) == ("whitehouse", "USA")


REPUBLISHED = [
    ("Full text: White House statement on Trump's call with Xi\n\n"
     "President Donald J. Trump spoke today with President Xi Jinping of the People's Republic of China. The two leaders discussed trade and fentanyl, and agreed that their teams would meet soon.\n",
     "en", "https://www.scmp.com/news/china/article/1", "whitehouse", "USA"),
    ("Il testo integrale della nota di Palazzo Chigi\n\n"
     "Il Presidente del Consiglio, Giorgia Meloni, ha avuto oggi un colloquio telefonico con il Presidente della Repubblica di Turchia, Recep Tayyip Erdogan. I due leader hanno concordato di mantenersi in stretto contatto.\n",
     "it", "https://www.ansa.it/sito/notizie/politica/1.html", "palazzo-chigi", "ITA"),
    ("Полный текст сообщения пресс-службы Кремля\n\n"
     "Состоялся телефонный разговор Владимира Путина с Президентом Турецкой Республики Реджепом Тайипом Эрдоганом. Президенты договорились продолжить контакты.\n",
     "ru", "https://ria.ru/20250101/1.html", "kremlin", "RUS"),
    ("中国外交部发布的通话稿全文\n\n"
     "国家主席习近平应约同土耳其总统埃尔多安通电话。习近平指出，中土两国都是发展中大国，双方要加强战略沟通。\n",
     "zh", "https://www.zaobao.com.sg/news/china/story1", "china-mfa", "CHN"),
]


@pytest.mark.parametrize(("text", "lang", "url", "source", "side"), REPUBLISHED)
def test_a_source_text_republished_whole_by_a_newspaper_keeps_its_source(
        text: str, lang: str, url: str, source: str, side: str) -> None:
    (draft,) = split_accounts(text, {"url": url}, lang)
    assert (draft.source, draft.side, draft.kind) == (source, side, "readout")


def test_a_newspapers_own_headline_naming_a_source_keeps_the_newspaper() -> None:
    text = ("White House says Trump and Xi had a good call\n\n"
            "President Donald Trump and Chinese leader Xi Jinping spoke on Tuesday, the White House said, without giving details.\n")
    (draft,) = split_accounts(text, {"url": "https://www.scmp.com/news/china/article/2"}, "en")
    assert (draft.source, draft.side, draft.kind) == ("scmp", None, "news")


DATED = [
    ("3 March 2019\n\nMay and Trump speak on trade\n\nBy Jane Doe\n\nLONDON — The British and American leaders spoke by phone on Sunday.\n\n"
     "Here is the statement issued by Downing Street:\n\n"
     "The Prime Minister spoke to President Trump this afternoon. The Prime Minister and President agreed on the importance of a close trading relationship after Brexit.\n", "en"),
    ("3 marzo 2019\n\nConte e Trump al telefono\n\ndi Mario Rossi\n\nROMA — Il presidente del Consiglio e il presidente americano si sono sentiti domenica.\n\n"
     "Ecco il testo integrale del comunicato di Palazzo Chigi:\n\n"
     "Il Presidente del Consiglio ha avuto oggi un colloquio telefonico con il Presidente degli Stati Uniti. I due Presidenti hanno concordato di restare in stretto contatto.\n", "it"),
    ("3 марта 2019\n\nПутин и Трамп провели разговор\n\nАвтор: Иван Петров\n\nПрезиденты России и США в воскресенье провели телефонный разговор.\n\n"
     "Полный текст сообщения пресс-службы Кремля:\n\n"
     "Состоялся телефонный разговор Президента России с Президентом США. Президенты договорились продолжить контакты.\n", "ru"),
    ("2019年3月3日\n\n中美元首通电话\n\n本报记者 王明\n\n中美两国元首周日通电话。\n\n"
     "以下为白宫声明全文：\n\n"
     "President Donald J. Trump spoke today with President Xi Jinping of China. The two leaders agreed to stay in close contact.\n", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), DATED)
def test_a_text_quoted_in_a_dated_article_keeps_the_articles_date(text: str, lang: str) -> None:
    """"The Prime Minister" inside a quoted statement is read on the article's day, not
    the reader's: the quoted account carries the article's dateline."""
    drafts = split_accounts(text, {}, lang)
    quoted = [d for d in drafts if d.kind != "news"]
    assert quoted and drafts[0].dateline == "2019-03-03"
    assert all(d.dateline == "2019-03-03" for d in quoted)
