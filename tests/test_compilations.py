# ruff: noqa: E501 - the compilations are written one paragraph a line, as pages paste
"""Compilations of several governments' accounts as users paste them from blogs and
newsletters, one paragraph a line, in it/en/ru/zh: credit lines in any framing, sources
described rather than named, an aide's commentary announced by a header or by a date and a
time line, an announced post or statement whose text is missing, a byline between bars.
Every text here is written for these tests."""

from __future__ import annotations

import json

import pytest

from readouts.ingest import RawInput, prepare
from readouts.pipeline import analyze_document, link_results
from readouts.segment import split_accounts
from readouts.segment.source_cues import cue_source
from readouts.text.sentences import split_sentences

IT = """\
Le due telefonate di Xi di mercoledì: i resoconti
Il leader cinese ha sentito prima il presidente russo, nel pomeriggio, e poi quello americano, in serata.
| Marta Rinaldi 5 febbraio |
Qui sotto, nell’ordine, i resoconti ufficiali delle due conversazioni di Xi Jinping, nella nostra traduzione.
tramite l’agenzia di stampa cinese Xinhua
习近平同美国总统特朗普通电话
La sera del 4 febbraio il presidente Xi Jinping ha avuto una conversazione telefonica con il presidente degli Stati Uniti Donald Trump.
Xi ha detto che nell’ultimo anno i due Paesi hanno mantenuto una comunicazione costante e che la Cina mantiene sempre la parola data.
Xi ha sottolineato che la questione di Taiwan è la più importante nelle relazioni tra Cina e Stati Uniti.
Trump ha detto che i rapporti con la Cina sono molto buoni e che attende con interesse la visita di aprile.
per il tramite del ministero degli Esteri cinese
习近平同俄罗斯总统普京举行视频会晤
Nel pomeriggio del 4 febbraio il presidente Xi Jinping ha tenuto a Pechino una videochiamata con il presidente russo Vladimir Putin.
Xi ha affermato che Cina e Russia devono continuare a sostenersi a vicenda sulle questioni di interesse fondamentale.
Putin ha detto che la Russia è pronta a rafforzare il coordinamento con la Cina nelle sedi multilaterali.
attraverso la presidenza russa
Inizio della conversazione con il presidente della Repubblica popolare cinese Xi Jinping
4 febbraio 2026
17:05
Vladimir Putin: Caro presidente, caro amico, sono lieto di vederla, anche se sullo schermo.
L’anno scorso l’interscambio tra i nostri Paesi è rimasto a un livello molto alto.
Xi Jinping (ritradotto): Caro presidente Putin, la ringrazio per le sue parole cordiali.
La Cina è pronta a lavorare con la Russia per nuovi risultati.
Commento del consigliere presidenziale Yury Ushakov sui risultati della conversazione
4 febbraio 2026
18:40
La conversazione è durata un’ora e venticinque minuti e si è svolta in un clima amichevole.
Xi ha detto che la Cina apprezza la posizione equilibrata della Russia sulle questioni asiatiche.
I due leader hanno concordato di incontrarsi di nuovo in primavera.
Il post di Trump su Truth Social dopo la telefonata con Xi
a cura della Casa Bianca
Il presidente Trump ha avuto oggi una telefonata con il presidente Xi Jinping della Cina.
I due leader hanno discusso di commercio, di Taiwan e della guerra in Ucraina.
"""

