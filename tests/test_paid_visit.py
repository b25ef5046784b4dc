"""A visit paid to the person is the contact ("Papa Francesco ha ricevuto in udienza
Mattarella. Una visita di congedo", "a farewell visit", "прощальный визит", "辞行拜会"), even
when the lead tells it as a meeting; two leaders who meet during a state visit had a meeting,
the visit being the trip (the project's convention, benchmarks/trial/heldout10/it.yaml)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2021-12-16"

PAID = [
    ("it", "Nel corso della mattinata di oggi, Papa Francesco ha ricevuto in udienza il "
           "presidente della Repubblica Sergio Mattarella. Una visita di congedo, alla fine del "
           "suo mandato."),
    ("en", "Pope Francis received President Sergio Mattarella in audience this morning. It was "
           "a farewell visit at the end of his term."),
    ("ru", "Владимир Путин сегодня встретился в Кремле с Ангелой Меркель. Это был прощальный "
           "визит канцлера перед уходом в отставку."),
    ("zh", "习近平今天在人民大会堂会见普京。这是普京卸任前的辞行拜会。"),
]


@pytest.mark.parametrize(("lang", "text"), PAID)
def test_a_meeting_named_a_farewell_visit_is_a_visit(lang: str, text: str) -> None:
    events = [e for e in analyze_texts((text, PAGE), lang=lang).events if e.reported_by]
    assert events and events[0].type == "visit", (lang, [e.to_json() for e in events])


DURING_A_STATE_VISIT = [
    ("it", "Il presidente cinese Xi Jinping ha ricevuto oggi a Pechino il presidente Sergio "
           "Mattarella. La visita di Stato del presidente italiano durerà sei giorni."),
    ("en", "Chinese President Xi Jinping received President Sergio Mattarella in Beijing today. "
           "The Italian president's state visit will last six days."),
    ("ru", "Владимир Путин сегодня встретился в Кремле с Ангелой Меркель. Государственный "
           "визит канцлера продлится два дня."),
    ("zh", "习近平今天在人民大会堂会见普京。普京正在对中国进行国事访问。"),
]


@pytest.mark.parametrize(("lang", "text"), DURING_A_STATE_VISIT)
def test_a_meeting_during_a_state_visit_stays_a_meeting(lang: str, text: str) -> None:
    events = [e for e in analyze_texts((text, PAGE), lang=lang).events if e.reported_by]
    assert events and events[0].type == "meeting", (lang, [e.to_json() for e in events])


# A visit paid in English to a leader himself, not to his country ("paid a short visit to his
# counterpart", "paid a brief visit to the President of Nigeria"): the visit is the contact,
# and its day is the lead's (seen on real Ghanaian news items: Graphic Online, Adom Online).
PAID_TO_LEADER = [
    "The President of Togo, Faure Gnassingbe, paid a short visit to his Ghanaian counterpart, "
    "Nana Akufo-Addo, in Accra last Sunday to discuss the border. They spoke of trade.",
    "President Nana Akufo-Addo on Sunday paid a brief visit to the President of the Togolese "
    "Republic, Faure Gnassingbe. The two leaders spoke of trade and the border.",
]


@pytest.mark.parametrize("text", PAID_TO_LEADER)
def test_a_visit_paid_to_a_leader_is_the_contact(text: str) -> None:
    events = [e for e in analyze_texts((text, "2018-11-27"), lang="en").events
              if e.reported_by]
    assert [(e.type, e.date, sorted(e.participants)) for e in events] == [
        ("visit", "2018-11-25", ["faure-gnassingbe", "nana-akufo-addo"])]


def test_a_visit_paid_to_the_presidential_palace_is_no_visit_to_a_person() -> None:
    """'paid a visit to the Presidential Palace, where he met the President': a meeting."""
    text = ("President Faure Gnassingbe on Sunday paid a visit to the Presidential Palace in "
            "Accra, where he met President Nana Akufo-Addo. They spoke of trade.")
    events = [e for e in analyze_texts((text, "2018-11-27"), lang="en").events
              if e.reported_by]
    assert events and events[0].type == "meeting"
