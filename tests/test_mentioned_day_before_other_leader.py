"""A contact dated a day from the reported one is most often that one told in another time
zone ("yesterday's call"), but not when it is with a leader the reported contact does not
hold ("Yesterday Macron spoke with Erdogan" after today's Biden-Macron call), nor when it is
of another type ("sent a message of condolences"): then it is another contact, mentioned."""

import pytest
from test_contacts import analyze_texts

TEXTS = {
    "en": ("President Biden spoke by phone today with President Emmanuel Macron of France. "
           "Yesterday Macron spoke by phone with President Erdogan."),
    "it": ("Il presidente Joe Biden ha avuto oggi un colloquio telefonico con il presidente "
           "francese Emmanuel Macron. Ieri Macron aveva avuto una telefonata con il presidente "
           "turco Erdogan."),
    "ru": ("Президент США Джо Байден сегодня провел телефонный разговор с президентом Франции "
           "Эммануэлем Макроном. Вчера Макрон провел телефонный разговор с президентом Турции "
           "Эрдоганом."),
    "zh": "美国总统拜登今天同法国总统马克龙通电话。马克龙昨天同土耳其总统埃尔多安通电话。",
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_yesterdays_call_with_another_leader_is_mentioned(lang: str) -> None:
    analysis = analyze_texts((TEXTS[lang], "2025-03-12"))
    mentioned = [(e.type, set(e.participants), e.date) for e in analysis.events
                 if not e.reported_by]
    assert ("phone_call", {"emmanuel-macron", "recep-tayyip-erdogan"}, "2025-03-11") in mentioned


def test_a_message_the_day_before_is_another_contact() -> None:
    text = ("President Biden spoke by phone today with President Emmanuel Macron of France. "
            "Yesterday Macron sent a message of condolences to President Erdogan.")
    mentioned = [(e.type, set(e.participants)) for e in analyze_texts((text, "2025-03-12")).events
                 if not e.reported_by]
    assert mentioned == [("message", {"emmanuel-macron", "recep-tayyip-erdogan"})]


def test_yesterdays_call_between_the_same_two_is_the_reported_one() -> None:
    text = ("President Biden spoke by phone today with President Emmanuel Macron of France. "
            "In yesterday's call, Biden and Macron discussed Ukraine.")
    events = analyze_texts((text, "2025-03-12")).events
    assert [e.reported_by != [] for e in events] == [True]
