"""The first contact after an event, dated by that event ("the first meeting between the two
leaders after the climate conference in Dubai in December", "il primo incontro dopo la
conferenza di dicembre", "первая встреча после конференции в декабре", "12月迪拜气候大会后的首次
会晤"): the date counts from the event, as after "since", and is no day of the announced
contact (found on a real Deccan Herald item, held-out 9, whose planned G-20 meeting took the
April of an earlier summit as its month). Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import reported_facts

CASES = [
    ("en", "Chancellor Olaf Scholz will meet President Luiz Inacio Lula da Silva on the sidelines "
           "of the summit in Rome, his office said. It will be the first meeting between the two "
           "leaders after the climate conference in Dubai in December."),
    ("it", "Il cancelliere Olaf Scholz incontrerà il presidente brasiliano Luiz Inacio Lula da "
           "Silva a margine del vertice di Roma, ha fatto sapere il suo ufficio. Sarà il primo "
           "incontro tra i due leader dopo la conferenza sul clima di Dubai di dicembre."),
    ("ru", "Канцлер Германии Олаф Шольц встретится с президентом Бразилии Луисом Инасиу Лулой "
           "да Силвой на полях саммита в Риме, сообщила его канцелярия. Это будет первая встреча "
           "двух лидеров после конференции по климату в Дубае в декабре."),
    ("zh", "德国总理朔尔茨将在罗马峰会期间会见巴西总统卢拉。"
           "这将是两国领导人12月迪拜气候大会后的首次会晤。"),
]


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_the_event_the_first_contact_follows_gives_it_no_day(lang: str, text: str) -> None:
    facts = reported_facts(text, lang, "2024-06-10")
    assert facts["status"] == "planned", facts
    assert facts["date"] is None, facts


def test_a_first_meeting_dated_on_its_own_keeps_its_day() -> None:
    text = ("Chancellor Olaf Scholz will meet President Luiz Inacio Lula da Silva in Rome, his "
            "office said. The first meeting, after months of calls, is set for June 14.")
    assert reported_facts(text, "en", "2024-06-10")["date"] == "2024-06-14"
