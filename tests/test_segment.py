"""Splitting documents into accounts: compilations, transcripts, briefings, posts, bulletins,
news articles, in it/en/ru/zh, and every corpus file's source from its text alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from readouts.segment import split_accounts
from readouts.segment.bulletin import read_dateline
from readouts.segment.source_cues import cue_source
from readouts.segment.sources import registry

IT_COMPILATION = """\
# Putin e Xi al telefono: i resoconti delle due parti

Mercoledì 12 marzo Vladimir Putin e Xi Jinping si sono sentiti al telefono. Di seguito i
resoconti diffusi da Pechino e da Mosca, nella nostra traduzione.

via Xinhua

习近平同俄罗斯总统普京通电话

Il presidente cinese Xi Jinping ha avuto mercoledì pomeriggio un colloquio telefonico con il
presidente russo Vladimir Putin. Xi ha affermato che Cina e Russia resteranno buoni vicini.

Xi ha sottolineato che l'interscambio commerciale tra i due Paesi ha superato i 240 miliardi
di dollari e che la cooperazione energetica ha ampi margini di crescita.

Fonte: ministero degli Esteri di Pechino

Rispondendo a una domanda, la portavoce del ministero ha detto che i due capi di Stato hanno
discusso della crisi ucraina e che la Cina incoraggia ogni sforzo per la pace.

dal sito del Cremlino

Vladimir Putin: Caro amico, caro presidente Xi Jinping,

sono lieto di sentirla. Vorrei iniziare congratulandomi per il successo dei vostri Giochi.

Xi Jinping (ritradotto): Caro presidente Putin, caro amico,

la ringrazio. La Cina è pronta a lavorare con la Russia per nuovi risultati.

Il briefing del consigliere presidenziale Yury Ushakov

12 marzo 2025, 18:40

Ushakov ha detto ai giornalisti che la conversazione è durata un'ora e mezza e si è svolta in
un'atmosfera amichevole. I due leader hanno concordato di incontrarsi a maggio a Mosca.

