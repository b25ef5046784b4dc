# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""An aide or spokesperson named alone, no source in his sentence ("…, Ushakov said", "ha
aggiunto Ushakov", «заявил Ушаков», "乌沙科夫说"), speaks for his own source: beside another
side's statement his words are that source's briefing. Found on a real IANS item (held-out
12, h12comp-004: the White House's words, then "…, Ushakov said"), whose Kremlin account was
the writer's. The guard: a leader named alone ("Putin said") is no aide. Every text here is
written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts

ARTICLES = {
    "en": """\
Biden and Putin held a phone call on Saturday about the crisis around Ukraine.

The White House said in a statement that Biden warned of swift and severe costs. The statement added that the United States remained ready for diplomacy.

Russia will soon send its answer on security guarantees, Ushakov said. The two leaders agreed to stay in touch, Ushakov added.
""",
    "it": """\
Biden e Putin hanno avuto sabato una telefonata sulla crisi intorno all'Ucraina.

La Casa Bianca ha fatto sapere in una nota che Biden ha avvertito di costi rapidi e pesanti. La nota aggiunge che gli Stati Uniti restano pronti alla diplomazia.

La Russia invierà presto la sua risposta sulle garanzie di sicurezza, ha detto Ushakov. I due leader hanno concordato di restare in contatto, ha aggiunto Ushakov.
""",
    "ru": """\
Байден и Путин в субботу провели телефонный разговор о кризисе вокруг Украины.

Белый дом заявил в своем заявлении, что Байден предупредил о быстрых и серьезных издержках. В заявлении также говорится, что США по-прежнему готовы к дипломатии.

Россия скоро направит свой ответ по гарантиям безопасности, заявил Ушаков. Лидеры договорились оставаться на связи, добавил Ушаков.
""",
    "zh": """\
拜登和普京周六就乌克兰周边危机通电话。

白宫在声明中说，拜登警告将付出迅速而严重的代价。声明还说，美国仍愿意开展外交。

乌沙科夫说，俄方将很快就安全保障问题作出答复。乌沙科夫还说，两国元首同意保持联系。
""",
}


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_an_aide_named_alone_gives_his_source_s_briefing(lang: str) -> None:
    got = [(a.source, a.side, a.kind) for a in split_accounts(ARTICLES[lang], {}, lang)]
    assert got[0] == ("unknown", None, "news"), got
    assert got[1][:2] == ("whitehouse", "USA"), got
    assert got[2] == ("kremlin", "RUS", "briefing"), got


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_a_leader_named_alone_is_no_aide(lang: str) -> None:
    leader = {"en": "Putin", "it": "Putin", "ru": "Путин", "zh": "普京"}[lang]
    aide = {"en": "Ushakov", "it": "Ushakov", "ru": "Ушаков", "zh": "乌沙科夫"}[lang]
    text = ARTICLES[lang].replace(aide, leader)
    got = [(a.source, a.kind) for a in split_accounts(text, {}, lang)]
    assert ("kremlin", "briefing") not in got, got


RECAPS = {
    "en": "Trump said he had spoken with Putin.\n\nTrump wrote on Truth Social: \"President Putin called this morning to talk about Iran, a country he knows very well. We talked for a long time. Much less time was spent on Russia and Ukraine, but that will be next week.\"\n\nRecall that earlier Ushakov said that the two presidents had held a phone call.\n",
    "it": "Trump ha detto di aver parlato con Putin.\n\nTrump ha scritto su Truth: \"Il presidente Putin ha chiamato stamattina per parlare dell'Iran, un Paese che conosce molto bene. Abbiamo parlato a lungo. Molto meno tempo è stato dedicato a Russia e Ucraina, ma se ne parlerà la prossima settimana\".\n\nRicordiamo che in precedenza Ushakov aveva detto che i due presidenti avevano avuto una telefonata.\n",
    "ru": "Трамп рассказал о разговоре с Путиным.\n\nТрамп написал в Truth Social: «Президент Путин позвонил сегодня утром, чтобы поговорить об Иране, стране, которую он очень хорошо знает. Мы долго разговаривали. Намного меньше времени было посвящено России и Украине, но это будет на следующей неделе».\n\nНапомним, что ранее Ушаков заявил, что президенты провели телефонный разговор.\n",
}


@pytest.mark.parametrize("lang", sorted(RECAPS))
def test_an_aide_in_the_writer_s_recap_gives_no_briefing(lang: str) -> None:
    """"Напомним, что ранее Ушаков заявил …" (found on a real Censor.NET item, held-out 7
    h7comp-006): the writer's reminder of earlier news, no text relayed."""
    got = [(a.source, a.kind) for a in split_accounts(RECAPS[lang], {}, lang)]
    assert ("kremlin", "briefing") not in got, got
