# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""A sentence that closes by naming the quoted text again, its publisher unnamed ("He also
“…,” according to the readout.", "Ha anche “…”, secondo il resoconto.", "«…», — говорится
в сообщении.", "……」，通稿称。"), is that text going on, not the writer's: the account
quoted before keeps it, in it/en/ru/zh. Every text here is written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts

EN = """\
Biden and Xi spoke for two hours on Friday, their first call since November.

The White House said in a readout that Biden "described the implications and consequences if China provides material support to Russia as it conducts brutal attacks against Ukrainian cities".

He also "reiterated that U.S. policy on Taiwan has not changed, and emphasized that the United States continues to oppose any unilateral changes to the status quo," according to the readout.

Xinhua said Xi told Biden that "conflict and confrontation are in no one's interest, and peace and security are what the international community should treasure most".

Analysts said the two accounts barely overlapped.
"""

IT = """\
Biden e Xi si sono sentiti per due ore venerdì, la prima telefonata da novembre.

La Casa Bianca ha riferito in una nota che Biden "ha descritto le implicazioni e le conseguenze se la Cina fornirà sostegno materiale alla Russia mentre conduce attacchi brutali contro le città ucraine".

Ha anche "ribadito che la politica degli Stati Uniti su Taiwan non è cambiata e sottolineato che gli Stati Uniti continuano a opporsi a ogni cambiamento unilaterale dello status quo", secondo il resoconto.

L'agenzia Xinhua ha riferito che Xi ha detto a Biden che "conflitti e scontri non sono nell'interesse di nessuno, e pace e sicurezza sono ciò che la comunità internazionale deve avere più a cuore".

Gli analisti notano che i due resoconti quasi non si toccano.
"""

RU = """\
Байден и Си в пятницу два часа говорили по телефону, впервые с ноября.

Белый дом сообщил, что Байден «описал последствия, если Китай окажет материальную поддержку России, которая наносит жестокие удары по украинским городам».

«Президент подтвердил, что политика США в отношении Тайваня не изменилась, и подчеркнул, что США по-прежнему выступают против любых односторонних изменений статус-кво», — говорится в сообщении.

Агентство Синьхуа сообщило, что Си сказал Байдену: «конфликт и противостояние не отвечают ничьим интересам, а мир и безопасность — то, чем международное сообщество должно дорожить больше всего».

Аналитики отмечают, что два изложения почти не пересекаются.
"""

ZH = """\
拜登与习近平周五通话两小时，这是双方自去年11月以来首次通话。

白宫在通报中称，拜登“阐述了如果中国在俄罗斯对乌克兰城市发动残酷袭击之际向其提供物质支持将产生的影响和后果”。

“拜登重申美国的台湾政策没有改变，并强调美国继续反对任何单方面改变现状的行为”，通稿称。

新华社报道，习近平对拜登表示，“冲突对抗不符合任何一方的利益，和平安全才是国际社会最应该珍视的”。

分析人士指出，双方的通报几乎没有交集。
"""


@pytest.mark.parametrize(("text", "lang"), [(EN, "en"), (IT, "it"), (RU, "ru"), (ZH, "zh")])
def test_the_text_named_again_at_a_sentence_s_end_goes_on(text: str, lang: str) -> None:
    found = split_accounts(text, {}, lang)
    assert [a.source for a in found] == ["unknown", "whitehouse", "xinhua", "unknown"]