Il post di Donald Trump su Truth Social
"""


def accounts(text: str, lang: str, **meta: str):  # noqa: ANN201 - list of drafts
    return split_accounts(text, dict(meta), lang)


def test_italian_compilation_splits_into_five_accounts() -> None:
    lead, *found = accounts(IT_COMPILATION, "it")
    # the compiler's lead reports the call ("si sono sentiti al telefono"): its own news
    assert (lead.source, lead.side, lead.kind) == ("unknown", None, "news")
    assert lead.text.startswith("Mercoledì 12 marzo") and "Di seguito i" in lead.text
    assert [(a.source, a.side, a.kind) for a in found] == [
        ("xinhua", "CHN", "readout"),
        ("china-mfa", "CHN", "readout"),
        ("kremlin", "RUS", "transcript"),
        ("kremlin", "RUS", "briefing"),
        ("truth-social", "USA", "post"),
    ]
    xinhua, mfa, transcript, briefing, post = found
    assert xinhua.title == "习近平同俄罗斯总统普京通电话"  # a Chinese heading heads the account
    assert xinhua.text.startswith("Il presidente cinese") and "240 miliardi" in xinhua.text
    assert xinhua.language == "it" and xinhua.evidence == "cue: via Xinhua"
    assert mfa.evidence == "cue: Fonte: ministero degli Esteri di Pechino"
    assert [t.label for t in transcript.turns] == ["Vladimir Putin", "Xi Jinping"]
    assert "sono lieto di sentirla" in transcript.text  # the salutation is not a new account
    assert briefing.dateline == "2025-03-12T18:40"
    assert briefing.text.startswith("Ushakov ha detto")
    assert post.text == "" and post.start == post.end
    for a in found:
        assert IT_COMPILATION[a.start:a.end] == a.text
    assert "Di seguito i" not in "".join(a.text for a in found)


def test_compilation_pasted_with_one_line_per_paragraph() -> None:
    text = "\n".join(line for line in IT_COMPILATION.splitlines() if line.strip())
    found = accounts(text, "it")[1:]  # after the compiler's lead
    assert [(a.source, a.kind) for a in found] == [
        ("xinhua", "readout"), ("china-mfa", "readout"), ("kremlin", "transcript"),
        ("kremlin", "briefing"), ("truth-social", "post")]
    assert found[0].title == "习近平同俄罗斯总统普京通电话"
    assert found[3].dateline == "2025-03-12T18:40"


def test_wrapped_lines_mentioning_a_briefing_are_not_cue_lines() -> None:
    text = (
        "President Joseph R. Biden, Jr. spoke today with President Xi Jinping of China.\n"
        "During a briefing with reporters, the President\n"
        "said that the call was candid and constructive.\n"
    )
    found = accounts(text, "en")
    assert len(found) == 1 and found[0].kind == "readout"


def test_english_compilation_with_end_marks_and_source_lines() -> None:
    text = (
        "Source: Kremlin\n\n"
        "Vladimir Putin had a telephone conversation with President of Finland Alexander "
        "Stubb. The leaders discussed bilateral trade and the situation on the border.\n\n"
        "White House readout:\n\n"
        "President Donald J. Trump spoke today with President Alexander Stubb of Finland. "
        "The leaders discussed support for Ukraine and icebreaker construction.\n\n"
        "###\n\n"
        "Beijing, March 3 (Xinhua) -- Chinese President Xi Jinping held phone talks with "
        "Finnish President Alexander Stubb on Monday.\n\n"
        "(Enditem)\n"
    )
    found = accounts(text, "en")
    assert [(a.source, a.side, a.kind) for a in found] == [
        ("kremlin", "RUS", "readout"),
        ("whitehouse", "USA", "readout"),
        ("xinhua", "CHN", "readout"),
    ]
    assert found[1].text.endswith("icebreaker construction.")
    assert found[2].evidence == "signature: xinhua-en-dateline"


def test_russian_kremlin_page_with_transcript_and_aide_briefing() -> None:
    text = (
        "Переговоры с Председателем КНР Си Цзиньпином\n\n"
        "Начало разговора\n\n"
        "Президент России В.Путин: Уважаемый Председатель! Дорогой друг!\n\n"
        "Рад вас видеть. Товарооборот между нашими странами растёт.\n\n"
        "Си Цзиньпин (в переводе): Уважаемый Президент Путин, мой дорогой друг!\n\n"
        "Китай готов и дальше укреплять сотрудничество.\n\n"
        "Брифинг помощника Президента Юрия Ушакова\n\n"
        "24 февраля 2025 года 18:05\n\n"
        "Ю.Ушаков рассказал журналистам, что разговор продолжался около полутора часов.\n"
    )
    found = accounts(text, "ru", url="http://kremlin.ru/events/president/news/1")
    assert [(a.source, a.side, a.kind) for a in found] == [
        ("kremlin", "RUS", "transcript"),
        ("kremlin", "RUS", "briefing"),
    ]
    assert [t.label for t in found[0].turns] == ["Президент России В.Путин", "Си Цзиньпин"]
    assert found[0].evidence == "url" and found[0].title.startswith("Переговоры")
    assert found[1].dateline == "2025-02-24T18:05" and found[1].language == "ru"


def test_chinese_compilation_with_source_lines() -> None:
    text = (
        "来源：新华社\n\n"
        "国家主席习近平3月12日下午同俄罗斯总统普京通电话。习近平指出，中俄关系保持高水平运行。\n\n"
        "来源：克里姆林宫\n\n"
        "普京：亲爱的朋友，很高兴同你通话。\n\n"
        "习近平：谢谢你，我的老朋友。\n"
    )
    found = accounts(text, "zh")
    assert [(a.source, a.side, a.kind) for a in found] == [
        ("xinhua", "CHN", "readout"),
        ("kremlin", "RUS", "transcript"),
    ]
    assert [t.label for t in found[1].turns] == ["普京", "习近平"]


def test_newspaper_article_quoting_both_leaders_is_one_news_account() -> None:
    text = (
        "Xi e Trump, telefonata di un'ora e mezza\n\n"
        "Il presidente americano ha detto di aver avuto «un'ottima conversazione» con il leader "
        "cinese, che secondo Xinhua ha invece insistito sulla questione di Taiwan.\n\n"
        "«Abbiamo parlato di commercio e di soia», ha scritto Trump. Xi ha risposto che «la "
        "questione di Taiwan è la linea rossa». Secondo fonti diplomatiche a Pechino, la "
        "telefonata era stata chiesta da Washington.\n"
    )
    found = accounts(text, "it", url="https://www.corriere.it/esteri/xi-trump.shtml",
                     title="Xi e Trump al telefono")
    assert len(found) == 1
    (article,) = found
    assert (article.source, article.side, article.kind) == ("corriere", None, "news")
    assert article.title == "Xi e Trump, telefonata di un'ora e mezza"


def test_statement_on_two_calls_stays_one_account() -> None:
    text = (
        "President Donald J. Trump spoke this morning with President Volodymyr Zelenskyy of\n"
        "Ukraine about the attack on the power grid.\n\n"
        "President Trump also spoke this morning with Prime Minister Keir Starmer of the\n"
        "United Kingdom about air defense deliveries.\n\n"
        "\\###\n"
    )
    found = accounts(text, "en", title="Readout of President Trump's Calls")
    assert len(found) == 1
    assert found[0].source == "whitehouse" and found[0].kind == "readout"
    assert found[0].title == "Readout of President Trump's Calls"
    assert "###" not in found[0].text


def test_bulletin_splits_into_items_and_drops_its_table_of_contents() -> None:
    text = (
        "# 《新闻联播》（20250312）\n\n## 新闻摘要\n\n本期节目主要内容：\n\n"
        "1.习近平同俄罗斯总统普京通电话；\n\n2.全国春耕生产有序推进。\n\n## 详细新闻\n\n"
        "### 习近平同俄罗斯总统普京通电话\n\n<!--repaste.body.begin-->\n\n"
        "**央视网消息**（新闻联播）：国家主席习近平3月12日下午同俄罗斯总统普京通电话。\n\n"
        "<!--repaste.body.end-->\n\n[查看原文](https://tv.cctv.com/x.shtml)\n\n"
        "### 全国春耕生产有序推进\n\n"
        "**央视网消息**（新闻联播）：随着气温回升，各地春耕生产有序推进。\n\n"
        "---\n\n更新时间：2025-03-13T10:00:00Z\n"
    )
    found = accounts(text, "zh")
    assert [a.title for a in found] == ["习近平同俄罗斯总统普京通电话", "全国春耕生产有序推进"]
    assert [a.kind for a in found] == ["readout", "news"]
    assert all(a.source == "cctv" and a.side == "CHN" for a in found)
    assert found[0].text.startswith("**央视网消息**") and found[0].text.endswith("通电话。")
    assert found[1].text.endswith("有序推进。")


def test_paragraph_in_another_language_starts_another_account() -> None:
    text = (
        "Il presidente Biden ha parlato oggi con il presidente Zelensky. I due leader hanno "
        "discusso del sostegno alla ricostruzione e della difesa aerea della capitale.\n\n"
        "President Biden spoke today with President Zelenskyy of Ukraine. The two leaders "
        "discussed support for reconstruction and the air defense of the capital city.\n"
    )
    found = accounts(text, "it")
    assert [a.language for a in found] == ["it", "en"]


def test_trust_order_url_then_header_then_cue_then_signature() -> None:
    body = "**央视网消息**（新闻联播）：国家主席习近平同美国总统通电话。\n"
    assert accounts(body, "zh")[0].evidence == "signature: cctv-xwlb"
    by_header = accounts(body, "zh", source="xinhua-zh")[0]
    assert (by_header.source, by_header.evidence) == ("xinhua", "header")
    by_url = accounts(body, "zh", source="xinhua", url="https://www.fmprc.gov.cn/x.html")[0]
    assert (by_url.source, by_url.evidence) == ("china-mfa", "url")
    assert accounts("Nothing here names anyone at all.", "en")[0].source == "unknown"


def test_registry_aliases_domains_and_cue_lines() -> None:
    reg = registry()
    for alias, sid in [("kremlin-en", "kremlin"), ("kremlin-ru", "kremlin"),
                       ("cctv-xwlb", "cctv"), ("whitehouse-factsheet", "whitehouse"),
                       ("president-ua-en", "president-ua")]:
        assert reg.from_header(alias).id == sid
    assert reg.from_url("http://en.kremlin.ru/events/president/news/1").id == "kremlin"
    assert reg.from_url("https://www.ansa.it/x").id == "ansa"
    assert reg.from_url("https://example.org/kremlin.ru") is None
    for line, sid in [("via Xinhua", "xinhua"), ("Fonte: ministero degli Esteri di Pechino",
                                                  "china-mfa"),
                      ("dal sito del Cremlino", "kremlin"), ("Source: Kremlin", "kremlin"),
                      ("Источник: МИД России", "russia-mfa"), ("来源：外交部", "china-mfa"),
                      ("**Casa Bianca**", "whitehouse"),
                      ("La nota dell'Eliseo", "elysee"), ("据新华社报道", "xinhua"),
                      ("外交部网站消息", "china-mfa"), ("Source: gov.uk", "uk-gov"),
                      ("Сообщение пресс-службы Кремля", "kremlin"),
                      ("La versione russa, dal sito del Cremlino", "kremlin"),
                      ("Resoconto di Palazzo Chigi", "palazzo-chigi")]:
        found = cue_source(line)
        assert found is not None and found[0].id == sid, line
    for line in ["Secondo il Cremlino la telefonata è durata un'ora.",
                 "Xi e Putin parlano di Taiwan, il Cremlino conferma la data",
                 "La versione di Pechino, diffusa dall'agenzia Xinhua, mette l'accento su:",
                 "Il Cremlino smentisce", "Mosca e la Casa Bianca"]:
        assert cue_source(line) is None


@pytest.mark.parametrize(("text", "standalone", "expected"), [
    ("12 March 2025, 18:40", True, "2025-03-12T18:40"),
    ("March 12, 2025, 6:40 pm", True, "2025-03-12T18:40"),
    ("12 marzo 2025, 18:40", True, "2025-03-12T18:40"),
    ("Mosca, 12 marzo 2025", True, "2025-03-12"),
    ("24 февраля 2025 года 13:35", True, "2025-02-24T13:35"),
    ("2025年3月12日 18:40", True, "2025-03-12T18:40"),
    ("The call on 12 March 2025 lasted an hour and covered many topics.", True, None),
    ("События Телефонный разговор 24 февраля 2025 года 13:35 В ходе", False, "2025-02-24T13:35"),
    ("They met on 12 March 2025 in Rome.", False, None),
])
def test_datelines(text: str, standalone: bool, expected: str | None) -> None:
    assert read_dateline(text, standalone) == expected


# ---------------------------------------------------------------- the shared corpus

def _read(path: Path) -> tuple[dict[str, str], str]:
    head, body = path.read_text(encoding="utf-8").split("\n\n", 1)
    return dict(line.split(": ", 1) for line in head.splitlines()), body


def test_every_corpus_file_gets_its_source_from_the_text_alone(corpus: Path) -> None:
    reg = registry()
    wrong = []
    files = sorted(corpus.glob("*.txt"))
    assert files
    for path in files:
        meta, body = _read(path)
        expected = reg.from_header(meta["source"]).id
        for given in ({}, {"title": meta["title"]}, meta):
            found = split_accounts(body, given, meta["language"])
            if not found or any(a.source != expected for a in found):
                wrong.append((path.name, sorted(given), [a.source for a in found]))
    assert wrong == []


def test_corpus_single_accounts_and_kinds(corpus: Path) -> None:
    def one(name: str):  # noqa: ANN202
        meta, body = _read(corpus / name)
        return split_accounts(body, {"title": meta["title"]}, meta["language"])

    for name in ["2022-01-07_putin-csto-leaders__kremlin-en.txt",
                 "2022-03-31_putin-aliyev-pashinyan__kremlin-en.txt",
                 "2022-03-03_biden-zelenskyy-and-hruby__whitehouse.txt"]:
        assert len(one(name)) == 1, name
    (briefing,) = one("2022-02-12_biden-putin__kremlin-en.txt")
    assert briefing.kind == "briefing" and briefing.side == "RUS"
    assert {t.label for t in briefing.turns} >= {"Question", "Yury Ushakov"}
    for name in ["2021-12-15_putin-xi__kremlin-en.txt", "2022-02-04_putin-xi__kremlin-en.txt"]:
        (transcript,) = one(name)
        assert transcript.kind == "transcript", name
        assert {t.label for t in transcript.turns} == {
            "President of Russia Vladimir Putin",
            "President of the People's Republic of China Xi Jinping"}
    (ru,) = one("2025-02-24_putin-xi__kremlin-ru.txt")
    assert ru.dateline == "2025-02-24T13:35" and not ru.text.endswith("Текстовая версия")


def test_corpus_bulletin_splits_into_news_items(corpus: Path) -> None:
    meta, body = _read(corpus / "2022-02-25_xwlb-full-bulletin__cctv-xwlb.txt")
    for given in ({}, meta):
        found = split_accounts(body, given, "zh")
        titles = [a.title for a in found]
        assert len(found) >= 10 and "习近平同俄罗斯总统通电话" in titles
        call = found[titles.index("习近平同俄罗斯总统通电话")]
        assert (call.source, call.side, call.kind) == ("cctv", "CHN", "readout")
        assert call.text.startswith("**央视网消息**") and "本期节目主要内容" not in call.text
        assert all(a.source == "cctv" for a in found)
        assert not any("本期节目主要内容" in a.text for a in found)  # no table of contents


# ---------------------------------------------------------------- genres of each language

IT_ARTICLE = """\
Telefonata Meloni-Xi, un'ora di colloquio su dazi e Ucraina

