# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""News articles that relay several sources' accounts with no line announcing them: each
sentence goes to whoever speaks in it ("Xinhua reported that …", "外交部称"), the sentences
that name the relayed text again ("The post added that …", "报道称：「…」") go on with it, a
side's text with no publisher named ("中方新闻稿表示", "the Chinese readout said") is that
side's account from an unknown source, and a leader's post on a platform not named is that
side's post. In it/en/ru/zh; every text here is written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import accounts, layout, split_accounts


def _shape(text: str, lang: str, **meta: str) -> list[tuple[str, str | None, str]]:
    """Accounts by first appearance, as a reader lists them."""
    return list(dict.fromkeys((d.source, d.side, d.kind)
                              for d in split_accounts(text, meta, lang)))


EN = """\
Trump says call with Xi went well

(Reuters): President Donald Trump on Friday described his call with Chinese leader Xi Jinping as “excellent” and said the two sides would meet again soon.
Earlier, China's state news agency Xinhua reported that the call was held at the request of the American side.
In a post on Truth Social, Trump wrote that the leaders had spent most of the ninety minutes on trade and on export controls.
“Our teams will sit down next week in a city to be chosen, and I expect a very good outcome for our farmers,” the president wrote.
The post added that Xi had invited him to visit Beijing later in the year.
Markets rose modestly after the news.
"""
IT = """\
Meloni sente il premier greco

«Abbiamo concordato di rafforzare la cooperazione sull'energia e sulla gestione dei flussi migratori nel Mediterraneo orientale – prosegue il post della presidente del Consiglio – e di rivederci presto ad Atene per proseguire il lavoro comune.»

Nel pomeriggio Meloni ha anche parlato con il cancelliere tedesco. «La presidente Meloni e il cancelliere – si legge in una nota di Palazzo Chigi – hanno discusso del sostegno all'Ucraina e del prossimo Consiglio europeo, e hanno convenuto di restare in stretto contatto nelle prossime settimane».
"""
RU = """\
Си Цзиньпин и Путин провели телефонный разговор

Председатель КНР и президент России во вторник провели телефонный разговор.
Как сообщило агентство Синьхуа, разговор был проведён по инициативе российской стороны.
В сообщении также говорится, что стороны обсудили подготовку к визиту в Пекин и торговлю энергоносителями.
В китайской версии отмечается, что председатель Си призвал к политическому урегулированию кризиса.
Аналитики считают, что визит может состояться осенью.
"""
ZH = """\
中美元首通电话

美国总统特朗普与中国国家主席习近平周二晚间通电话。
中国官方发布新闻稿表示，双方就经贸问题进行了坦诚深入的交流。
至于台湾问题，中方新闻稿上表示，特朗普称美方理解台湾问题的敏感性。
而美国白宫也在深夜发表声明称，两国元首的通话“非常友好”，主要讨论了贸易和芬太尼问题。
分析人士认为，双方都希望稳定两国关系。
"""


@pytest.mark.parametrize(("text", "lang", "want"), [
    (EN, "en", [("reuters", None, "news"), ("xinhua", "CHN", "readout"),
                ("truth-social", "USA", "post")]),
    # the headline over the quoted post is the article's own account (its contact told)
    (IT, "it", [("unknown", None, "news"), ("unknown", "ITA", "post"),
                ("palazzo-chigi", "ITA", "readout")]),
    (RU, "ru", [("unknown", None, "news"), ("xinhua", "CHN", "readout")]),
    (ZH, "zh", [("unknown", None, "news"), ("unknown", "CHN", "readout"),
                ("whitehouse", "USA", "statement")]),
])
def test_an_article_relaying_several_sources_is_cut_at_its_speakers(
        text: str, lang: str, want: list[tuple[str, str | None, str]]) -> None:
    assert _shape(text, lang) == want


def test_the_sentences_naming_the_relayed_text_go_on_with_it() -> None:
    drafts = split_accounts(EN, {}, "en")
    post = " ".join(d.text for d in drafts if d.source == "truth-social")
    assert "the president wrote" in post and "invited him to visit Beijing" in post
    assert "Markets rose" not in post  # the writer's own sentence after it
    xinhua = next(d for d in drafts if d.source == "xinhua")
    assert xinhua.text.startswith("Earlier, China's state news agency Xinhua reported")
    assert drafts[-1].source == "reuters" and drafts[-1].text.startswith("Markets rose")


def test_a_side_named_again_is_the_source_of_that_side_already_quoted() -> None:
    """"В китайской версии" after Xinhua is Xinhua's text, not a new unknown source."""
    drafts = split_accounts(RU, {}, "ru")
    assert not any(d.source == "unknown" and d.side == "CHN" for d in drafts)
    chinese = " ".join(d.text for d in drafts if d.source == "xinhua")
    assert "политическому урегулированию" in chinese and "Аналитики" not in chinese


