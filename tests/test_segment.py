"""Splitting documents into accounts: compilations, transcripts, briefings, posts, bulletins,
news articles, in it/en/ru/zh, and every corpus file's source from its text alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from readouts.segment import split_accounts
from readouts.segment.bulletin import read_dateline
from readouts.segment.sources import cue_source, registry

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
    found = accounts(IT_COMPILATION, "it")
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
    assert "Di seguito i" not in "".join(a.text for a in found)  # the compiler's lead


def test_compilation_pasted_with_one_line_per_paragraph() -> None:
    text = "\n".join(line for line in IT_COMPILATION.splitlines() if line.strip())
    found = accounts(text, "it")
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
                      ("Resoconto di Palazzo Chigi", "palazzo-chigi")]:
        found = cue_source(line)
        assert found is not None and found[0].id == sid, line
    for line in ["Secondo il Cremlino la telefonata è durata un'ora.",
                 "Xi e Putin parlano di Taiwan, il Cremlino conferma la data"]:
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