EN = """\
Two calls in one afternoon: what each capital said
By Helen Marsh
Below are the official accounts of Xi Jinping's call with Vladimir Putin and of the Kremlin's follow-up, in the order they appeared.
through the Chinese state news agency Xinhua
Xi Jinping holds video call with Russian President Vladimir Putin
On the afternoon of February 4, President Xi Jinping held a video call with Russian President Vladimir Putin in Beijing.
Xi said that China and Russia should keep supporting each other on issues concerning their core interests.
Putin said that Russia is ready to deepen coordination with China within multilateral organizations.
courtesy of the Russian presidency
Beginning of conversation with President of China Xi Jinping
February 4, 2026
17:05
Vladimir Putin: Dear Mr. President, dear friend, I am glad to see you, even if only on the screen.
Our trade remained at a very high level last year, and we continue to work on new projects.
Xi Jinping (retranslated): Dear President Putin, thank you for your kind words.
China is ready to work with Russia for new achievements.
Comments by presidential aide Yury Ushakov on the results of the conversation
February 4, 2026
18:40
The conversation lasted an hour and twenty-five minutes and was held in a friendly atmosphere.
Xi said that China values Russia's balanced position on Asian affairs.
The two leaders agreed to meet again in the spring.
Statement by the Chinese Foreign Ministry spokesperson on the call
via the White House
President Trump spoke today with President Xi Jinping of China about trade and about the war in Ukraine.
The two leaders agreed that their teams would keep in close contact.
"""

RU = """\
Два разговора Си Цзиньпина: что сообщили стороны
Ниже в порядке публикации приводятся официальные сообщения о разговорах председателя КНР с президентами России и США, в нашем переводе.
по информации китайского информационного агентства Синьхуа
Си Цзиньпин провёл телефонный разговор с президентом США Дональдом Трампом
Вечером 4 февраля председатель КНР Си Цзиньпин провёл телефонный разговор с президентом США Дональдом Трампом.
Си Цзиньпин отметил, что за прошедший год стороны поддерживали хорошее общение и успешно встретились в Пусане.
Трамп сказал, что отношения с Китаем очень хорошие и что он ждёт апрельской поездки.
согласно сообщению пресс-службы Кремля
Начало разговора с Председателем КНР Си Цзиньпином
4 февраля 2026 года
17:05
В.Путин: Уважаемый Председатель, дорогой друг! Рад видеть Вас, пусть и на экране.
В прошлом году товарооборот между нашими странами сохранился на очень высоком уровне.
Си Цзиньпин (в переводе): Уважаемый Президент Путин, благодарю Вас за тёплые слова.
Китай готов работать с Россией ради новых успехов.
Комментарий помощника Президента Юрия Ушакова по итогам разговора
4 февраля 2026 года
18:40
Разговор продолжался час двадцать пять минут и прошёл в дружественной атмосфере.
Си Цзиньпин сказал, что Китай ценит взвешенную позицию России по азиатским делам.
Лидеры договорились вновь встретиться весной.
Пост Трампа в Truth Social о разговоре с Си Цзиньпином
через сайт Белого дома
Президент Трамп сегодня провёл телефонный разговор с председателем КНР Си Цзиньпином о торговле и Тайване.
Лидеры договорились, что их команды будут поддерживать тесный контакт.
"""

ZH = """\
习近平同普京、特朗普通话：各方通稿汇编
以下按发布顺序汇编2月4日两场通话的各方官方消息。
据中国官方通讯社新华社
习近平同美国总统特朗普通电话
2月4日晚，国家主席习近平同美国总统特朗普通电话。
习近平指出，过去一年，双方保持良好沟通，在釜山成功会晤，为中美关系提供了战略引领。
特朗普表示，美中关系非常好，他期待着四月访华。
经由俄罗斯总统网站
普京同中国国家主席习近平视频通话开场白
2026年2月4日
17:05
普京：尊敬的主席先生，亲爱的朋友，很高兴在屏幕上见到您。
去年两国贸易额保持在很高水平。
习近平（转译）：尊敬的普京总统，感谢您的亲切话语。
中方愿同俄方携手取得新的成就。
俄总统助理乌沙科夫评论通话结果
2026年2月4日
18:40
通话持续了一小时二十五分钟，气氛友好。
习近平说，中方赞赏俄方在亚洲事务上的平衡立场。
两国元首商定春季再次会面。
特朗普在真实社交平台上发文
来源：白宫
特朗普总统今天同中国国家主席习近平通电话，讨论了贸易和台湾问题。
双方同意两国团队保持密切沟通。
"""


COMPILATIONS = {"it": IT, "en": EN, "ru": RU, "zh": ZH}
TRANSCRIPT_AT = "2026-02-04T17:05"
BRIEFING_AT = "2026-02-04T18:40"