di Marco Bianchi

ROMA — È durata poco più di un'ora la telefonata tra la presidente del Consiglio Giorgia
Meloni e il presidente cinese Xi Jinping. Secondo Palazzo Chigi, i due leader hanno parlato
dell'interscambio commerciale e della guerra in Ucraina.

La versione di Pechino, diffusa dall'agenzia Xinhua, mette l'accento sul rispetto reciproco:
Xi avrebbe chiesto all'Italia di «mantenere una politica indipendente».

«È stato un colloquio franco e cordiale», ha detto Meloni ai giornalisti a Milano.

© RIPRODUZIONE RISERVATA
"""


def test_italian_newspaper_article_is_one_news_account_without_a_source() -> None:
    (article,) = accounts(IT_ARTICLE, "it")
    assert (article.source, article.side, article.kind) == ("unknown", None, "news")
    assert article.title.startswith("Telefonata Meloni-Xi")
    assert article.text.startswith("ROMA —") and article.text.endswith("a Milano.")
    assert "Marco Bianchi" not in article.text and "RISERVATA" not in article.text


@pytest.mark.parametrize(("text", "source", "evidence"), [
    ("Colloquio telefonico del Presidente Meloni con il Presidente del Brasile\n\n"
     "Il Presidente del Consiglio dei Ministri, Giorgia Meloni, ha avuto oggi un colloquio "
     "telefonico con il Presidente della Repubblica Federativa del Brasile. I due leader "
     "hanno discusso dell'accordo tra l'Unione europea e il Mercosur.\n",
     "palazzo-chigi", "signature: chigi-lead"),
    ("Colloquio telefonico del Presidente Meloni con il Primo Ministro del Canada\n\n"
     "Nel corso della conversazione i due leader hanno fatto il punto sul sostegno "
     "all'Ucraina e sulla preparazione del prossimo vertice del G7.\n",
     "palazzo-chigi", "signature: chigi-title"),
    ("Tajani sente il collega indiano: più cooperazione sui porti\n\n"
     "Il Vicepresidente del Consiglio e Ministro degli Affari Esteri e della Cooperazione "
     "Internazionale, Antonio Tajani, ha avuto oggi una conversazione telefonica con il "
     "Ministro degli Esteri dell'India.\n",
     "farnesina", "signature: farnesina-lead"),
])
def test_italian_government_readouts_by_house_style(text: str, source: str,
                                                   evidence: str) -> None:
    (readout,) = accounts(text, "it")
    assert (readout.source, readout.side, readout.kind) == (source, "ITA", "readout")
    assert readout.evidence == evidence and readout.title is not None


@pytest.mark.parametrize(("text", "lang", "source"), [
    ("Путин и Си Цзиньпин провели телефонный разговор\n\n"
     "МОСКВА, 12 марта. /ТАСС/. Президент России Владимир Путин и председатель КНР Си "
     "Цзиньпин провели в среду телефонный разговор, сообщил пресс-секретарь Дмитрий Песков.\n\n"
     "\"Разговор был очень теплым\", - сказал Песков.\n", "ru", "tass"),
    ("MOSCOW, March 12. /TASS/. Russian President Vladimir Putin and Chinese President Xi "
     "Jinping held a phone call on Wednesday, Kremlin spokesman Dmitry Peskov said.\n",
     "en", "tass"),
    ("Путин и Си Цзиньпин обсудили по телефону Украину\n\n"
     "МОСКВА, 12 мар — РИА Новости. Президент России Владимир Путин провел телефонный "
     "разговор с председателем КНР, сообщил помощник президента Юрий Ушаков.\n", "ru",
     "ria-novosti"),
])
def test_russian_agency_items_are_news_of_their_agency(text: str, lang: str,
                                                       source: str) -> None:
    (item,) = accounts(text, lang)
    assert (item.source, item.side, item.kind) == (source, "RUS", "news")
    assert item.evidence.startswith("signature:")


ZH_MFA_PAGE = """\
首页 > 外交部新闻
习近平同巴西总统通电话
2025-03-12 18:30
【字体：大 中 小】 打印
2025年3月12日下午，国家主席习近平同巴西总统通电话。
习近平指出，中方愿同巴方一道，推动两国关系不断向前发展。
巴西总统表示，巴方高度重视发展对华关系，愿同中方加强在能源、农业等领域合作。
两国元首同意就共同关心的问题保持密切沟通。
扫一扫在手机打开当前页
"""


def test_chinese_mfa_page_with_its_page_furniture() -> None:
    (readout,) = accounts(ZH_MFA_PAGE, "zh")
    assert (readout.source, readout.side, readout.kind) == ("china-mfa", "CHN", "readout")
    assert readout.title == "习近平同巴西总统通电话"
    assert readout.dateline == "2025-03-12T18:30"
    assert readout.text.startswith("2025年3月12日下午") and readout.text.endswith("密切沟通。")
    # the page's buttons alone still tell the ministry when the lead does not
    (bare,) = accounts(ZH_MFA_PAGE.replace("2025年3月12日下午，", ""), "zh")
    assert (bare.source, bare.evidence) == ("china-mfa", "signature: fmprc-page")


@pytest.mark.parametrize(("text", "source", "side"), [
    ("PM call with President Lula of Brazil: 12 March 2025\n\n"
     "The Prime Minister spoke to President Lula of Brazil this afternoon.\n\n"
     "The leaders discussed climate finance and agreed to remain in close contact.\n",
     "uk-gov", "GBR"),
    ("Federal Chancellor speaks with the Prime Minister of India\n\n"
     "Federal Chancellor Friedrich Merz spoke with the Prime Minister of India by telephone "
     "today. Government Spokesperson Stefan Kornelius issued the following statement:\n\n"
     "\"The Federal Chancellor and the Prime Minister discussed trade and energy.\"\n",
     "bundesregierung", "DEU"),
    ("Telephone conversation with the President of Kenya\n\n"
     "The President of the Republic, Emmanuel Macron, spoke this morning with the President "
     "of Kenya. The two Heads of State discussed the situation in Sudan.\n",
     "elysee", "FRA"),
])
def test_european_government_readouts_in_english(text: str, source: str, side: str) -> None:
    (readout,) = accounts(text, "en")
    assert (readout.source, readout.side, readout.kind) == (source, side, "readout")
    assert readout.turns == []  # "PM call with President Lula of Brazil:" is a headline
    assert readout.title is not None and readout.title.startswith(("PM", "Federal", "Tele"))


def test_uk_headline_date_is_the_dateline() -> None:
    (readout,) = accounts("PM call with President Lula of Brazil: 12 March 2025\n\n"
                          "The Prime Minister spoke to President Lula this afternoon.\n", "en")
    assert readout.dateline == "2025-03-12"


def test_white_house_statement_on_two_calls_under_a_long_headline() -> None:
    text = (
        "Readout of President Donald J. Trump's Calls with President Lula of Brazil and Prime "
        "Minister Mark Carney of Canada\n\n"
        "President Donald J. Trump spoke this morning with President Lula of Brazil. The two "
        "leaders discussed tariffs and coffee exports.\n\n"
        "Later today, President Trump spoke with Prime Minister Mark Carney of Canada. The "
        "leaders discussed the border and the upcoming G7 summit.\n\n"
        "\\###\n"
    )
    (readout,) = accounts(text, "en")
    assert (readout.source, readout.kind) == ("whitehouse", "readout")
    assert readout.title.endswith("Mark Carney of Canada")
    assert readout.text.startswith("President Donald J.") and readout.text.endswith("summit.")


def test_kremlin_transcript_in_russian_with_cuts() -> None:
    text = (
        "Переговоры с Президентом Бразилии\n\n"
        "Начало российско-бразильских переговоров\n\n"
        "В.Путин: Уважаемый господин Президент! Дорогие друзья!\n\n"
        "Рад приветствовать вас в Москве. <…>\n\n"
        "Товарооборот в прошлом году вырос на четверть. <…>\n\n"
        "Президент Бразилии (как переведено): Уважаемый Президент Путин! Благодарю вас за "
        "приглашение. <…>\n"
    )
    (transcript,) = accounts(text, "ru")
    assert (transcript.source, transcript.side, transcript.kind) == (
        "kremlin", "RUS", "transcript")
    assert [t.label for t in transcript.turns] == ["В.Путин", "Президент Бразилии"]
    assert transcript.title == "Переговоры с Президентом Бразилии"
    assert transcript.text.startswith("В.Путин:") and transcript.text.endswith("<…>")


HTML_TEXT = "\n".join([  # a page's text as a browser copies it: one paragraph a line
    "Skip to main content", "Home", "Briefing Room", "Statements and Releases",
    "Readout of President Biden's Call with President Lula da Silva of the Federative Republic "
    "of Brazil",
    "Briefing Room", "Statements and Releases", "March 18, 2023",
    "President Joseph R. Biden, Jr. spoke today with President Luiz Inácio Lula da Silva of "
    "Brazil. The leaders discussed the climate crisis and the protection of the Amazon.",
    "The two leaders agreed to meet on the margins of the G20.",
    "###", "Related",
    "President Biden Announces New Climate Finance Commitments",
    "Statement by President Biden on the Anniversary of the Paris Agreement",
    "Share this:", "Facebook", "Twitter", "Email", "Privacy Policy", "",
])


def test_html_page_text_with_navigation_and_related_links() -> None:
    (readout,) = accounts(HTML_TEXT, "en")
    assert (readout.source, readout.side, readout.kind) == ("whitehouse", "USA", "readout")
    assert readout.title.startswith("Readout of President Biden's Call")
    assert readout.dateline == "2023-03-18"
    assert readout.text.startswith("President Joseph R. Biden")
    assert readout.text.endswith("margins of the G20.")


def test_compilation_lines_naming_a_side_rather_than_a_source() -> None:
    text = (
        "Chinese readout (MFA):\n\n"
        "President Xi Jinping had a phone call with President Donald Trump on Wednesday at "
        "the latter's request. Xi said the Taiwan question is the most important issue in "
        "China-US relations.\n\n"
        "White House readout:\n\n"
        "President Trump spoke with President Xi of China today. The leaders discussed trade "
        "and the fentanyl crisis.\n\n"
        "Trump's post on Truth Social\n"
    )
    found = accounts(text, "en")
    assert [(a.source, a.side, a.kind) for a in found] == [
        ("unknown", "CHN", "readout"), ("whitehouse", "USA", "readout"),
        ("truth-social", "USA", "post")]
    assert found[0].text.startswith("President Xi") and found[0].evidence.startswith("cue:")
    assert found[2].text == ""


def test_italian_compilation_of_chigi_xinhua_and_a_post_with_its_text() -> None:
    text = (
        "Meloni e Xi al telefono: le due versioni\n\n"
        "Ecco i comunicati diffusi a Roma e a Pechino dopo la telefonata di ieri.\n\n"
        "Il comunicato di Palazzo Chigi\n\n"
        "Il Presidente del Consiglio ha avuto oggi un colloquio telefonico con il Presidente "
        "cinese. Al centro della conversazione l'interscambio commerciale.\n\n"
        "La versione cinese (Xinhua)\n\n"
        "Xi Jinping ha affermato che Cina e Italia sono partner strategici globali.\n\n"
        "Su X Meloni ha scritto:\n\n"
        "\"Cordiale colloquio con il Presidente Xi. Lavoriamo per relazioni più equilibrate.\"\n"
    )
    lead, *found = accounts(text, "it")
    assert [(a.source, a.side, a.kind) for a in found] == [
        ("palazzo-chigi", "ITA", "readout"), ("xinhua", "CHN", "readout"),
        ("x", "ITA", "post")]
    assert found[2].text.startswith("\"Cordiale colloquio")
    # "dopo la telefonata di ieri": the compiler reports the call, as news with no side
    assert (lead.kind, lead.side) == ("news", None) and lead.text.startswith("Ecco i comunicati")
    assert "Ecco i comunicati" not in "".join(a.text for a in found)


def test_russian_compilation_with_a_press_secretary_comment() -> None:
    text = (
        "Сообщение пресс-службы Кремля\n\n"
        "Состоялся телефонный разговор Владимира Путина с Президентом Бразилии. Лидеры "
        "обсудили подготовку саммита БРИКС.\n\n"
        "Источник: МИД КНР\n\n"
        "Председатель Си Цзиньпин отметил, что Китай и Бразилия являются партнёрами.\n\n"
        "Комментарий Дмитрия Пескова журналистам\n\n"
        "12 марта 2025 года 19:10\n\n"
        "Песков сообщил журналистам, что разговор продолжался около часа.\n"
    )
    found = accounts(text, "ru")
    assert [(a.source, a.side, a.kind) for a in found] == [
        ("kremlin", "RUS", "readout"), ("china-mfa", "CHN", "readout"),
        ("kremlin", "RUS", "briefing")]
    assert found[1].text.endswith("партнёрами.")  # the comment's cue line is not its text
    assert found[2].dateline == "2025-03-12T19:10"


def test_chinese_compilation_and_an_mfa_press_conference() -> None:
    text = (
        "来源：外交部网站\n\n"
        "3月12日下午，国家主席习近平同巴西总统通电话。\n\n"
        "克里姆林宫新闻稿\n\n"
        "普京表示，俄方愿同巴方加强战略协作。\n\n"
        "据塔斯社报道\n\n"
        "佩斯科夫对记者表示，通话持续约一个小时。\n"
    )
    assert [(a.source, a.side, a.kind) for a in accounts(text, "zh")] == [
        ("china-mfa", "CHN", "readout"), ("kremlin", "RUS", "readout"),
        ("tass", "RUS", "news")]
    presser = (
        "2025年3月13日外交部发言人毛宁主持例行记者会\n\n"
        "问：昨天两国元首通电话，能否介绍更多情况？\n\n"
        "答：3月12日下午，习近平主席同巴西总统通电话，双方深入交换了意见。\n"
    )
    (briefing,) = accounts(presser, "zh")
    assert (briefing.source, briefing.side, briefing.kind) == ("china-mfa", "CHN", "briefing")
    assert [t.label for t in briefing.turns] == ["问", "答"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Xi and Lula talk by phone as Washington watches\n\nBy Jane Doe\n\n"
     "WASHINGTON — Chinese leader Xi Jinping and Brazilian President Lula spoke by phone on "
     "Wednesday, according to Brazilian officials.\n\nThe White House declined to comment.\n",
     "en"),
    ("Путин и Лула обсудили БРИКС\n\nАвтор: Иван Петров\n\n"
     "Президенты России и Бразилии провели телефонный разговор. Как сообщили в Кремле, "
     "беседа носила доверительный характер.\n", "ru"),
    ("本报讯（记者 王明）3月12日，国家主席习近平同巴西总统通电话。双方就气候变化交换了意见。\n\n"
     "责任编辑：李华\n", "zh"),
    ("Meloni: «Con Lula un colloquio franco»\n\ndi Marco Bianchi\n\n"
     "ROMA — La telefonata tra la presidente del Consiglio e il presidente brasiliano è "
     "durata un'ora.\n", "it"),
], ids=["en", "ru", "zh", "it-quote-headline"])
def test_newspaper_marks_make_news_in_every_language(text: str, lang: str) -> None:
    (article,) = accounts(text, lang)
    assert (article.source, article.side, article.kind) == ("unknown", None, "news")
    assert article.turns == []  # a byline ("Автор: Иван Петров") is no speaker


def test_plain_text_bulletin_splits_at_item_headlines() -> None:
    text = (
        "习近平同巴西总统通电话\n\n"
        "央视网消息（新闻联播）：国家主席习近平3月12日下午同巴西总统通电话。两国元首就双边关系交换了意见。\n\n"
        "全国春耕生产有序推进\n\n"
        "央视网消息（新闻联播）：随着气温回升，各地春耕生产有序推进。\n\n"
        "国际油价小幅上涨\n\n"
        "央视网消息（新闻联播）：受供应担忧影响，国际油价12日小幅上涨。\n"
    )
    found = accounts(text, "zh")
    assert [(a.title, a.kind) for a in found] == [
        ("习近平同巴西总统通电话", "readout"), ("全国春耕生产有序推进", "news"),
        ("国际油价小幅上涨", "news")]
    assert all(a.source == "cctv" and a.text.startswith("央视网消息") for a in found)


def test_kremlin_english_page_text_with_its_header_and_footer() -> None:
    text = "\n".join([
        "President of Russia", "Events", "News",
        "Telephone conversation with President of Brazil Luiz Inacio Lula da Silva",
        "March 12, 2025, 15:30",
        "Vladimir Putin had a telephone conversation with President of the Federative "
        "Republic of Brazil Luiz Inacio Lula da Silva.",
        "The leaders discussed preparations for the BRICS summit in Rio de Janeiro.",
        "Publication status", "Published in sections: News", "Publication date: March 12, 2025",
        "Direct link: en.kremlin.ru/d/76400", "Text version", ""])
    (readout,) = accounts(text, "en")
    assert (readout.source, readout.kind, readout.dateline) == (
        "kremlin", "readout", "2025-03-12T15:30")
    assert readout.title.startswith("Telephone conversation with President of Brazil")
    assert readout.text.startswith("Vladimir Putin had") and readout.text.endswith("Janeiro.")


@pytest.mark.parametrize(("text", "lang", "source", "side"), [
    ("Secretary Rubio's Call with Brazilian Foreign Minister Mauro Vieira\n\n"
     "The following is attributable to Spokesperson Tammy Bruce:\n\n"
     "Secretary of State Marco Rubio spoke today with Brazilian Foreign Minister Mauro Vieira. "
     "The Secretary discussed trade and regional security.\n", "en", "us-state-dept", "USA"),
    ("Il Presidente della Repubblica, Sergio Mattarella, ha avuto oggi un colloquio "
     "telefonico con il Presidente della Repubblica Federativa del Brasile.\n", "it",
     "quirinale", "ITA"),
    ("О телефонном разговоре Министра иностранных дел России с Министром иностранных дел "
     "Бразилии\n\n12 марта состоялся телефонный разговор Министра иностранных дел Российской "
     "Федерации С.В.Лаврова с Министром иностранных дел Бразилии. Министры обсудили "
     "подготовку саммита БРИКС.\n", "ru", "russia-mfa", "RUS"),
    ("President of Ukraine Volodymyr Zelenskyy had a phone conversation with President of "
     "Brazil. The parties discussed the peace formula.\n", "en", "president-ua", "UKR"),
], ids=["state-dept", "quirinale", "mid", "president-ua"])
def test_government_house_styles(text: str, lang: str, source: str, side: str) -> None:
    (readout,) = accounts(text, lang)
    assert (readout.source, readout.side, readout.kind) == (source, side, "readout")
    assert readout.evidence.startswith("signature:") and readout.turns == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Xi e Meloni, telefonata sui dazi\n\ndi Marco Bianchi\n\n"
     "ROMA — Un'ora di conversazione tra la presidente del Consiglio e il leader cinese, con "
     "al centro i dazi sulle auto elettriche.\n\n"
     "Il colloquio\n\n"
     "Secondo Palazzo Chigi il clima è stato cordiale. La premier ha chiesto alla Cina di "
     "usare la sua influenza su Mosca.\n\n"
     "La versione di Pechino\n\n"
     "Per l'agenzia Xinhua, Xi ha invitato l'Italia a «mantenere l'autonomia strategica».\n",
     "it"),
    ("Xi and Starmer hold first call in a year\n\nBy Jane Doe\n\n"
     "LONDON — Prime Minister Keir Starmer and Chinese President Xi Jinping spoke by phone "
     "on Wednesday for the first time in a year.\n\n"
     "The phone call\n\n"
     "Downing Street said the two leaders discussed trade. Beijing's account stressed mutual "
     "respect.\n\n"
     "The Chinese version\n\n"
     "Xinhua said Xi urged London to keep an independent policy.\n", "en"),
], ids=["it", "en"])
def test_article_intertitles_are_no_new_accounts(text: str, lang: str) -> None:
    (article,) = accounts(text, lang)
    assert (article.source, article.side, article.kind) == ("unknown", None, "news")
    assert article.text.endswith(("strategica».", "independent policy."))
    assert article.text.startswith(("ROMA —", "LONDON —"))


def test_bundled_italian_compilation_example_holds_five_accounts() -> None:
    path = (Path(__file__).resolve().parents[1] / "src" / "readouts" / "examples"
            / "it-compilation-putin-xi-five-accounts.md")
    found = accounts(path.read_text(encoding="utf-8"), "it")
    assert [(a.source, a.side, a.kind) for a in found] == [
        ("unknown", None, "news"), ("xinhua", "CHN", "readout"), ("china-mfa", "CHN", "readout"),
        ("kremlin", "RUS", "transcript"), ("kremlin", "RUS", "briefing"),
        ("weibo", "CHN", "post")]
    assert found[-1].text == "" and found[1].title == "习近平同俄罗斯总统普京举行视频会晤"


@pytest.mark.parametrize(("text", "lang", "post"), [
    ("Источник: Кремль\n\nСостоялся телефонный разговор Владимира Путина с Президентом "
     "Бразилии.\n\nПост Зеленского в Telegram\n", "ru", ("telegram", "UKR", "")),
    ("Fonte: Cremlino\n\nVladimir Putin ha avuto una conversazione telefonica con il "
     "presidente del Brasile.\n\nIl tweet di Zelensky\n", "it", ("x", "UKR", "")),
    ("Source: Kremlin\n\nVladimir Putin had a telephone conversation with the President of "
     "Brazil.\n\nTrump posted on Truth Social:\n\n\"A very good call.\"\n", "en",
     ("truth-social", "USA", "\"A very good call.\"")),
    ("来源：新华社\n\n国家主席习近平同巴西总统通电话。\n\n特朗普在真实社交平台上发文\n", "zh",
     ("truth-social", "USA", "")),
], ids=["ru", "it", "en", "zh"])
def test_posts_take_their_author_side_with_or_without_text(text: str, lang: str,
                                                           post: tuple[str, str, str]) -> None:
    first, last = accounts(text, lang)
    assert first.kind != "post"
    assert (last.source, last.side, last.text) == post and last.kind == "post"


@pytest.mark.parametrize(("text", "lang", "source"), [
    ("Vladimir Putin and President of Brazil Luiz Inacio Lula da Silva held talks in the "
     "Kremlin. The leaders discussed trade.\n", "en", "kremlin"),
    ("Владимир Путин и Президент Бразилии провели переговоры в Кремле. Обсуждены вопросы "
     "торговли.\n", "ru", "kremlin"),
    ("Состоялись переговоры Владимира Путина с Президентом Бразилии. Обсуждены вопросы "
     "торговли.\n", "ru", "kremlin"),
    ("Volodymyr Zelenskyy had a phone conversation with the President of Brazil. The "
     "parties discussed the peace formula.\n", "en", "president-ua"),
    ("Today, President Biden spoke with President Lula of Brazil about the climate crisis.\n",
     "en", "whitehouse"),
    ("This morning, Vice President Vance met with the Prime Minister of Brazil at the White "
     "House.\n", "en", "whitehouse"),
])
def test_leads_with_two_subjects_or_a_bare_name(text: str, lang: str, source: str) -> None:
    (readout,) = accounts(text, lang)
    assert (readout.source, readout.kind) == (source, "readout")
    # another government's leader in the same words is no White House readout
    assert accounts("President Lula spoke with President Xi about trade.\n", "en")[0].source \
        == "unknown"


@pytest.mark.parametrize(("text", "lang"), [
    ("中方通稿：\n\n国家主席习近平同巴西总统通电话。\n\n"
     "俄方消息：\n\n普京表示，俄方愿同巴方加强合作。\n", "zh"),
    ("Китайская версия:\n\nПредседатель Си Цзиньпин провёл телефонный разговор с Президентом "
     "Бразилии.\n\nРоссийская версия:\n\nПрезидент Путин поговорил с Президентом Бразилии.\n",
     "ru"),
], ids=["zh", "ru"])
def test_accounts_announced_by_their_side(text: str, lang: str) -> None:
    assert [(a.source, a.side, a.kind) for a in accounts(text, lang)] == [
        ("unknown", "CHN", "readout"), ("unknown", "RUS", "readout")]


def test_chinese_mfa_english_lead_dates_the_talks_first() -> None:
    text = ("Chinese readout:\n\n"
            "On the evening of March 12, 2025, President Xi Jinping had a phone call with "
            "President Lula of Brazil. Xi said that China and Brazil are good friends.\n")
    (readout,) = accounts(text, "en")
    assert (readout.source, readout.side, readout.evidence) == (
        "china-mfa", "CHN", "signature: mfa-en-lead")
    (alone,) = accounts(text.split("\n\n", 1)[1], "en")
    assert alone.source == "china-mfa"


@pytest.mark.parametrize(("text", "lang"), [
    ("Xi e Meloni al telefono\n\nLa telefonata tra la presidente del Consiglio e il presidente "
     "cinese è durata un'ora. Secondo Palazzo Chigi il clima è stato cordiale.\n\n"
     "La Cina chiede più investimenti, riferisce l'agenzia Xinhua.\n", "it"),
    ("Xi e Lula al telefono\n\nLa telefonata tra il presidente cinese e il presidente "
     "brasiliano è durata un'ora, in un clima cordiale.\n\n"
     "Xi avrebbe chiesto al Brasile di sostenere il multilateralismo.\n", "it"),
    ("Xi and Lula speak by phone\n\nChinese President Xi Jinping and Brazilian President Lula "
     "held a phone call on Wednesday. The Brazilian foreign ministry declined to comment on "
     "the content of the call.\n", "en"),
    ("Путин и Лула провели телефонный разговор\n\nПрезиденты России и Бразилии провели "
     "телефонный разговор. По его словам, беседа была полезной.\n", "ru"),
    ("习近平同巴西总统通电话\n\n据悉，两国元首在通话中讨论了气候变化问题。\n", "zh"),
], ids=["it-two-publishers", "it-conditional", "en", "ru", "zh"])
def test_reporting_language_makes_an_unsigned_account_news(text: str, lang: str) -> None:
    (article,) = accounts(text, lang)
    assert (article.source, article.side, article.kind) == ("unknown", None, "news")


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("PECHINO, 12 marzo (Xinhua) -- Il presidente cinese Xi Jinping ha avuto un colloquio "
     "telefonico con il presidente brasiliano.\n", "it", ("xinhua", "CHN", "readout")),
    ("(AGI) - Roma, 12 mar. - La premier ha sentito al telefono il presidente brasiliano.\n",
     "it", ("agi", None, "news")),
    ("WASHINGTON (AP) — President Biden spoke with President Lula of Brazil on Wednesday.\n",
     "en", ("ap", None, "news")),
    ("BERLIN (dpa) - Chancellor Merz spoke with President Lula of Brazil on Wednesday.\n",
     "en", ("dpa", None, "news")),
], ids=["xinhua-it", "agi", "ap", "dpa"])
def test_wire_credits_tell_the_agency(text: str, lang: str,
                                      expected: tuple[str, str | None, str]) -> None:
    (item,) = accounts(text, lang)
    assert (item.source, item.side, item.kind) == expected


def test_a_bare_statement_headline_keeps_the_page_source() -> None:
    text = ("Joint Statement\n\nThe United States and Brazil reaffirm their commitment to "
            "fighting climate change and to open trade.\n")
    (statement,) = accounts(text, "en", url="https://www.whitehouse.gov/briefings/x/")
    assert (statement.source, statement.evidence, statement.kind) == (
        "whitehouse", "url", "statement")
    titled = accounts("U.S.-Brazil Joint Statement\n\nThe United States and Brazil reaffirm "
                      "their commitment to open trade.\n", "en",
                      url="https://www.whitehouse.gov/briefings/y/")
    assert [(a.source, a.side) for a in titled] == [("whitehouse", "USA")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Fonte: Cremlino\n\nVladimir Putin ha avuto una conversazione telefonica con il presidente "
     "brasiliano.\n\nLe dichiarazioni di Ushakov ai giornalisti\n\n"
     "Ushakov ha spiegato che la conversazione è durata un'ora.\n", "it"),
    ("Source: Kremlin\n\nVladimir Putin had a telephone conversation with the President of "
     "Brazil.\n\nDmitry Peskov's comments to reporters\n\n"
     "Peskov said the conversation lasted an hour.\n", "en"),
], ids=["it", "en"])
def test_an_aide_comments_to_the_press_are_a_briefing(text: str, lang: str) -> None:
    assert [(a.source, a.side, a.kind) for a in accounts(text, lang)] == [
        ("kremlin", "RUS", "readout"), ("kremlin", "RUS", "briefing")]


AIDE_COMMENTS = {
    "it": ("San Pietroburgo, 19 giugno 2025 – Il consigliere presidenziale russo Jurij Ushakov "
           "ha commentato la conversazione telefonica tra Putin e Xi Jinping.\n\n"
           "La conversazione è stata amichevole e costruttiva. Si è parlato di Medio Oriente.\n"),
    "en": ("Aide to the President Yury Ushakov commented on the outcome of the telephone "
           "conversation between Vladimir Putin and Xi Jinping.\n\n"
           "The conversation was friendly and constructive. The Middle East was discussed.\n"),
    "ru": ("Помощник Президента Юрий Ушаков прокомментировал итоги телефонного разговора "
           "Владимира Путина с Си Цзиньпином.\n\n"
           "Разговор был дружеским и конструктивным. Обсуждался Ближний Восток.\n"),
    "zh": ("俄罗斯总统助理乌沙科夫介绍了普京同习近平通话的情况。\n\n"
           "他说，通话友好而富有建设性，双方讨论了中东局势。\n"),
}


@pytest.mark.parametrize("lang", sorted(AIDE_COMMENTS))
def test_an_aide_commenting_on_the_talks_gives_the_kremlin_briefing(lang: str) -> None:
    (account,) = accounts(AIDE_COMMENTS[lang], lang)
    assert (account.source, account.side, account.kind) == ("kremlin", "RUS", "briefing")


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Giorgia Meloni ha commentato la telefonata con Joe Biden: un colloquio franco.\n"),
    ("en", "Joe Biden commented on his call with Xi Jinping: a frank conversation.\n"),
])
def test_a_leader_commenting_on_his_call_is_no_briefing(lang: str, text: str) -> None:
    (account,) = accounts(text, lang)
    assert account.kind != "briefing"
