# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""A quotation credited after it to a text of the government the writer's sentence before
opened with, no name given again ("The White House gave few details beyond the call. “…,” it
said in a statement.", "“…”, ha affermato in una nota", "«…», — говорится в заявлении",
"“…”，声明说。"), is that government's account, of the kind its words name: a statement. Found
on a real TIME item (heldout3 h3comp-002), whose White House statement stayed the writer's.
Russian and Chinese name the text with no pronoun and were read already once the text was
named; their cases guard the government named only as the subject. Every text here is
written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts

ARTICLES = {
    "en": """\
Joe Biden and Vladimir Putin held a phone call on Tuesday, and the two sides described it very differently.

The White House gave few details beyond the fact that the call took place. "The two presidents discussed strategic stability and the situation in Ukraine, and agreed that their teams will stay in close contact in the coming weeks," it said in a statement. "It was a frank call."

According to a statement from the Kremlin, Putin "stressed that Russia is ready for a serious dialogue on security guarantees, provided that its concerns are taken into account by Washington and its allies".
""",
    "it": """\
Il presidente Biden ha parlato martedì al telefono con il presidente Putin, e le due parti hanno descritto la telefonata in modo molto diverso.

La Casa Bianca ha dato pochi dettagli oltre alla conferma della telefonata. "Il presidente Biden ha parlato oggi con il presidente russo Putin della stabilità strategica e della situazione in Ucraina", ha affermato in una nota. "È stata una telefonata franca".

Secondo una nota del Cremlino, Putin "ha sottolineato che la Russia è pronta a un dialogo serio sulle garanzie di sicurezza, a condizione che le sue preoccupazioni siano prese in considerazione da Washington e dai suoi alleati".
""",
    "ru": """\
Президент Байден во вторник провел телефонный разговор с президентом Путиным, и стороны описали его совсем по-разному.

Белый дом почти не раскрыл подробностей, кроме самого факта разговора. «Президент Байден сегодня говорил с президентом России Путиным о стратегической стабильности и ситуации на Украине», — говорится в заявлении. «Это был откровенный разговор».

Как сообщили в Кремле, Путин «подчеркнул, что Россия готова к серьезному диалогу о гарантиях безопасности при условии, что ее озабоченности будут учтены Вашингтоном и его союзниками».
""",
    "zh": """\
美国总统拜登周二同俄罗斯总统普京通电话，双方对通话的描述截然不同。

白宫除确认通话外几乎没有提供细节。“拜登总统今天同俄罗斯总统普京就战略稳定和乌克兰局势进行了讨论，双方同意保持沟通，并责成团队继续就有关问题进行磋商，”声明说。“这是一次坦率的通话。”

克里姆林宫在声明中说：“普京强调俄方愿就安全保障问题开展严肃对话，前提是华盛顿及其盟友考虑俄方关切”。
""",
}


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_the_quotation_credited_to_it_is_the_governments_text(lang: str) -> None:
    accounts = split_accounts(ARTICLES[lang], {}, lang)
    got = [(a.source, a.side) for a in accounts]
    assert got[0] == ("unknown", None)
    assert [g for g in got if g[0] != "unknown"][:2] == [("whitehouse", "USA"), ("kremlin", "RUS")], got
    white = next(a for a in accounts if a.source == "whitehouse")
    assert white.text.lstrip()[:1] in "\"«“", white.text
    if lang in ("en", "ru"):
        assert white.kind == "statement"
