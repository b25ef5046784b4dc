# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""One government's text credited to it in two sentences of an article ("根据新华社的通稿，…"
then "新华社文稿再引述…", found on a real Hong Kong analysis of the Biden-Xi call; "Secondo una
nota del Cremlino …" then "Si legge nel comunicato del Cremlino che …") is a text the article
relays: those sentences are its account, in it/en/ru/zh. Credited once, it stays the
writer's report. And "说法" (an account, a noun) is no "说" (says): "中方说法与此有落差" gives
no Chinese text. Every text here is written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts
from readouts.segment.attribution import speaker_of
from readouts.segment.sources import registry

TWICE = {
'it': """Putin e Xi si sono sentiti al telefono per la seconda volta quest'anno.

Secondo una nota del Cremlino, i due leader hanno discusso della cooperazione energetica e dei preparativi per il vertice di Shanghai.

Gli analisti vedono nella telefonata un segnale a Washington.

Si legge nel comunicato del Cremlino che Putin ha invitato Xi a Mosca per le celebrazioni di maggio.

I mercati non hanno reagito.
""",
'en': """Putin and Xi spoke by phone for the second time this year.

According to a statement from the Kremlin, the two leaders discussed energy cooperation and preparations for the Shanghai summit.

Analysts see the call as a signal to Washington.

The Kremlin said in a statement that Putin invited Xi to Moscow for the May celebrations.

Markets did not react.
""",
'ru': """Путин и Си во второй раз в этом году поговорили по телефону.

Согласно сообщению Кремля, лидеры обсудили энергетическое сотрудничество и подготовку к саммиту в Шанхае.

Аналитики видят в разговоре сигнал Вашингтону.

В сообщении Кремля также говорится, что Путин пригласил Си в Москву на майские торжества.

Рынки не отреагировали.
""",
'zh': """普京与习近平今年第二次通电话。

根据克里姆林宫的通稿，两国领导人讨论了能源合作和上海峰会的筹备工作。

分析人士认为，此次通话是向华盛顿发出的信号。

克里姆林宫文稿还称，普京邀请习近平五月赴莫斯科出席庆典。

市场没有反应。
""",
}


@pytest.mark.parametrize("lang", ["it", "en", "ru", "zh"])
def test_one_government_s_text_credited_twice_is_its_account(lang: str) -> None:
    got = [a.source for a in split_accounts(TWICE[lang], {}, lang)]
    assert got == ["unknown", "kremlin", "unknown", "kremlin", "unknown"]


@pytest.mark.parametrize("lang", ["it", "en", "ru", "zh"])
def test_credited_once_it_stays_the_writer_s_report(lang: str) -> None:
    paragraphs = TWICE[lang].split("\n\n")
    once = "\n\n".join(paragraphs[:3] + paragraphs[4:])
    assert [a.source for a in split_accounts(once, {}, lang)] == ["unknown"]


@pytest.mark.parametrize("text", [
    "不过特朗普稍后发文时只字未提台湾，中方说法与此明显有落差。",
    "白宫说法与新华社的报道并不一致。",
])
def test_an_account_named_as_a_noun_gives_no_words(text: str) -> None:
    said = speaker_of(text, registry().named_all(text))
    assert said is None or said.how != "side"


def test_a_side_saying_still_speaks() -> None:
    text = "中方说，双方同意保持沟通。"
    said = speaker_of(text, registry().named_all(text))
    assert said is not None and said.how == "side" and said.side == "CHN"
