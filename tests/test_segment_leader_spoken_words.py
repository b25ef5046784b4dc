# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""News pages that set two leaders' own spoken words side by side, in it/en/ru/zh: a
leader's words quoted at length with the verb that says he spoke them ("“…”, ha detto Biden
ai giornalisti", "“…,” Biden told reporters", "Путин заявил: «…»", "马克龙表示：“…”") are his
government's statement, given by his side's office, after the page's own lead. A leader's
words going on after his post was quoted are that post ("«…». Così Trump su Truth. Putin,
ha spiegato il leader Usa, «…»"), and an aide's words quoted around a clause with an adverb
("“… – ha infatti aggiunto Ushakov – …”") are his office's briefing. The guards: one
leader's words alone, however long, and a short remark of each leave the page one news
account. Every text here is written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts
from readouts.segment.attribution import speaker_of
from readouts.segment.sources import registry

IT = """\
Il primo incontro nello Studio Ovale

Tono cordiale nel colloquio di ieri nello Studio Ovale tra il presidente Joe Biden e la presidente del Consiglio Giorgia Meloni, durato poco più di un'ora.

"Sull'Ucraina abbiamo lavorato fianco a fianco fin dal primo giorno e continueremo a farlo", ha detto Biden ai giornalisti prima del colloquio. "L'Italia è un alleato affidabile e la sua premier ha una visione chiara", ha aggiunto il presidente americano.

Meloni ha risposto: "Siamo venuti a confermare un'amicizia che dura da ottant'anni. Lavoreremo insieme anche sulla presidenza italiana del G7 e sull'Africa".

In serata la delegazione italiana è rientrata in albergo.
"""

EN = """\
Biden and Macron trade praise at the White House

President Joe Biden hosted French President Emmanuel Macron for talks on Thursday morning.

“France has stood with us on Ukraine from the first hour, and we will keep standing together, with our allies in Europe, for as long as it takes,” Biden told reporters in the Oval Office before the talks began.

Macron replied: “Our friendship is older than both our republics' constitutions. We came to work on energy, on Africa and on the defence of Europe.”

The two leaders later lunched with their delegations.
"""

RU = """\
Путин и Макрон обменялись заявлениями

Президент России Владимир Путин и президент Франции Эммануэль Макрон провели переговоры в Кремле в среду вечером.

«Мы ценим, что Франция сохраняет канал для диалога, и готовы обсуждать все вопросы европейской безопасности без исключения», — заявил Путин журналистам перед началом встречи.

Макрон сказал: «Я приехал говорить откровенно. Франция хочет, чтобы оружие замолчало как можно скорее, и будет добиваться этого вместе с партнёрами».

После переговоров делегации продолжили работу.
"""

ZH = """\
普京与马克龙在克里姆林宫会谈

俄罗斯总统普京周三晚间在克里姆林宫同法国总统马克龙举行会谈。

普京表示：“我们重视法方保持对话渠道，愿意毫无例外地讨论欧洲安全的所有问题，也希望双方团队尽快恢复经常性的联系，为两国关系的改善创造条件。”

马克龙说：“我这次来是要坦诚交谈。法国希望枪声早日停止，并将同欧洲伙伴一道为此不懈努力，也愿意为各方今后的直接谈判提供场所、安全保障和一切必要的便利条件。”

会谈结束后，双方代表团继续工作。
"""


def _accounts(text: str, lang: str) -> list[tuple[str, str | None, str]]:
    return [(a.source, a.side, a.kind) for a in split_accounts(text, {}, lang)]


@pytest.mark.parametrize(("text", "lang", "first", "second"), [
    (IT, "it", ("whitehouse", "USA", "statement"), ("palazzo-chigi", "ITA", "statement")),
    (EN, "en", ("whitehouse", "USA", "statement"), ("elysee", "FRA", "statement")),
    (RU, "ru", ("kremlin", "RUS", "statement"), ("elysee", "FRA", "statement")),
    (ZH, "zh", ("kremlin", "RUS", "statement"), ("elysee", "FRA", "statement")),
])
def test_two_leaders_spoken_words_quoted_at_length_are_their_governments_statements(
        text: str, lang: str, first: tuple[str, str, str], second: tuple[str, str, str]) -> None:
    found = _accounts(text, lang)
    assert found[0] == ("unknown", None, "news")  # the page's own lead
    assert first in found and second in found
    assert found.index(first) < found.index(second)


@pytest.mark.parametrize(("text", "lang"), [
    (IT.replace('Meloni ha risposto: "Siamo venuti a confermare un\'amicizia che dura da ottant\'anni. Lavoreremo insieme anche sulla presidenza italiana del G7 e sull\'Africa".', "Meloni ha ringraziato il presidente per l'accoglienza."), "it"),
    (EN.replace("Macron replied: “Our friendship is older than both our republics' constitutions. We came to work on energy, on Africa and on the defence of Europe.”", "Macron thanked his host."), "en"),
    (RU.replace("Макрон сказал: «Я приехал говорить откровенно. Франция хочет, чтобы оружие замолчало как можно скорее, и будет добиваться этого вместе с партнёрами».", "Макрон поблагодарил хозяина за приём."), "ru"),
    (ZH.replace("马克龙说：“我这次来是要坦诚交谈。法国希望枪声早日停止，并将同欧洲伙伴一道为此不懈努力，也愿意为各方今后的直接谈判提供场所、安全保障和一切必要的便利条件。”", "马克龙感谢了主人的接待。"), "zh"),
])
def test_one_leaders_words_alone_leave_the_page_one_news_account(text: str, lang: str) -> None:
    assert _accounts(text, lang) == [("unknown", None, "news")]


def test_a_short_remark_of_each_leader_stays_the_writers() -> None:
    text = ("Biden e Meloni alla Casa Bianca\n\nIl presidente e la premier si sono visti ieri.\n\n"
            "\"Un'ottima amica\", ha detto Biden. \"Un grande alleato\", ha risposto Meloni.\n")
    assert _accounts(text, "it") == [("unknown", None, "news")]


@pytest.mark.parametrize(("sentence", "side"), [
    ("“Abbiamo lavorato bene”, ha detto Biden ai giornalisti.", "USA"),
    ("“Abbiamo lavorato bene”, ha poi aggiunto il presidente americano.", "USA"),
    ("“We worked well,” Biden told reporters.", "USA"),
    ("«Мы хорошо поработали», — заявил Путин.", "RUS"),
    ("马克龙表示：“我们合作得很好。”", "FRA"),
    ("Meloni ha detto: «Abbiamo lavorato bene».", "ITA"),
])
def test_the_leader_speaking_is_told_before_or_after_his_verb(sentence: str, side: str) -> None:
    said = speaker_of(sentence, registry().named_all(sentence))
    assert said is not None and said.how == "spoke" and said.side == side


@pytest.mark.parametrize("sentence", [
    "Putin, ha spiegato il portavoce, «è pronto a parlare»",  # whom the words speak of
    "“ Macron – ha infatti aggiunto un funzionario – ne ha parlato più volte ”.",  # inside them
    "“Abbiamo lavorato bene”, ha detto Peskov di Putin.",  # a leader the speaker names
])
def test_a_leader_the_words_name_is_not_their_speaker(sentence: str) -> None:
    said = speaker_of(sentence, registry().named_all(sentence))
    assert said is None or said.how != "spoke"


def test_a_leaders_words_after_his_post_go_on_with_the_post() -> None:
    text = ("«Ho appena finito una telefonata molto lunga e molto utile con il presidente Putin, nella quale abbiamo parlato di Ucraina, di commercio e di energia, e ne sono soddisfatto». Così Donald Trump su Truth dopo il colloquio.\n\n"
            "Putin, ha spiegato il leader Usa, «mi ha detto che vuole chiudere la guerra presto e io gli credo: ci siamo dati appuntamento a presto, forse in Europa, insieme ai nostri consiglieri e ai ministri degli Esteri».\n")
    assert _accounts(text, "it") == [("truth-social", "USA", "post")]


def test_an_aides_words_around_a_clause_with_an_adverb_are_his_briefing() -> None:
    text = ("Il Cremlino frena su Macron\n\nNessuna telefonata in vista tra Putin e Macron, ha detto il consigliere Yuri Ushakov.\n\n"
            "“ Per ora – ha risposto – non è prevista alcuna telefonata ”. “ Macron – ha infatti aggiunto Ushakov – ne ha parlato più volte in pubblico e davanti alla stampa, ma finora da Parigi non abbiamo ricevuto alcuna proposta concreta né una data ”.\n\n"
            "All'Eliseo non commentano.\n")
    assert ("kremlin", "RUS", "briefing") in _accounts(text, "it")
