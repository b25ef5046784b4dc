"""A leader who 'heard' another named only by role ('ha sentito ieri il premier britannico')
phoned him: the role resolves to whoever held it that day, in every language; 'ha sentito il
bisogno' (felt the need) is no call."""

import pytest
from test_contacts import analyze_texts


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "Il presidente ucraino ha sentito ieri il premier britannico."),
        ("it", "Il presidente ucraino ha sentito ieri il collega britannico, la premier Truss."),
        ("en", "The Ukrainian president spoke by phone yesterday with British Prime Minister "
               "Liz Truss."),
        ("ru", "Президент Украины вчера провёл телефонный разговор с премьер-министром "
               "Великобритании."),
        ("zh", "乌克兰总统昨天同英国首相通电话。"),
    ],
)
def test_a_call_with_a_leader_named_by_role_is_with_the_holder_that_day(
        lang: str, text: str) -> None:
    events = analyze_texts((text, "2022-10-01"), lang=lang).events
    assert [(e.type, sorted(e.participants), e.date) for e in events] == [
        ("phone_call", ["liz-truss", "volodymyr-zelenskyy"], "2022-09-30")]


@pytest.mark.parametrize("text", [
    "Meloni ha sentito il bisogno di chiarire la posizione del governo con il presidente "
    "francese Macron.",
    "Il presidente Mattarella ha sentito la necessità di intervenire.",
])
def test_feeling_a_need_is_no_call(text: str) -> None:
    assert analyze_texts((text, "2025-03-14"), lang="it").events == []


@pytest.mark.parametrize("when", ["ieri sera", "ieri mattina", "questa mattina", "oggi pomeriggio"])
def test_heard_with_a_part_of_day_before_the_name(when: str) -> None:
    text = f"Joe Biden ha sentito {when} Giorgia Meloni."
    events = analyze_texts((text, "2023-06-26"), lang="it").events
    assert [(e.type, sorted(e.participants)) for e in events] == [
        ("phone_call", ["giorgia-meloni", "joe-biden"])]
