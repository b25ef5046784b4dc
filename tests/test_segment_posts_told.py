# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""A leader's post told in the writer's words on a platform the text does not name
("不过特朗普在网上帖文，…称", "Trump later wrote on social media that", "Trump ha poi scritto
sui social che", "Трамп позже написал в соцсетях, что"; leader_told in quoting.yaml) is his
post beside the other side's account, on the platform he used on the document's day
(leader_platforms in sources.yaml: Truth Social in 2025, X in 2019); with no day it stays
an unknown platform's. Every text here is written for these tests (found on a real TVB
item, trial comp-105)."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts

ZH = """\
中美元首通电话

国家主席习近平周一晚同美国总统特朗普通电话。

新华社报道称，习近平强调台湾回归中国是战后国际秩序的重要组成部分。新华社报道还说，特朗普表示美方理解台湾问题对中国的重要性。

但特朗普其后在网上发布的内容，并无提及台湾。不过特朗普在网上帖文，称他跟习近平讨论了芬太尼和大豆等议题，美中关系非常牢固。

分析人士认为，两国关系趋于稳定。
"""
EN = """\
Xi and Trump speak by phone

Chinese President Xi Jinping spoke with US President Donald Trump on Monday evening.

Xinhua reported that Xi stressed that Taiwan's return to China was part of the postwar international order. Xinhua also reported that Trump told Xi the US understood how much the Taiwan question mattered to China.

But Trump later wrote on social media that he and Xi had talked about fentanyl and soybeans. Trump also wrote on social media that relations between the two countries were extremely strong.

Analysts said relations were steadier.
"""
IT = """\
Xi e Trump al telefono

Il presidente cinese Xi Jinping ha parlato lunedì sera con il presidente americano Donald Trump.

L'agenzia Xinhua ha riferito che Xi ha sottolineato che il ritorno di Taiwan alla Cina fa parte dell'ordine internazionale del dopoguerra. Xinhua ha riferito anche che Trump ha detto di capire l'importanza della questione di Taiwan per la Cina.

Ma Trump ha poi scritto sui social che lui e Xi hanno parlato di fentanyl e di soia. Trump ha anche scritto sui social che i rapporti tra i due Paesi sono fortissimi.

Secondo gli analisti, i rapporti sono più stabili.
"""
RU = """\
Си Цзиньпин и Трамп поговорили по телефону

Председатель КНР Си Цзиньпин в понедельник вечером провёл телефонный разговор с президентом США Дональдом Трампом.

Агентство Синьхуа сообщило, что Си подчеркнул, что возвращение Тайваня Китаю является частью послевоенного международного порядка. Синьхуа также сообщило, что Трамп заявил о понимании важности тайваньского вопроса для Китая.

Однако Трамп позже написал в соцсетях, что обсудил с Си фентанил и сою. Трамп также написал в соцсетях, что отношения двух стран очень прочные.

Аналитики считают, что отношения стали стабильнее.
"""
TEXTS = {"zh": ZH, "en": EN, "it": IT, "ru": RU}


def _accounts(text: str, lang: str, published: str | None) -> list[tuple[str, str | None, str]]:
    meta = {"published": published} if published else {}
    return list(dict.fromkeys((a.source, a.side, a.kind) for a in split_accounts(text, meta, lang)))


@pytest.mark.parametrize("lang", ["zh", "en", "it", "ru"])
def test_a_leaders_post_told_in_the_writers_words_is_his_post_beside_the_other_side(lang: str) -> None:
    found = _accounts(TEXTS[lang], lang, "2025-11-25")
    assert ("xinhua", "CHN", "readout") in found
    assert ("truth-social", "USA", "post") in found
    assert found.index(("xinhua", "CHN", "readout")) < found.index(("truth-social", "USA", "post"))


@pytest.mark.parametrize(("published", "source"), [
    ("2019-06-01", "x"), ("2025-11-25", "truth-social"), (None, "unknown")])
def test_the_posts_platform_is_the_one_its_author_used_on_the_documents_day(
        published: str | None, source: str) -> None:
    assert (source, "USA", "post") in _accounts(ZH, "zh", published)


@pytest.mark.parametrize(("text", "lang"), [
    ("Xi e Trump al telefono\n\nIl presidente americano ha detto di aver parlato con Xi.\n\nMa Trump ha poi scritto sui social che la telefonata è andata bene.\n", "it"),
    ("Xi and Trump talk\n\nThe two leaders spoke on Monday.\n\nTrump later wrote on social media that the call went well.\n", "en"),
])
def test_a_post_told_in_one_sentence_alone_leaves_the_article_whole(text: str, lang: str) -> None:
    assert _accounts(text, lang, "2025-11-25") == [("unknown", None, "news")]
