"""English calls named in the wire's and machine translations' ways: "held their first talks
by phone", "met with X ... over the phone" (a call, not a meeting); the call's part of day
said in a later sentence of its own ("The telephone conversation between A and Mr. B was
held ... on the morning of the 20th", "looked forward to speaking with B on Tuesday
afternoon"); a meeting and a later call of other people stay apart."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

KISHIDA_MARCOS = {"fumio-kishida", "ferdinand-marcos-jr"}


def _reported(text: str, published: str):
    events = [e for e in analyze_texts((text, published), lang="en").events if e.reported_by]
    assert events, text
    return events[0]


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Kishida met with Ferdinand Marcos, the president-elect of the "
        "Philippines, over the phone and agreed to strengthen ties. The telephone "
        "conversation between Prime Minister Kishida and Mr. Marcos was held for about 15 "
        "minutes on the morning of the 20th.",
        "Japanese Prime Minister Fumio Kishida and Philippine President-elect Ferdinand "
        "Marcos held their first talks by phone on Friday. The phone call was held in the "
        "morning, officials said.",
    ],
)
def test_a_call_told_as_talks_or_a_meeting_by_phone(text: str) -> None:
    event = _reported(text, "2022-05-20")
    assert (event.type, event.status) == ("phone_call", "held"), event.to_json()
    assert set(event.participants) == KISHIDA_MARCOS, event.participants
    assert event.part_of_day == "morning", event.to_json()


def test_a_planned_call_takes_its_part_of_day_from_the_next_sentence() -> None:
    event = _reported("President Joe Biden plans to speak by phone on Tuesday with Prime "
                      "Minister Rishi Sunak, the White House said. The press secretary said "
                      "Biden looked forward to speaking with Sunak on Tuesday afternoon.",
                      "2022-10-25")
    assert (event.type, event.status) == ("phone_call", "planned"), event.to_json()
    assert event.part_of_day == "afternoon", event.to_json()


def test_a_meeting_is_no_call_for_a_later_verb() -> None:
    event = _reported("President Joe Biden met with President Xi Jinping in Bali, and then "
                      "Xi received a visit from Prime Minister Anthony Albanese.", "2022-11-14")
    assert event.type == "meeting", event.to_json()


@pytest.mark.parametrize(
    "text",
    [
        "Readout of President Joe Biden's Call with Prime Minister Netanyahu of Israel\n\n"
        "President Biden spoke earlier today with Prime Minister Netanyahu. The leaders "
        "discussed the situation in Gaza.",
        "President Biden spoke today with former Prime Minister of Israel Benjamin Netanyahu "
        "to congratulate him on his party's victory. The two leaders agreed to speak again.",
    ],
)
def test_a_white_house_readout_opening_reports_its_call(text: str) -> None:
    event = _reported(text, "2024-04-28")
    assert (event.type, event.status) == ("phone_call", "held"), event.to_json()
    assert set(event.participants) == {"joe-biden", "benjamin-netanyahu"}, event.participants
    assert event.date == "2024-04-28", event.date


def test_an_earlier_call_stays_earlier() -> None:
    event = _reported("President Biden spoke today with Prime Minister Netanyahu. The two "
                      "leaders had spoken earlier this month about the hostages.", "2024-04-28")
    assert event.date == "2024-04-28", event.to_json()


def test_a_headline_naming_one_leader_gives_way_to_the_announcement_naming_both() -> None:
    event = _reported("Biden plans to speak with new British prime minister on Tuesday\n\n"
                      "Biden plans to speak with new British prime minister on Tuesday\n"
                      "President Joe Biden plans to speak by phone on Tuesday with new British "
                      "Prime Minister Rishi Sunak, the White House said.", "2022-10-25")
    assert (event.type, event.status) == ("phone_call", "planned"), event.to_json()
    assert set(event.participants) == {"joe-biden", "rishi-sunak"}, event.participants


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Biden plans to speak with new British prime minister on Tuesday\n\n"
         "Reuters | Washington DC | Updated: 26-10-2022 01:40 IST | Created: 26-10-2022 01:40 "
         "IST\nBiden plans to speak with new British prime minister on Tuesday\nPresident Joe "
         "Biden planned to speak by phone on Tuesday with the new British Prime Minister Rishi "
         "Sunak once Sunak took office in London, a White House spokeswoman told reporters.\n\n"
         "Biden looked forward to the call with Sunak on Tuesday afternoon, she said.",
         "2022-10-26"),
        ("Байден во вторник поговорит с новым британским премьером\n\n"
         "Байден во вторник поговорит с новым британским премьером\nПрезидент США Джо Байден "
         "во вторник проведёт телефонный разговор с новым премьер-министром Великобритании "
         "Риши Сунаком, сообщила пресс-секретарь Белого дома.", "2022-10-26"),
    ],
)
def test_a_headline_over_an_announced_lead_is_no_second_contact(text: str,
                                                               published: str) -> None:
    events = analyze_texts((text, published)).events
    planned = [e for e in events if set(e.participants) == {"joe-biden", "rishi-sunak"}]
    assert len(planned) == 1, [e.to_json() for e in events]
    assert planned[0].status == "planned", planned[0].to_json()


@pytest.mark.parametrize(
    ("lang", "text", "parties"),
    [
        ("en", "Prime Minister Anthony Albanese has spoken with US President Donald Trump over "
               "the phone in a warm conversation. While it was not the face-to-face meeting he "
               "had hoped for, the leaders discussed trade.",
         {"anthony-albanese", "donald-trump"}),
        ("en", "Prime Minister David Cameron has spoken to President Obama about the oil spill. "
               "They also discussed Afghanistan.", {"david-cameron", "barack-obama"}),
        ("en", "Theresa May has spoken on the phone to Donald Trump and urged him to unite the "
               "country, Downing Street said.", {"theresa-may", "donald-trump"}),
        ("it", "Il presidente del Consiglio Giorgia Meloni ha parlato al telefono con il "
               "presidente Joe Biden. Hanno discusso di Ucraina.",
         {"giorgia-meloni", "joe-biden"}),
        ("ru", "Премьер-министр Италии Джорджа Мелони поговорила по телефону с президентом США "
               "Джо Байденом.", {"giorgia-meloni", "joe-biden"}),
    ],
)
def test_a_call_told_in_the_present_perfect_is_the_story(lang: str, text: str,
                                                       parties: set[str]) -> None:
    events = [e for e in analyze_texts((text, "2023-05-02"), lang=lang).events
              if e.reported_by]
    assert events and events[0].type == "phone_call", [e.to_json() for e in events]
    assert set(events[0].participants) == parties, events[0].participants


def test_a_call_he_had_spoken_of_earlier_is_no_story() -> None:
    events = analyze_texts(("Trump told reporters he had spoken to Putin last week.",
                            "2025-09-05"), lang="en").events
    assert not [e for e in events if e.reported_by], [e.to_json() for e in events]