def _body(text: str) -> str:
    return prepare(RawInput("compilation.txt", text.encode()))[0].body


def _split(lang: str) -> list:  # noqa: ANN401 - the drafts
    return split_accounts(_body(COMPILATIONS[lang]), {}, lang)


@pytest.mark.parametrize(("lang", "expected"), [
    ("it", [("unknown", None, "news"), ("xinhua", "CHN", "readout"), ("china-mfa", "CHN", "readout"),
            ("kremlin", "RUS", "transcript"), ("kremlin", "RUS", "briefing"),
            ("truth-social", "USA", "post"), ("whitehouse", "USA", "readout")]),
    ("en", [("unknown", None, "news"), ("xinhua", "CHN", "readout"), ("kremlin", "RUS", "transcript"),
            ("kremlin", "RUS", "briefing"), ("china-mfa", "CHN", "statement"),
            ("whitehouse", "USA", "readout")]),
    ("ru", [("unknown", None, "news"), ("xinhua", "CHN", "readout"), ("kremlin", "RUS", "transcript"),
            ("kremlin", "RUS", "briefing"), ("truth-social", "USA", "post"),
            ("whitehouse", "USA", "readout")]),
    ("zh", [("unknown", None, "news"), ("xinhua", "CHN", "readout"), ("kremlin", "RUS", "transcript"),
            ("kremlin", "RUS", "briefing"), ("truth-social", "USA", "post"),
            ("whitehouse", "USA", "readout")]),
])
def test_a_compilation_splits_into_every_account(lang: str, expected: list) -> None:
    found = _split(lang)
    assert [(a.source, a.side, a.kind) for a in found] == expected
    # the compiler's lead reports the two calls: its own news account, with no side
    body = _body(COMPILATIONS[lang])
    for a in found:
        assert body[a.start:a.end] == a.text
        assert "tramite" not in a.text and "through" not in a.text  # no credit line
        sentences = [a.text[s:e] for s, e in split_sentences(a.text, lang)]
        assert not any("|" in s for s in sentences)  # the byline is no sentence's
    transcript = next(a for a in found if a.kind == "transcript")
    briefing = next(a for a in found if a.kind == "briefing")
    assert transcript.dateline == TRANSCRIPT_AT and briefing.dateline == BRIEFING_AT
    assert len(transcript.turns) == 2 and not briefing.turns
    assert briefing.author is not None
    assert not briefing.text.startswith(("18:40", "4 "))  # the time line dates, is no text
    missing = [a for a in found if a.kind in ("post", "statement")]
    assert len(missing) == 1 and missing[0].text == ""  # announced, followed by the next cue


def _analysis(lang: str) -> dict:
    text = COMPILATIONS[lang]
    prepared = prepare(RawInput(f"{lang}.txt", text.encode()))[0]
    result = analyze_document(prepared, lang=lang)
    return json.loads(json.dumps(link_results([result]).to_json()))


@pytest.mark.parametrize("lang", ["it", "en", "ru", "zh"])
def test_the_aide_speaks_his_briefing_and_the_leader_he_reports_keeps_his_words(
        lang: str) -> None:
    analysis = _analysis(lang)
    briefing = next(r for d in analysis["documents"] for r in d["readouts"]
                    if r["kind"] == "briefing")
    speakers = [s["speaker"] for s in briefing["sentences"]]
    assert speakers[0] == "yury-ushakov"  # "The conversation lasted ..."
    assert speakers[1] == "xi-jinping"  # "Xi said that ..."
    assert speakers[2] is None  # "The two leaders agreed": both, no one's words


@pytest.mark.parametrize("lang", ["it", "en", "zh"])
def test_follow_up_accounts_belong_to_their_own_call(lang: str) -> None:
    analysis = _analysis(lang)
    readouts = {r["id"]: r for d in analysis["documents"] for r in d["readouts"]}
    video = next(e for e in analysis["events"] if e["status"] == "held"
                 and sorted(e["participants"]) == ["vladimir-putin", "xi-jinping"])
    assert video["duration_minutes"] == 85  # the aide's "un’ora e venticinque minuti"
    kinds = sorted(readouts[r]["kind"] for r in video["reported_by"])
    assert "briefing" in kinds and "transcript" in kinds
    call = next(e for e in analysis["events"] if e["status"] == "held"
                and sorted(e["participants"]) == ["donald-trump", "xi-jinping"])
    assert all(readouts[r]["source"] != "kremlin" for r in call["reported_by"])