def test_the_lead_sentence_stays_the_writers() -> None:
    """An article opening "Xinhua reported that …" reports the contact in its own voice."""
    text = ("新华社周一深夜报道，国家主席习近平同美国总统特朗普通电话。\n\n"
            "报道称：「习近平指出，中美关系保持稳定发展势头，符合两国人民的共同利益，也是国际社会的普遍期待。双方要保持住这个势头，坚持正确方向，不断取得新的进展。」\n\n"
            "中方的报导说，两国元首还谈及乌克兰危机。\n\n"
            "白宫尚未发布美方的新闻稿。\n")
    drafts = split_accounts(text, {}, "zh")
    assert [(d.source, d.kind) for d in drafts][:2] == [("unknown", "news"), ("xinhua", "readout")]
    assert drafts[0].text.startswith("新华社周一深夜报道")
    assert "乌克兰危机" in " ".join(d.text for d in drafts if d.source == "xinhua")
    assert drafts[-1].source == "unknown" and "白宫尚未" in drafts[-1].text


@pytest.mark.parametrize(("text", "lang"), [
    ("Putin and Modi spoke by phone on Monday.\n\nThe Kremlin said the two leaders discussed energy supplies and the situation in Ukraine.\n\nThe Indian Prime Minister's office also said the call was warm.\n\nModi is due in Moscow next month.\n", "en"),
    ("Meloni e Modi si sono sentiti lunedì.\n\nPalazzo Chigi ha fatto sapere che i due leader hanno discusso di energia.\n\nLa telefonata è durata mezz'ora.\n", "it"),
    ("Путин и Моди в понедельник провели телефонный разговор.\n\nКак сообщили в Кремле, лидеры обсудили поставки энергоносителей.\n\nМоди посетит Москву в следующем месяце.\n", "ru"),
    ("习近平同莫迪通电话。\n\n新华社报道，两国领导人讨论了边境问题。\n\n外交部表示，通话是建设性的。\n\n莫迪下月将访华。\n", "zh"),
])
def test_sources_cited_in_passing_leave_a_news_item_whole(text: str, lang: str) -> None:
    """Sources the writer cites, with no text of theirs named again, are his report."""
    assert len(split_accounts(text, {}, lang)) == 1


def test_a_spokesperson_named_anywhere_makes_the_ministrys_words_a_briefing() -> None:
    text = ("中美元首通电话\n\n"
            "国家主席习近平周一晚同美国总统特朗普通电话。外交部称，此次通话由美方发起，氛围积极。新华社报道，习近平在通话中强调了台湾问题的重要性。报道称，双方同意保持沟通。"
            "外交部发言人毛宁说：「两国元首保持着经常性交往。据我了解，此次通话是美方发起的，通话的氛围是积极的、友好的、建设性的，这对中美关系稳定发展十分重要。」\n")
    shape = _shape(text, "zh")
    assert shape == [("unknown", None, "news"), ("china-mfa", "CHN", "briefing"),
                     ("xinhua", "CHN", "readout")]


def test_a_note_of_a_government_is_its_readout() -> None:
    text = ("Meloni ha sentito il presidente francese.\n\n"
            "«La presidente Meloni e il presidente Macron – si legge in una nota di Palazzo Chigi – "
            "hanno discusso della situazione in Medio Oriente, della sicurezza della navigazione "
            "nel Mar Rosso e del sostegno all'Ucraina, concordando di restare in contatto».\n")
    assert _shape(text, "it")[-1] == ("palazzo-chigi", "ITA", "readout")


def test_cutting_at_speakers_stays_linear(monkeypatch: pytest.MonkeyPatch) -> None:
    """Four times the article is searched for speakers as four times the text, not sixteen
    (no rescans): counted in the characters searched, not timed."""
    unit = ZH.split("\n", 2)[2]
    searched: list[int] = []
    for module in (accounts, layout):
        real = module.find_turns

        def counting(text: str, real=real) -> list:  # noqa: ANN001 - the wrapped function
            searched.append(len(text))
            return real(text)

        monkeypatch.setattr(module, "find_turns", counting)

    def read(n: int) -> int:
        searched.clear()
        split_accounts("标题\n\n" + unit * n, {}, "zh")
        return sum(searched)

    small, large = read(20), read(80)
    assert 0 < large <= 4 * small * 1.1


