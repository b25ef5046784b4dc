"""A known source described instead of named ("the French presidency", "la presidenza
francese", "администрация президента Франции", "法国总统府") is that source, in it/en/ru/zh;
"rende noto Palazzo Chigi" gives Palazzo Chigi's words as "fa sapere" does. Every text here
is written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts
from readouts.segment.attribution import speaker_of
from readouts.segment.sources import registry


@pytest.mark.parametrize(("sentence", "source"), [
    ("The French presidency said that the call had allowed an understanding.", "elysee"),
    ("La presidenza francese ha fatto sapere che il colloquio è stato franco.", "elysee"),
    ("В администрации президента Франции сообщили, что разговор был откровенным.", "elysee"),
    ("法国总统府表示，通话坦率而深入。", "elysee"),
    ("Il colloquio è stato cordiale, rende noto Palazzo Chigi.", "palazzo-chigi"),
    # TASS by its usual description (found on a real Teleborsa item on Draghi's call with
    # Putin: "Secondo quanto riportato dall'agenzia di stampa ufficiale russa, …")
    ("Secondo quanto riportato dall'agenzia di stampa ufficiale russa, Putin ha confermato "
     "le forniture.", "tass"),
    ("Russia's official news agency said Putin had confirmed the supplies.", "tass"),
    ("Как сообщает официальное российское агентство, Путин подтвердил поставки.", "tass"),
    ("据俄官方通讯社报道，普京确认了供应。", "tass"),
])
def test_a_described_source_speaks(sentence: str, source: str) -> None:
    said = speaker_of(sentence, registry().named_all(sentence))
    assert said is not None and said.source is not None and said.source.id == source


def test_the_french_presidency_s_account_beside_the_kremlin_s() -> None:
    text = ("Macron and Putin spoke by phone on Friday for more than an hour.\n\n"
            "The French presidency said in a statement that the two presidents had agreed on "
            "the need to defuse the escalation. The French presidency added that the channels "
            "of discussion remain open.\n\n"
            "The Kremlin said that Putin had set out Russia's position in detail. The Kremlin "
            "added that the two leaders agreed to stay in contact.\n")
    drafts = split_accounts(text, {}, "en")
    assert [(d.source, d.side) for d in drafts] == [
        ("unknown", None), ("elysee", "FRA"), ("kremlin", "RUS")]


@pytest.mark.parametrize(("sentence", "source"), [
    # found on a real Il Tempo item: "L'agenzia ufficiale russa Ria Novosti, sottolinea come …"
    ("L'agenzia ufficiale russa Ria Novosti sottolinea che il colloquio è stato cordiale.",
     "ria-novosti"),
    ("The Russian state news agency RIA Novosti said the call was cordial.", "ria-novosti"),
    ("Российское государственное агентство РИА Новости сообщило, что разговор был сердечным.",
     "ria-novosti"),
    ("俄罗斯官方通讯社俄新社报道说，通话气氛友好。", "ria-novosti"),
])
def test_a_description_in_apposition_before_a_name_is_that_name_s(sentence: str,
                                                                   source: str) -> None:
    assert {s.id for s, _, _ in registry().named_all(sentence)} == {source}
