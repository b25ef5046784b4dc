"""A future verb standing right before another contact word is that contact's: "на встрече с
российским коллегой Путиным предложил провести переговоры" tells a meeting held and talks
proposed, not a planned meeting (found on a real News.ru item, heldout4 h4ru-007); Italian,
English and Chinese word it so too (guards); talks announced stay planned."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

DAY = "2025-11-26"


@pytest.mark.parametrize(("text", "lang", "status"), [
    ("Президент Белоруссии Александр Лукашенко на встрече с российским коллегой Владимиром "
     "Путиным предложил провести переговоры на территории республики.", "ru", "held"),
    ("Lukashenko, nell'incontro con Vladimir Putin, ha proposto di tenere negoziati a Minsk.",
     "it", "held"),
    ("Lukashenko, during the meeting with Vladimir Putin, offered to host talks in Minsk.",
     "en", "held"),
    ("卢卡申科在与普京会晤时提议在明斯克举行谈判。", "zh", "held"),
    ("Путин и Си Цзиньпин проведут переговоры в Москве.", "ru", "planned"),
])
def test_the_proposal_is_the_talks_not_the_meeting(text: str, lang: str, status: str) -> None:
    events = [e for e in analyze_texts((text, DAY), lang=lang).events if e.reported_by]
    assert [e.status for e in events] == [status], events
