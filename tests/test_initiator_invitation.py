"""A call held at one party's invitation ("at the latter's invitation", "su invito di
quest'ultimo", "по приглашению последнего", "应约") was initiated by that party (found on a
real Yibada item relaying China Daily); an invitation to visit names the host, not who asked
for a contact."""

import pytest
from test_contacts import analyze_texts

CALLS = {
    "en": "Chinese President Xi Jinping on Friday held a telephone conversation with U.S. "
          "President Barack Obama at the latter's invitation, during which the two leaders "
          "exchanged greetings.",
    "it": "Il presidente cinese Xi Jinping ha avuto venerdì una conversazione telefonica con il "
          "presidente americano Barack Obama su invito di quest'ultimo.",
    "ru": "Председатель КНР Си Цзиньпин в пятницу провел телефонный разговор с президентом США "
          "Бараком Обамой по приглашению последнего.",
    "zh": "国家主席习近平5日应约同美国总统奥巴马通电话。",
}


@pytest.mark.parametrize("lang", sorted(CALLS))
def test_the_one_who_invited_to_the_call_initiated_it(lang: str) -> None:
    reported = [e for e in analyze_texts((CALLS[lang], "2016-02-06"), lang=lang).events
                if e.reported_by]
    assert [(e.type, e.initiated_by) for e in reported] == [("phone_call", "barack-obama")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "At Xi Jinping's invitation, President Vladimir Putin arrived in Beijing on Monday "
           "for a state visit and held talks with Xi."),
    ("ru", "Президент России Владимир Путин по приглашению Си Цзиньпина прибыл в Пекин с "
           "государственным визитом и провел переговоры с Си."),
])
def test_an_invitation_to_visit_initiates_no_talks(lang: str, text: str) -> None:
    reported = [e for e in analyze_texts((text, "2024-05-16"), lang=lang).events
                if e.reported_by]
    assert reported and all(e.initiated_by is None for e in reported)
