"""A talk named by a bare word ("una conversazione molto lunga", "a very long conversation",
"очень долгий разговор") that the next sentence says the two held sitting together ("Si
sono seduti insieme", "They sat together", «Они сидели вместе»)
was face to face: a meeting, no phone call. Found on a real Quotidiano.net item (trial
it-065: Ushakov on Putin and Xi at the Tianjin summit), once the aide's quoted words were
his own briefing. Chinese names no talk by a bare word that a call would be read from
("交谈" is no contact; "通话" says the phone): the class is not there. Every text here is
written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2025-09-01"

TALKS = [
    ("it", "Il presidente russo Vladimir Putin ha avuto oggi una conversazione molto lunga con "
           "il presidente cinese Xi Jinping. Si sono seduti insieme per parlare dei contatti "
           "con gli americani."),
    ("en", "Russian President Vladimir Putin had a very long conversation with Chinese "
           "President Xi Jinping today. They sat together and discussed the contacts with "
           "the Americans."),
    ("ru", "Президент России Владимир Путин сегодня провел очень долгий разговор с "
           "Председателем КНР Си Цзиньпином. Они сидели вместе и обсуждали контакты с "
           "американцами."),
]


@pytest.mark.parametrize(("lang", "text"), TALKS)
def test_a_talk_held_sitting_together_is_a_meeting(lang: str, text: str) -> None:
    events = [e for e in analyze_texts((text, PAGE), lang=lang).events if e.reported_by]
    assert [e.type for e in events] == ["meeting"], (lang, [e.to_json() for e in events])


@pytest.mark.parametrize(("lang", "text"), TALKS)
def test_without_it_the_bare_word_stays_as_it_was(lang: str, text: str) -> None:
    first = text.split(". ")[0] + "."
    events = [e for e in analyze_texts((first, PAGE), lang=lang).events if e.reported_by]
    assert [e.type for e in events] != ["meeting"], (lang, [e.to_json() for e in events])
