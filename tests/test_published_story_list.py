"""The dates of a site's other stories, listed under "Ещё по теме", "More Stories",
"Articoli correlati", "相关新闻", are theirs, not the page's: an undated page takes no date
from them (found on a real Interfax-Ukraine item of 2021 dated 2025 by its related-news list,
heldout9 h9ru-007); a date above the list still dates the page."""

from __future__ import annotations

import hashlib

import pytest

from readouts.ingest import PreparedText
from readouts.pipeline import analyze_document


def _published(text: str, lang: str) -> str | None:
    digest = hashlib.sha256(text.encode()).hexdigest()
    return analyze_document(PreparedText("test", digest, text, {}), lang=lang).document.published


LISTED = [
    ("Переговоры президентов Владимира Путина и Эмманюэля Макрона завершились.\n"
     "Беседа продлилась около часа, сообщили в Кремле.\n"
     "Ещё по теме\nСуд отклонил иск строительной компании\n19:02, 14.04.2025\n", "ru"),
    ("The talks between Emmanuel Macron and Olaf Scholz have ended.\n"
     "The two leaders spoke for about an hour, the Elysee said.\n"
     "More Stories\nCity council approves new bridge budget\nApril 14, 2025\n", "en"),
    ("Il colloquio tra Emmanuel Macron e Olaf Scholz si è concluso.\n"
     "I due leader hanno parlato per circa un'ora, ha fatto sapere l'Eliseo.\n"
     "Articoli correlati\nApprovato il bilancio del nuovo ponte\n14 aprile 2025\n", "it"),
    ("马克龙与朔尔茨的会谈已经结束。\n两位领导人交谈了大约一个小时。\n"
     "相关新闻\n市议会批准新桥预算\n2025年4月14日\n", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), LISTED)
def test_a_related_story_list_dates_no_page(text: str, lang: str) -> None:
    assert _published(text, lang) is None


@pytest.mark.parametrize(("text", "lang"), [
    ("12.03.2024 Переговоры Владимира Путина и Эмманюэля Макрона завершились.\n"
     "Ещё по теме\nСуд отклонил иск строительной компании\n19:02, 14.04.2025\n", "ru"),
    ("March 12, 2024 The talks between Emmanuel Macron and Olaf Scholz have ended.\n"
     "More Stories\nCity council approves new bridge budget\nApril 14, 2025\n", "en"),
])
def test_a_date_above_the_list_still_dates_the_page(text: str, lang: str) -> None:
    assert _published(text, lang) == "2024-03-12"
