# ruff: noqa: E501 - the compilations are written one paragraph a line, as pages paste
"""A government's unnamed officials are its briefing, in every language: a compiler's line
over their comments relayed by an agency ("Headlines via Reuters, comments from a senior US
administration official") heads the government's briefing (not the agency's account), and its
list items are the briefing's text, none of them taken for a title; a sentence crediting
quoted words to them ("Secondo fonti di Palazzo Chigi, Meloni “…”", "according to sources at
the Kremlin", "источник в Кремле", "白宫官员说") gives a briefing. Found on a real ForexLive
item and a real Today.it item (heldout4 h4comp-005, h4comp-002). Every text here is written
for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts
from readouts.segment.sources import registry
from readouts.segment.voices import voice_of

COMPILATIONS = {
    "en": """\
Biden and Xi to speak on Thursday
First call between the two leaders in seven months, the readout is expected later.

Headlines via Reuters, comments from a senior US administration official
- says the call is about managing competition responsibly
- says working-level talks have not moved enough
- no specific deliverables are expected from the call
""",
    "it": """\
Biden e Xi si sentiranno giovedì
Prima telefonata tra i due leader da sette mesi, il resoconto è atteso in serata.

Commenti di un alto funzionario dell'amministrazione americana (via Reuters)
- la telefonata serve a gestire la competizione in modo responsabile
- i colloqui tecnici non hanno fatto abbastanza progressi
- non sono attesi risultati specifici dalla telefonata
""",
    "ru": """\
Байден и Си проведут разговор в четверг
Первый разговор двух лидеров за семь месяцев, официальное сообщение ожидается вечером.

Комментарии высокопоставленного представителя администрации США (через Reuters)
- разговор нужен, чтобы ответственно управлять конкуренцией
- переговоры на рабочем уровне продвинулись недостаточно
- конкретных договоренностей по итогам разговора не ожидается
""",
    "zh": """\
拜登与习近平将于周四通话
这是两国元首七个月来首次通话，白宫通报预计稍后发布。

美国行政当局高级官员评论（路透社）
- 通话旨在以负责任的方式管控竞争
- 工作层面的会谈进展不够
- 预计通话不会达成具体成果
""",
}


@pytest.mark.parametrize("lang", sorted(COMPILATIONS))
def test_the_officials_comments_are_the_governments_briefing(lang: str) -> None:
    text = COMPILATIONS[lang]
    accounts = split_accounts(text, {}, lang)
    got = [(a.source, a.side, a.kind) for a in accounts]
    assert got == [("unknown", None, "news"), ("whitehouse", "USA", "briefing")], got
    items = [ln for ln in text.splitlines() if ln.startswith("- ")]
    assert all(item in accounts[1].text for item in items), accounts[1].text


@pytest.mark.parametrize(("sentence", "source"), [
    ("Secondo fonti di Palazzo Chigi, Meloni “ha confermato il pieno sostegno del governo”.", "palazzo-chigi"),
    ("According to sources at the Kremlin, Putin “stressed the need for a lasting settlement”.", "kremlin"),
    ("Как сообщил источник в Кремле, Путин «подчеркнул необходимость прочного урегулирования».", "kremlin"),
    ("白宫官员说，拜登“强调了管控分歧的重要性”。", "whitehouse"),
])
def test_words_credited_to_a_governments_unnamed_officials_are_its_briefing(
        sentence: str, source: str) -> None:
    voice = voice_of(registry().get(source), sentence, source)
    assert voice.kind == "briefing"


@pytest.mark.parametrize("sentence", [
    "Secondo il comunicato di Palazzo Chigi, Meloni “ha confermato il pieno sostegno”.",
    "According to the Kremlin, Putin “stressed the need for a lasting settlement”.",
])
def test_the_government_itself_keeps_its_readout(sentence: str) -> None:
    source = registry().first_named(sentence)
    assert source is not None
    assert voice_of(source[0], sentence, source[1]).kind == "readout"


SUBHEADINGS = {
    "zh": ("乌官员称俄军向首都推进 俄方未证实", "乌克兰国防部副部长25日在社交媒体上说，俄军正向首都推进。俄方未予证实。"),
    "en": ("Troops near the capital, according to Ukrainian officials",
           "Ukraine's deputy defence minister said on Friday that troops were moving towards the capital. Moscow did not confirm it."),
    "it": ("Truppe verso la capitale secondo fonti di Kiev",
           "La viceministra della Difesa ucraina ha detto venerdì che le truppe avanzano verso la capitale. Mosca non conferma."),
    "ru": ("Источник в Киеве сообщил о продвижении войск",
           "Заместитель министра обороны Украины заявила в пятницу, что войска продвигаются к столице. Москва это не подтвердила."),
}


@pytest.mark.parametrize("lang", sorted(SUBHEADINGS))
def test_a_headline_citing_unnamed_officials_opens_no_briefing(lang: str) -> None:
    headline, text = SUBHEADINGS[lang]
    doc = f"{text}\n\n{headline}\n\n{text}\n"
    assert all(a.kind != "briefing" for a in split_accounts(doc, {}, lang))
