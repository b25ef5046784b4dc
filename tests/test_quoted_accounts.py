# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""News articles that quote official accounts inline, in it/en/ru/zh: a line announcing a
text ("Here is the full readout issued by the White House:"), a bracketed header ("（美国白宫
发布的文稿）"), a colon before a quoted post, paragraphs of one source's quoted words, a
text pointed to and not given; and the guards: one quoted sentence, or one source's words
quoted in passing, leave a news item one account. Every text here is written for these
tests."""

from __future__ import annotations

import pytest

from readouts.segment import paragraph_read, split_accounts

EN = """\
Two readouts of one call, side by side

By Laura Penn

WASHINGTON — President Trump and President Xi spoke by phone on Thursday, and the two governments published accounts that differ on Taiwan and on trade.

Here is the full readout issued by the White House:

President Donald J. Trump spoke today with President Xi Jinping of China. The two leaders discussed trade, fentanyl and the situation in Ukraine.

President Trump emphasized the importance of fair and reciprocal trade between the two countries.

The White House readout did not mention Taiwan, which featured prominently in the Chinese version.

Before the call, Trump tweeted: “Will be speaking with President Xi of China this morning. Trade and fentanyl are at the top of the list!”

“Xi Jinping pointed out that the Taiwan question is the most important issue in China-U.S. relations. The United States should handle it with prudence,” the Chinese Foreign Ministry said in its account.

The Xinhua readout is available here.
"""

IT = """\
Telefonata Meloni-Trump, le due versioni

di Giulia Neri

ROMA — La presidente del Consiglio Giorgia Meloni e il presidente statunitense Donald Trump si sono sentiti ieri pomeriggio per circa un'ora.

Ecco il testo integrale del comunicato di Palazzo Chigi:

Il Presidente del Consiglio, Giorgia Meloni, ha avuto oggi un colloquio telefonico con il Presidente degli Stati Uniti d'America, Donald J. Trump. Al centro della conversazione il sostegno all'Ucraina e i rapporti commerciali transatlantici.

I due leader hanno concordato di restare in stretto contatto in vista del prossimo vertice.

Il comunicato di Palazzo Chigi non cita i dazi, di cui invece parla Washington.

Poco dopo Trump ha scritto su Truth Social: «Ottima telefonata con la premier italiana. Lavoreremo insieme su commercio e difesa!»

Il resoconto della Casa Bianca è disponibile qui.
"""

RU = """\
Путин и Трамп провели телефонный разговор

Президенты России и США в среду провели телефонный разговор, который продлился около двух часов.

Полный текст сообщения пресс-службы Кремля:

Состоялся телефонный разговор Владимира Путина с Президентом Соединённых Штатов Америки Дональдом Трампом. Обсуждалась ситуация вокруг украинского кризиса.

Президенты договорились продолжить контакты.

В сообщении Кремля не упоминаются торговые вопросы, о которых говорит американская сторона.

После разговора Трамп написал в Truth Social: «Очень хороший и продуктивный разговор с президентом Путиным. Многие элементы соглашения уже согласованы!»
"""

ZH = """\
中美元首通话 双方各自发布消息

本报记者 王明

国家主席习近平12日晚同美国总统特朗普通电话。双方发布的消息稿在台湾问题上表述不同。

（中国外交部发布的文稿）2025年3月12日晚，国家主席习近平同美国总统特朗普通电话。习近平指出，台湾问题是中美关系中最重要的问题，美方务必慎重处理。

特朗普表示，美方重视对华关系，愿同中方加强沟通。

（美国白宫发布的文稿）President Donald J. Trump spoke today with President Xi Jinping of China. The two leaders discussed trade and fentanyl, and agreed to stay in close contact.

白宫的文稿没有提及台湾问题，也没有提到通话由哪一方发起。

特朗普在通话前于真实社交平台发文称：“我将与中国国家主席习近平通话，贸易和芬太尼是首要议题，相信会有好结果！”
"""


def _shape(text: str, lang: str) -> list[tuple[str, str | None, str, bool]]:
    return [(d.source, d.side, d.kind, not d.text.strip())
            for d in split_accounts(text, {}, lang)]


@pytest.mark.parametrize(("text", "lang", "want"), [
    (EN, "en", [("unknown", None, "news", False), ("whitehouse", "USA", "readout", False),
                ("unknown", None, "news", False), ("x", "USA", "post", False),
                ("china-mfa", "CHN", "readout", False), ("xinhua", "CHN", "readout", True),
                ("unknown", None, "news", False)]),
    (IT, "it", [("unknown", None, "news", False), ("palazzo-chigi", "ITA", "readout", False),
                ("unknown", None, "news", False), ("truth-social", "USA", "post", False),
                ("whitehouse", "USA", "readout", True), ("unknown", None, "news", False)]),
    (RU, "ru", [("unknown", None, "news", False), ("kremlin", "RUS", "readout", False),
                ("unknown", None, "news", False), ("truth-social", "USA", "post", False)]),
    (ZH, "zh", [("unknown", None, "news", False), ("china-mfa", "CHN", "readout", False),
                ("whitehouse", "USA", "readout", False), ("unknown", None, "news", False),
                ("truth-social", "USA", "post", False)]),
])
def test_an_article_splits_into_its_own_text_and_the_texts_it_quotes(
        text: str, lang: str, want: list[tuple[str, str | None, str, bool]]) -> None:
    assert _shape(text, lang) == want


def test_an_announced_text_runs_until_the_article_speaks_of_it() -> None:
    drafts = split_accounts(EN, {}, "en")
    readout = drafts[1].text
    assert readout.startswith("President Donald J. Trump spoke today")
    assert readout.rstrip().endswith("between the two countries.")
    assert "Here is the full readout" in drafts[0].text  # the announcing line is the article's
    assert drafts[2].text.startswith("The White House readout did not mention Taiwan")
    post = drafts[3].text
    assert post.startswith("Before the call, Trump tweeted:") and post.rstrip().endswith("list!”")


def test_a_bracketed_header_opens_the_text_and_the_next_header_ends_it() -> None:
    drafts = split_accounts(ZH, {}, "zh")
    mfa, white_house = drafts[1], drafts[2]
    assert mfa.text.startswith("（中国外交部发布的文稿）")
    assert "特朗普表示，美方重视对华关系" in mfa.text and "President" not in mfa.text
    assert white_house.language == "en" and "台湾" not in white_house.text


def test_a_paragraph_of_quoted_words_goes_on_in_the_bare_quotation_after_it() -> None:
    text = (
        "Comparing the two summaries of the Putin-Trump call\n\n"
        "The White House and the Kremlin released separate summaries of Tuesday's call.\n\n"
        "“The two presidents agreed that the fighting must stop and that a lasting settlement "
        "is in the interest of both nations and of the wider region,” the White House said.\n\n"
        "“They also discussed the energy infrastructure and agreed on technical talks.”\n\n"
        "The Russian side put it differently.\n\n"
        "“Vladimir Putin stressed that any settlement must address the root causes of the "
        "crisis and the legitimate security interests of Russia,” the Kremlin said.\n")
    drafts = split_accounts(text, {}, "en")
    assert [(d.source, d.kind) for d in drafts] == [
        ("unknown", "news"), ("whitehouse", "readout"), ("unknown", "news"),
        ("kremlin", "readout")]
    assert "technical talks" in drafts[1].text


@pytest.mark.parametrize(("text", "lang"), [
    ("Putin and Trump spoke by phone on Tuesday for more than an hour.\n\n"
     "The Kremlin said: “The conversation was frank and businesslike.”\n\n"
     "The two leaders agreed to keep in touch, aides said.\n", "en"),
    ("Meloni e Trump si sono sentiti al telefono martedì per oltre un'ora.\n\n"
     "«È stato un colloquio cordiale e costruttivo», ha fatto sapere Palazzo Chigi in una "
     "nota.\n\nI due leader si rivedranno al prossimo vertice.\n", "it"),
    ("Путин и Трамп во вторник провели телефонный разговор.\n\n"
     "«Разговор был откровенным и деловым», — говорится в сообщении Кремля.\n\n"
     "Лидеры договорились поддерживать контакт.\n", "ru"),
    ("习近平同特朗普通电话。\n\n外交部表示：“通话是积极的、建设性的。”\n\n双方同意保持沟通。\n", "zh"),
])
def test_a_news_item_with_one_quoted_sentence_stays_one_account(text: str, lang: str) -> None:
    assert len(split_accounts(text, {}, lang)) == 1


@pytest.mark.parametrize(("text", "lang"), [
    ("President Trump and President Zelensky spoke on Wednesday morning.\n\n"
     "“Just finished a very good call with President Zelensky. We discussed energy, "
     "prisoners and the path to peace, and our teams will meet next week,” Trump wrote "
     "on Truth Social.\n\nThe call came a day after his talks with Vladimir Putin.\n", "en"),
    ("Il premier indiano Modi ha sentito Putin al telefono.\n\n"
     "Modi ha scritto su X: «Ringrazio il mio amico presidente Putin per la telefonata e per "
     "aver condiviso le sue valutazioni sul recente incontro in Alaska. L'India sostiene "
     "ogni sforzo di pace.»\n\nI due leader hanno parlato anche di energia.\n", "it"),
    ("Президент России и премьер-министр Индии в понедельник провели телефонный разговор.\n\n"
     "Моди написал в соцсети X: «Благодарю моего друга президента Путина за звонок и за "
     "оценки недавней встречи на Аляске. Индия поддерживает все усилия ради мира.»\n\n"
     "Лидеры также обсудили энергетику.\n", "ru"),
    ("印度总理莫迪周一同俄罗斯总统普京通电话。\n\n莫迪在社交媒体X上发文说：“感谢我的朋友普京总统"
     "来电，并分享他对最近在阿拉斯加举行的会晤的看法。印度一贯支持一切和平努力，支持通过对话和外交"
     "解决冲突，期待很快在新德里再次见到他。”\n\n两国领导人还讨论了能源问题。\n", "zh"),
])
def test_a_post_quoted_whole_is_its_authors_account(text: str, lang: str) -> None:
    """A leader's post given entire in a news story is his account, beside the story's own
    sentences before and after it (decided in stop 23: seen on AGI, Il Foglio, AgenPress and
    Informazione.it items relaying Zelensky's posts)."""
    kinds = [(d.source == "unknown", d.kind) for d in split_accounts(text, {}, lang)]
    assert kinds[0] == (True, "news") and kinds[1][1] == "post" and kinds[2] == (True, "news")


def test_a_single_readout_stays_one_account() -> None:
    text = ("Readout of President Trump's Call with President Xi Jinping of China\n\n"
            "President Donald J. Trump spoke today with President Xi Jinping of China. "
            "The two leaders discussed trade. President Trump said: “We will keep working "
            "together on fentanyl, on soybeans and on the many other issues before us, and "
            "I look forward to my visit to Beijing in April.”\n")
    drafts = split_accounts(text, {"url": "https://www.whitehouse.gov/briefings/x"}, "en")
    assert [(d.source, d.kind) for d in drafts] == [("whitehouse", "readout")]


def test_quoted_pass_stays_linear(monkeypatch: pytest.MonkeyPatch) -> None:
    """Four times the article is read as four times the text, not sixteen (no rescans):
    counted in the characters the pass cuts into sentences, not timed."""
    unit = EN.split("\n", 4)[4]
    read: list[int] = []
    cut = paragraph_read.cut_sentences

    def counting(body: str, start: int, end: int) -> list:
        read.append(end - start)
        return cut(body, start, end)

    monkeypatch.setattr(paragraph_read, "cut_sentences", counting)

    def scanned(n: int) -> int:
        read.clear()
        split_accounts("Title\n\nBy A B\n\n" + unit * n, {}, "en")
        return sum(read)

    small, large = scanned(20), scanned(80)
    assert 0 < large <= 4 * small * 1.1


@pytest.mark.parametrize(("text", "lang"), [
    ("Two accounts, one silence\n\nThe Chinese Foreign Ministry declined to say who asked for the call. Asked twice, the Chinese Foreign Ministry would only repeat its line on Taiwan.\n\nThe call lasted an hour.\n", "en"),
    ("【评析】双方文稿的差异\n\n中国外交部发言人也不愿意正面回答记者提问的问题。中国外交部今天仍然不愿意说明是谁先提出通话。\n\n通话持续了一个小时。\n", "zh"),
])
def test_a_commentary_naming_a_source_twice_is_the_writers(text: str, lang: str) -> None:
    """Two sentences about a source are no account of it unless it is the one speaking."""
    assert len(split_accounts(text, {}, lang)) == 1


def test_a_spokesperson_quoted_at_length_after_a_question_is_a_briefing() -> None:
    text = ("习近平同特朗普通电话\n\n"
            "外界关注通话由哪一方发起。在周二的例行记者会上，有记者问这次通话是应谁的要求进行的？"
            "外交部发言人毛宁回答称：“两国元首保持着经常性的交往。据我了解，此次通话是美方发起的，"
            "通话的气氛是积极的、友好的、建设性的。两国元首就共同关心的问题进行了深入沟通，"
            "这对中美关系稳定发展十分重要。”\n\n"
            "分析人士认为，双方都希望稳定两国关系。\n")
    drafts = split_accounts(text, {}, "zh")
    assert [(d.source, d.kind) for d in drafts] == [
        ("unknown", "news"), ("china-mfa", "briefing"), ("unknown", "news")]
    assert drafts[1].text.startswith("外交部发言人毛宁回答称")  # the question is the writer's


LEAD_EN = """\
The Kremlin posts its account first

The Kremlin has published an account of a call between the Russian and American presidents.

Below is the Kremlin statement in our translation. The Kremlin's English-language site has not posted it yet, and the White House has not confirmed the call.

At the initiative of the Russian side, Vladimir Putin had a telephone conversation with the President of the United States of America.

December 29, 2019
18:55

Vladimir Putin thanked his counterpart for the information passed on through the special services. A range of issues of mutual interest was discussed.

The Kremlin statement did not say how long the call lasted.
"""
LEAD_IT = """\
Draghi e Putin al telefono

Il presidente del Consiglio e il presidente russo si sono sentiti nel pomeriggio per circa un'ora.

Di seguito il testo della nota del Cremlino, nella nostra traduzione.

Su richiesta della parte italiana si è svolta una conversazione telefonica tra Vladimir Putin e il presidente del Consiglio dei ministri della Repubblica italiana. Sono state discusse le forniture di gas e la situazione in Ucraina.

La nota del Cremlino non menziona la durata della telefonata.
"""
LEAD_RU = """\
Путин провёл телефонный разговор с Мелони

Президент России и председатель Совета министров Италии в понедельник провели телефонный разговор.

Ниже приводим полный текст сообщения пресс-службы Кремля.

По инициативе итальянской стороны состоялся телефонный разговор Владимира Путина с Председателем Совета министров Италии. Обсуждались вопросы двустороннего сотрудничества.

В сообщении Кремля не уточняется, сколько длился разговор.
"""
LEAD_ZH = """\
中美元首通话 白宫发表声明

美国总统特朗普当天同中国国家主席习近平通电话，白宫随后发表声明。

以下为白宫声明全文。

President Donald J. Trump spoke today with President Xi Jinping of China. The two leaders discussed trade and agreed to stay in close contact.

白宫的声明没有提及台湾问题。
"""


@pytest.mark.parametrize(("text", "lang", "source", "side"), [
    (LEAD_EN, "en", "kremlin", "RUS"), (LEAD_IT, "it", "kremlin", "RUS"),
    (LEAD_RU, "ru", "kremlin", "RUS"), (LEAD_ZH, "zh", "whitehouse", "USA"),
])
def test_a_sentence_opening_with_below_is_announces_the_text_after_it(
        text: str, lang: str, source: str, side: str) -> None:
    drafts = split_accounts(text, {}, lang)
    shape = list(dict.fromkeys((d.source, d.side, d.kind) for d in drafts))
    assert shape == [("unknown", None, "news"), (source, side, "readout")]
    assert drafts[-1].source == "unknown"  # the article resumes after the text
    quoted = "".join(d.text for d in drafts if d.source == source)
    assert "Below is" not in quoted and "Di seguito" not in quoted and "以下为" not in quoted


def test_a_date_line_inside_an_announced_text_does_not_end_it() -> None:
    drafts = split_accounts(LEAD_EN, {}, "en")
    thanked = next(d for d in drafts if "thanked his counterpart" in d.text)
    assert (thanked.source, thanked.kind) == ("kremlin", "readout")
