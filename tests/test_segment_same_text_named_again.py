# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""One government's readout told in reported speech over several sentences, named again as
"the same readout" or by a pronoun ("The Kremlin said in the same readout that …", "It also
confirmed that …", "Nella stessa nota si legge", «В нём также говорится»), is that
government's account: the article relays a text, not a source cited in passing. Found on a
real Devdiscourse item (held-out 12, h12comp-005), whose Kremlin readout stayed the writer's;
its "U.S. President" cut the sentence giving it in two, so an initialism's stops end no
sentence. The guard: one sentence crediting the Kremlin leaves the article whole. Every text
here is written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts
from readouts.segment.prose import sentences

ARTICLES = {
    "en": """\
Biden and Putin spoke by phone on Tuesday, their first call in three months.

The Kremlin said U.S. President Joe Biden told Putin that he wanted stable and predictable relations. It also confirmed that Biden had proposed a summit in a third country in the coming months.

The Kremlin said in the same readout that the call had been held at Washington's request. Analysts in Moscow were cautious about the summit.
""",
    "it": """\
Biden e Putin si sono sentiti al telefono martedì, la prima telefonata da tre mesi.

Il Cremlino ha fatto sapere che Biden ha detto a Putin di volere relazioni stabili e prevedibili. Nella stessa nota si legge che Biden ha proposto un vertice in un Paese terzo nei prossimi mesi.

Il Cremlino ha precisato nella stessa nota che la telefonata si è svolta su richiesta di Washington. Gli analisti a Mosca restano cauti sul vertice.
""",
    "ru": """\
Байден и Путин во вторник поговорили по телефону, впервые за три месяца.

В Кремле заявили, что Байден сказал Путину о желании стабильных и предсказуемых отношений. В нём также говорится, что Байден предложил провести встречу в третьей стране в ближайшие месяцы.

Кремль сообщил в том же сообщении, что разговор состоялся по просьбе Вашингтона. Аналитики в Москве осторожно оценивают идею встречи.
""",
}


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_a_readout_named_again_is_the_governments_account(lang: str) -> None:
    got = [(a.source, a.side, a.kind) for a in split_accounts(ARTICLES[lang], {}, lang)]
    assert got[0] == ("unknown", None, "news"), got
    assert ("kremlin", "RUS", "readout") in got, got


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_one_sentence_crediting_the_kremlin_leaves_the_article_whole(lang: str) -> None:
    paras = ARTICLES[lang].split("\n\n")
    one = paras[0] + "\n\n" + paras[1].split(". ")[0] + ".\n"
    got = [(a.source, a.side) for a in split_accounts(one, {}, lang)]
    assert got == [("unknown", None)], got


def test_an_initialism_s_stops_end_no_sentence() -> None:
    text = "The Kremlin said U.S. President Joe Biden called. The U.N. Secretary-General spoke."
    assert [text[s.start:s.end].strip() for s in sentences(text, 0, len(text))] == [
        "The Kremlin said U.S. President Joe Biden called.",
        "The U.N. Secretary-General spoke."]
