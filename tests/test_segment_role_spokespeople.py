"""A spokesperson named by role ("White House spokeswoman Sarah Sanders", "白宫发言人桑德斯",
"пресс-секретарь Кремля", "portavoce del Cremlino"), whoever held the post, speaks for the
source as a named aide does: the words given are its briefing, not its readout, in
it/en/ru/zh. The guard: the source speaking with no spokesperson stays its readout. Every text
here is written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts
from readouts.segment.sources import registry
from readouts.segment.voices import voice_of


@pytest.mark.parametrize(("text", "source"), [
    ("White House spokeswoman Jane Roe said the call lasted more than an hour.", "whitehouse"),
    ("La portavoce della Casa Bianca ha detto che la telefonata è durata oltre un'ora.",
     "whitehouse"),
    ("Пресс-секретарь Кремля заявил, что разговор продолжался больше часа.", "kremlin"),
    ("白宫发言人史密斯说，通话持续了一个多小时。", "whitehouse"),
    ("外交部发言人表示，两国元首进行了深入沟通。", "china-mfa"),
])
def test_a_spokesperson_named_by_role_gives_a_briefing(text: str, source: str) -> None:
    src = registry().get(source)
    assert src is not None
    assert voice_of(src, text, source).kind == "briefing"


@pytest.mark.parametrize(("text", "source"), [
    ("The White House said the call lasted more than an hour.", "whitehouse"),
    ("Кремль сообщил, что разговор продолжался больше часа.", "kremlin"),
    ("白宫说，通话持续了一个多小时。", "whitehouse"),
])
def test_the_source_itself_speaking_stays_its_readout(text: str, source: str) -> None:
    src = registry().get(source)
    assert src is not None
    assert voice_of(src, text, source).kind == "readout"


SIDE_BY_SIDE = {
    "en": ("Trump and Putin spoke by phone on Friday.\n\n"
           "The Kremlin said in a statement that Putin had accepted the invitation to talk. "
           "The statement added that both sides wanted more trade.\n\n"
           "White House spokeswoman Jane Roe said the call lasted more than an hour. She said "
           "the leaders also discussed arms control.\n"),
    "it": ("Trump e Putin si sono sentiti al telefono venerdì.\n\n"
           "Il Cremlino ha fatto sapere in una nota che Putin ha accettato l'invito a parlare. "
           "La nota aggiunge che entrambe le parti vogliono più commercio.\n\n"
           "La portavoce della Casa Bianca Jane Roe ha detto che la telefonata è durata più di "
           "un'ora.\n"),
    "ru": ("Трамп и Путин в пятницу поговорили по телефону.\n\n"
           "Кремль сообщил в заявлении, что Путин принял приглашение к разговору. В заявлении "
           "говорится, что обе стороны хотят расширять торговлю.\n\n"
           "Пресс-секретарь Белого дома Джейн Роу заявила, что разговор продолжался больше "
           "часа.\n"),
    "zh": ("特朗普周五与普京通电话。\n\n"
           "克里姆林宫网站发表声明说，普京应邀与特朗普通话。声明说，双方希望扩大贸易。\n\n"
           "白宫发言人史密斯说，通话持续了一个多小时。她说，双方还讨论了军控问题。\n"),
}


@pytest.mark.parametrize("lang", sorted(SIDE_BY_SIDE))
def test_the_spokesperson_s_words_in_an_article_are_a_briefing(lang: str) -> None:
    drafts = split_accounts(SIDE_BY_SIDE[lang], {}, lang)
    kinds = [(d.source, d.kind) for d in drafts]
    assert ("whitehouse", "briefing") in kinds
    assert ("whitehouse", "readout") not in kinds
