"""English news announcing a contact, in the wire's own phrasings: "will call", "plans to
speak by phone", "is expected to speak by phone", "is set to hold a phone conversation",
"will have a telephone conversation", a headline's infinitive ("Biden to hold telephone
conversation with Netanyahu"), "preparing for a phone call". The story's contact is planned;
a story of a call held ("phoned Putin on Friday") that looks ahead stays held. The day a
spokesperson spoke ("according to spokeswoman Jane Roe on Wednesday") dates no contact."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts
from test_mentioned_background import mentioned

BIDEN_SUNAK = {"joe-biden", "rishi-sunak"}
TRUMP_PUTIN = {"donald-trump", "vladimir-putin"}


def _reported(text: str, published: str = "2022-10-25"):
    events = [e for e in analyze_texts((text, published), lang="en").events if e.reported_by]
    assert events, text
    return events[0]


@pytest.mark.parametrize(
    "text",
    [
        "Biden set to call Sunak\n\nPresident Joe Biden will call new British Prime Minister "
        "Rishi Sunak on Tuesday, a White House spokesperson said.",
        "President Joe Biden plans to speak by phone on Tuesday with Prime Minister Rishi "
        "Sunak, the White House said.",
        "President Joe Biden and Prime Minister Rishi Sunak are expected to speak by phone on "
        "Tuesday, officials said.",
        "US President Joe Biden is set to hold a phone conversation with UK Prime Minister "
        "Rishi Sunak later on Tuesday, his spokeswoman told reporters.",
        "Joe Biden will have a telephone conversation with Rishi Sunak on Tuesday, according "
        "to the White House.",
        "Biden to hold telephone conversation with Sunak\n\nPresident Joe Biden will speak "
        "with Prime Minister Rishi Sunak on Tuesday, the press secretary said.",
        "Biden and Sunak are preparing for a phone call on Tuesday\n\nPresident Joe Biden "
        "plans to hold a telephone conversation with Rishi Sunak on Tuesday.",
    ],
)
def test_an_announced_call_is_planned(text: str) -> None:
    event = _reported(text, "2022-10-25")  # said on the Tuesday itself
    assert (event.type, event.status) == ("phone_call", "planned"), event.to_json()
    assert set(event.participants) == BIDEN_SUNAK, event.participants
    assert event.date in (None, "2022-10-25"), event.date


@pytest.mark.parametrize(
    "text",
    [
        "US President Donald Trump phoned Russian President Vladimir Putin on Friday. The "
        "two agreed to hold a meeting in June.",
        "President Joe Biden spoke by phone with Prime Minister Rishi Sunak on Tuesday and "
        "looked forward to meeting him at the G20.",
        "President Donald Trump telephoned Vladimir Putin on Friday, the White House said, "
        "and the two will meet in Helsinki next month.",
    ],
)
def test_a_call_held_that_looks_ahead_stays_held(text: str) -> None:
    event = _reported(text)
    assert (event.type, event.status) == ("phone_call", "held"), event.to_json()
    assert set(event.participants) in (BIDEN_SUNAK, TRUMP_PUTIN), event.participants


def test_the_day_a_spokesperson_spoke_dates_no_planned_call() -> None:
    found = mentioned("en", "Biden will call Xi to discuss trade, according to National "
                            "Security Council spokeswoman Jane Roe on Wednesday.")
    assert found and all(date is None for *_, date in found), found


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Biden will meet Xi in Lima, the White House said on Tuesday."),
        ("ru", "Путин встретится с Эрдоганом, сообщил во вторник Песков."),
    ],
)
def test_the_day_an_announcement_was_made_dates_no_planned_contact(lang: str,
                                                                    line: str) -> None:
    found = mentioned(lang, line)
    assert [(status, date) for _, status, _, date in found] == [("planned", None)], found


# An announced call and the next sentence about it: one planned contact, dated ahead of the
# reporting verb ("on Monday, the White House said" on a Friday is the coming Monday).
ONE_ANNOUNCED = [
    ("en", "President Joe Biden will call Prime Minister Giorgia Meloni on Monday, the White "
           "House said. The call is expected to focus on Ukraine."),
    ("it", "Il presidente Joe Biden avrà lunedì un colloquio telefonico con la premier Giorgia "
           "Meloni, ha detto la Casa Bianca. La telefonata sarà dedicata all'Ucraina."),
    ("ru", "Президент США Джо Байден проведет телефонный разговор с Джорджей Мелони в "
           "понедельник, сообщили в Белом доме. Телефонный разговор будет посвящен Украине."),
    ("zh", "美国总统拜登将于下周一同意大利总理梅洛尼通电话。双方将在通话中讨论乌克兰问题。"),
]


@pytest.mark.parametrize(("lang", "text"), ONE_ANNOUNCED)
def test_an_announced_call_told_again_is_one_contact_ahead(lang: str, text: str) -> None:
    events = analyze_texts((text, "2023-06-23"), lang=lang).events
    assert [(e.type, e.status, set(e.participants), e.date) for e in events] == [
        ("phone_call", "planned", {"joe-biden", "giorgia-meloni"}, "2023-06-26")], \
        [e.to_json() for e in events]
