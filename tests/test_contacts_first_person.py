"""A leader's own words at a press conference tell his contact in the first person, under a
transcript label that gives his name and then his office ("ANTHONY ALBANESE, PRIME MINISTER:
... I had a bilateral meeting with President Xi"): the label names him, and he is a party of
the contact he tells."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

from readouts.segment.turns import find_turns

CASES = [
    ("en", "ANTHONY ALBANESE, PRIME MINISTER: This afternoon I had a bilateral meeting with "
           "President Xi Jinping. We talked about trade and about the region.\n\nJOURNALIST: "
           "Prime Minister, did you raise the detained Australians?",
     "2022-11-15", {"anthony-albanese", "xi-jinping"}, "meeting"),
    ("en", "FUMIO KISHIDA, PRIME MINISTER: I have just finished a telephone talk with "
           "President Biden. We agreed to strengthen the alliance.\n\nREPORTER: How long "
           "did it last?", "2021-10-05", {"fumio-kishida", "joe-biden"}, "phone_call"),
    ("it", "GIORGIA MELONI, PRESIDENTE DEL CONSIGLIO: Questa mattina ho avuto un colloquio "
           "telefonico con il presidente Joe Biden. Abbiamo parlato di Ucraina.\n\nDOMANDA: "
           "Presidente, che cosa le ha detto?", "2023-05-02",
     {"giorgia-meloni", "joe-biden"}, "phone_call"),
    ("ru", "ВЛАДИМИР ПУТИН, ПРЕЗИДЕНТ РОССИИ: Сегодня утром я провёл телефонный разговор с "
           "Президентом Франции Эммануэлем Макроном. Мы обсудили Украину.\n\nВОПРОС: Что он "
           "сказал?", "2023-05-02", {"vladimir-putin", "emmanuel-macron"}, "phone_call"),
    ("zh", "习近平：今天上午我同法国总统马克龙通了电话。我们讨论了乌克兰问题。\n\n"
           "记者：他说了什么？",
     "2023-05-02", {"xi-jinping", "emmanuel-macron"}, "phone_call"),
]


@pytest.mark.parametrize(("lang", "text", "published", "parties", "kind"), CASES)
def test_a_leader_telling_his_own_contact_is_its_party(lang: str, text: str, published: str,
                                                       parties: set[str], kind: str) -> None:
    events = [e for e in analyze_texts((text, published), lang=lang).events if e.reported_by]
    assert events, text
    assert set(events[0].participants) == parties, events[0].to_json()
    assert (events[0].type, events[0].status, events[0].date) == (kind, "held", published)


def test_a_name_and_office_label_is_one_label() -> None:
    turns = find_turns("ANTHONY ALBANESE, PRIME MINISTER: Good morning.\nJOURNALIST: Hi.")
    assert [t.label for t in turns] == ["ANTHONY ALBANESE, PRIME MINISTER", "JOURNALIST"]


def test_a_heading_with_a_comma_is_no_label() -> None:
    turns = find_turns("TRADE, TARIFFS AND JOBS: the government's plan was set out today.")
    assert turns == []


def test_a_reporter_telling_of_his_call_names_no_leader() -> None:
    text = ("JOURNALIST: I had a call with President Xi's office this morning, Prime Minister. "
            "Will you meet him?\n\nANTHONY ALBANESE, PRIME MINISTER: We will see.")
    events = [e for e in analyze_texts((text, "2022-11-15"), lang="en").events
              if e.reported_by and e.status == "held"]
    assert not any("anthony-albanese" in e.participants and "xi-jinping" in e.participants
                   for e in events), [e.to_json() for e in events]
