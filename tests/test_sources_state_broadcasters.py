"""Russian state broadcasters and papers (Channel One, VGTRK, RT, Rossiyskaya Gazeta) reprint
the Kremlin's title and paragraphs word for word: on their own domain the page is their news,
with Russia's side, not the Kremlin's readout (found on a real Channel One item about a
Putin-Erdogan call that came out as a Kremlin readout). Texts written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts
from readouts.segment.attribution import speaker_of
from readouts.segment.sources import registry

KREMLIN_STYLE = (
    "Владимир Путин провел телефонный разговор с президентом Турции Реджепом Тайипом "
    "Эрдоганом\nГлавы двух государств обсудили ситуацию на Ближнем Востоке. Президент России "
    "поделился оценками хода диалога с США.")


@pytest.mark.parametrize(("url", "source"), [
    ("https://www.1tv.ru/news/2025-03-28/505393-putin_erdogan", "channel-one"),
    ("https://www.vesti.ru/article/4321", "vgtrk"),
    ("https://smotrim.ru/article/1234", "vgtrk"),
    ("https://russian.rt.com/world/news/1234-putin-erdogan", "rt"),
    ("https://rg.ru/2025/03/28/putin-erdogan.html", "rossiyskaya-gazeta"),
])
def test_a_broadcasters_reprint_is_its_news(url: str, source: str) -> None:
    found = split_accounts(KREMLIN_STYLE, {"url": url}, "ru")
    assert [(d.source, d.side, d.kind) for d in found] == [(source, "RUS", "news")]


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Как сообщил Первый канал, стороны обсудили энергетику.", "ru"),
    ("According to Channel One, the two leaders discussed energy.", "en"),
    ("Secondo la televisione di Stato russa, i due leader hanno parlato di energia.", "it"),
])
def test_channel_one_named_speaks(sentence: str, lang: str) -> None:
    said = speaker_of(sentence, registry().named_all(sentence))
    assert said is not None and said.source is not None and said.source.id == "channel-one"