@pytest.mark.parametrize(("line", "source"), [
    ("tramite l'agenzia di stampa cinese Xinhua", "xinhua"),
    ("Attraverso il ministero degli Esteri cinese", "china-mfa"),
    ("per il tramite della presidenza russa", "kremlin"),
    ("a cura della Casa Bianca", "whitehouse"),
    ("through the Chinese state news agency", "xinhua"),
    ("Courtesy of the Russian presidency", "kremlin"),
    ("as released by China's foreign ministry", "china-mfa"),
    ("по данным пресс-службы Кремля", "kremlin"),
    ("по информации китайского информационного агентства", "xinhua"),
    ("согласно сообщению МИД КНР", "china-mfa"),
    ("据新华社", "xinhua"),
    ("来源：克里姆林宫网站", "kremlin"),
    ("经由中国官方通讯社", "xinhua"),
    ("l'emittente statale cinese", "cctv"),  # a description alone, the bare form
])
def test_credit_lines_in_any_framing(line: str, source: str) -> None:
    found = cue_source(line, bare=True)
    assert found is not None and found[0].id == source


@pytest.mark.parametrize("line", [
    "Mosca e la Casa Bianca",  # two names joined: a headline
    "Xi e Putin secondo il Cremlino",  # leaders named: a headline
    "Trump and Xi, according to the White House",
    "Il Cremlino, la Casa Bianca e il ministero degli Esteri cinese",
    "La Casa Bianca ha diffuso il resoconto della telefonata.",  # a sentence
    "Путин и Си Цзиньпин по данным Кремля",
])
def test_headlines_and_prose_are_no_credit_lines(line: str) -> None:
    assert cue_source(line, bare=False) is None


def test_an_article_byline_keeps_its_intertitles_when_no_credit_line_follows() -> None:
    text = (
        "Xi e Trump al telefono: dazi e Taiwan sul tavolo\n"
        "di Paolo Neri\n"
        "PECHINO - Il presidente cinese Xi Jinping ha avuto ieri sera una telefonata con "
        "Donald Trump, la prima dell'anno, secondo quanto riferito dai media di Stato.\n"
        "Il ruolo della Casa Bianca\n"
        "Secondo fonti diplomatiche, i due avrebbero discusso anche della visita di aprile, "
        "che la Casa Bianca considera ormai certa dopo mesi di trattative.\n"
        "Nel corso del colloquio Xi avrebbe ribadito la posizione cinese su Taiwan, mentre "
        "Trump avrebbe insistito sugli acquisti di prodotti agricoli americani.\n")
    found = split_accounts(_body(text), {}, "it")
    assert len(found) == 1 and found[0].kind == "news" and found[0].side is None


@pytest.mark.parametrize(("lang", "text", "first"), [
    ("it", "Commento del consigliere presidenziale Yury Ushakov sui risultati del colloquio\n"
           "La conversazione si è svolta in un clima amichevole e di fiducia reciproca, come "
           "sempre tra i due leader, che si conoscono da molti anni e si stimano.",
     "Commento del consigliere presidenziale Yury Ushakov sui risultati del colloquio"),
    ("en", "Comments by presidential aide Yury Ushakov on the results of the talks today\n"
           "The conversation was held in a friendly and trusting atmosphere, as always between "
           "the two leaders, who have known each other for many years now.",
     "Comments by presidential aide Yury Ushakov on the results of the talks today"),
])
def test_a_header_line_is_not_glued_to_the_sentence_after_it(lang: str, text: str,
                                                            first: str) -> None:
    spans = split_sentences(text, lang)
    assert text[spans[0][0]:spans[0][1]] == first
