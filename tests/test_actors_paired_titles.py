"""One title for two countries' presidents ("Президенты России и США", "the US and Russian
presidents", "i presidenti di Stati Uniti e Russia", "美俄总统", "中美两国元首") names each
country's president on the day (found on a real Huanqiu item whose "美俄总统18日通话" came
out as a call of Putin with Macron, a contact that never happened)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, only_event

from readouts.extract.people.actors import actor_index

PAIRED = [
    ("ru", "Президенты России и США провели телефонный разговор 18 марта.",
     {"vladimir-putin", "donald-trump"}),
    ("en", "The US and Russian presidents held a phone call on March 18.",
     {"vladimir-putin", "donald-trump"}),
    ("it", "I presidenti di Stati Uniti e Russia hanno avuto una telefonata il 18 marzo.",
     {"vladimir-putin", "donald-trump"}),
    ("zh", "美俄两国总统18日通电话。", {"vladimir-putin", "donald-trump"}),
    ("zh", "中美两国元首18日通电话。", {"xi-jinping", "donald-trump"}),
]


@pytest.mark.parametrize(("lang", "text", "pair"), PAIRED)
def test_a_paired_title_names_both_presidents(lang: str, text: str, pair: set[str]) -> None:
    event = only_event(analyze_texts((text, "2025-03-20"), lang=lang))
    assert set(event.participants) == pair, (lang, event.participants)


def test_the_presidents_on_the_day() -> None:
    """In 2016 the same words are Obama and Putin."""
    found = actor_index().find("Президенты России и США обсудили Сирию.", "ru", "2016-09-05")
    assert {m.actor for m in found} == {"vladimir-putin", "barack-obama"}
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))