@pytest.mark.parametrize(("text", "lang", "source", "side"), [
    ("Mark Ellis: White House Press Secretary Dana Reyes: President Donald Trump's telephone call with President Recep Tayyip Erdogan of Turkey:\n"
     "White House Press Secretary Dana Reyes: President Donald Trump's telephone call with President Recep Tayyip Erdogan of Turkey:\n"
     "Today, President Trump spoke with President Erdogan about the war in Ukraine and about trade. The leaders agreed to meet in the spring.\n"
     "President Trump thanked President Erdogan for hosting the technical talks in Istanbul.\n", "en", "whitehouse", "USA"),
    ("Андрей Волков: Пресс-служба Кремля: Телефонный разговор с Президентом Турции Реджепом Тайипом Эрдоганом:\n"
     "Состоялся телефонный разговор Владимира Путина с Президентом Турецкой Республики Реджепом Тайипом Эрдоганом. Обсуждались вопросы двустороннего сотрудничества.\n"
     "Президенты договорились продолжить контакты.\n", "ru", "kremlin", "RUS"),
    ("王明：外交部：习近平同土耳其总统埃尔多安通电话：\n"
     "国家主席习近平应约同土耳其总统埃尔多安通电话。习近平指出，中土两国都是发展中大国，双方要加强战略沟通。\n"
     "埃尔多安表示，土方愿同中方深化各领域合作。\n", "zh", "china-mfa", "CHN"),
    ("Marco Rossi: Palazzo Chigi: Colloquio telefonico del Presidente Meloni con il Presidente Erdogan:\n"
     "Il Presidente del Consiglio, Giorgia Meloni, ha avuto oggi un colloquio telefonico con il Presidente della Repubblica di Turchia, Recep Tayyip Erdogan. Al centro del colloquio la situazione in Medio Oriente.\n"
     "I due leader hanno concordato di restare in stretto contatto.\n", "it", "palazzo-chigi", "ITA"),
])
def test_a_relayed_header_chain_names_the_source_of_the_text_under_it(
        text: str, lang: str, source: str, side: str) -> None:
    """"Relayer: Source's official: Title:" over an official text (a channel reposting it)
    is a cue line, not a speaker's turn: one account, the source's readout."""
    drafts = split_accounts(text, {}, lang)
    assert [(d.source, d.side, d.kind) for d in drafts] == [(source, side, "readout")]
    assert not drafts[0].turns


def test_a_post_quoted_through_a_paragraph_goes_on_after_its_attribution() -> None:
    """The post's words, then "Lo scrive Trump su Truth", more of them and an announced
    last part: one post, after the newsroom's own opening words."""
    text = ("ROMA – “Ho appena finito una lunga e ottima telefonata con il presidente Erdogan della Turchia”. "
            "Lo scrive Trump su Truth, dopo la telefonata di questa mattina. “Abbiamo parlato di commercio, "
            "della guerra in Ucraina e della situazione a Gaza, e abbiamo concordato che i nostri ministri si "
            "vedranno la prossima settimana ad Ankara per preparare la mia visita”, ha aggiunto Trump. "
            "Poi l'annuncio: “Il presidente Erdogan verrà alla Casa Bianca a maggio, dove discuteremo di "
            "molte cose importanti per i nostri due grandi Paesi!”\n")
    shape = _shape(text, "it")
    assert shape == [("unknown", None, "news"), ("truth-social", "USA", "post")]
    drafts = split_accounts(text, {}, "it")
    assert drafts[0].text.startswith("ROMA – “Ho appena finito")
    assert "Poi l'annuncio" in " ".join(d.text for d in drafts if d.source == "truth-social")


@pytest.mark.parametrize(("text", "lang"), [
    ("Trump and Xi talk trade\n\nPresident Trump and President Xi spoke by phone on Monday.\n\n"
     "Shortly after speaking with Xi, Trump wrote on Truth Social, “I just had a very good call with President Xi of China. We discussed trade, fentanyl and soybeans, and he has invited me to Beijing in April, which I have accepted. Our relationship is very strong!”\n\n"
     "A readout issued by China's Foreign Ministry said that the two leaders agreed to keep in close touch.\n\n"
     "Markets were little changed.\n", "en"),
    ("特朗普发帖谈通话\n\n美国总统特朗普24日与中国国家主席习近平通电话。\n\n"
     "川普随后在真相社交平台发帖表示，“我刚与习近平主席进行了非常好的通话，我们讨论了乌克兰、芬太尼和大豆等诸多议题，达成了对农民非常重要的协议，而且只会越来越好。习近平主席邀请我明年四月访问北京，我已经接受了邀请。我们与中国的关系非常牢固！”\n\n"
     "外交部发言人表示，双方同意保持密切沟通。\n\n分析人士认为，两国关系趋于稳定。\n", "zh"),
])
def test_a_post_quoted_at_length_is_its_authors_not_the_leader_it_names(text: str, lang: str) -> None:
    """The author stands before the verb ("Trump wrote", "川普…发帖表示"); Xi, named in
    the post or before it, is whom it speaks of. A long quoted post is a text relayed."""
    shape = _shape(text, lang)
    assert ("truth-social", "USA", "post") in shape
    assert not any(source == "truth-social" and side != "USA" for source, side, _ in shape)
    assert any(side == "CHN" for _, side, _ in shape)


def test_a_ministrys_readout_sentence_before_its_spokesman_is_one_briefing() -> None:
    text = ("中美元首通电话\n\n国家主席习近平周一晚同美国总统特朗普通电话。\n\n"
            "外交部称，此次通话由美方发起，氛围积极、友好。外交部发言人毛宁说：「两国元首保持着经常性交往。据我了解，此次通话是美方发起的，通话的氛围是积极的、友好的、建设性的，这对中美关系稳定发展十分重要。」\n\n"
            "报道称，双方同意保持沟通。\n")
    drafts = split_accounts(text, {}, "zh")
    kinds = [(d.source, d.kind) for d in drafts]
    assert kinds.count(("china-mfa", "briefing")) == 1
    briefing = next(d for d in drafts if d.source == "china-mfa")
    assert briefing.text.startswith("外交部称") and "毛宁说" in briefing.text
