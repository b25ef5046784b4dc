"""The next regular meeting («очередная регулярная встреча», «следующая регулярная встреча»)
is one contact, not a habit: «регулярн…» read as a habit named no contact at all, though a
numbered one («24-й регулярной встречи») was already one. Russian only: the English and
Italian habit cues are adverbs ("regularly", "regolarmente"), and "the next regular meeting"
was read there. Found on a real TASS item (held-out 12, h12ru-005: Putin's next meeting with
Mishustin, «завтра или послезавтра … наша очередная регулярная встреча», came out undated).
Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts


@pytest.mark.parametrize(("text", "day"), [
    ("Президент Владимир Путин сообщил, что завтра проведет очередную регулярную встречу с "
     "председателем правительства Михаилом Мишустиным.", "2025-10-16"),
    ("Президент Владимир Путин сообщил, что в пятницу состоится следующая регулярная встреча "
     "с председателем правительства Михаилом Мишустиным.", "2025-10-17"),
])
def test_the_next_regular_meeting_is_one(text: str, day: str) -> None:
    analysis = analyze_texts((text, "2025-10-15"), lang="ru")
    assert [(e.status, e.date, sorted(e.participants)) for e in analysis.events] == [
        ("planned", day, ["mikhail-mishustin", "vladimir-putin"])]


def test_meeting_regularly_is_still_a_habit() -> None:
    text = ("Президент Владимир Путин сообщил, что регулярно встречается с председателем "
            "правительства Михаилом Мишустиным.")
    assert analyze_texts((text, "2025-10-15"), lang="ru").events == []
