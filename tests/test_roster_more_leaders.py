"""Heads of state and government of smaller countries are in the roster too (the Sahel,
Central America, the Himalaya, the Pacific): a wire item about a call with one of them names
both parties, in it/en/ru/zh, and a bare surname after a title resolves by the day's office
holder ("Prime Minister Khan of Pakistan" in 2019)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

from readouts.extract.people.actors import actor_index

CALLS = [
    ("en", "Russian President Vladimir Putin held a telephone conversation with the President "
           "of Mali, Assimi Goita, on Sunday.", {"vladimir-putin", "assimi-goita"}),
    ("it", "Il presidente russo Vladimir Putin ha avuto un colloquio telefonico con il "
           "presidente del Mali Assimi Goita.", {"vladimir-putin", "assimi-goita"}),
    ("ru", "Президент России Владимир Путин провёл телефонный разговор с президентом Мали "
           "Ассими Гоитой.", {"vladimir-putin", "assimi-goita"}),
    ("zh", "俄罗斯总统普京同马里总统戈伊塔通电话。", {"vladimir-putin", "assimi-goita"}),
]


@pytest.mark.parametrize(("lang", "text", "parties"), CALLS)
def test_a_call_with_a_sahel_leader_names_both(lang: str, text: str,
                                               parties: set[str]) -> None:
    events = [e for e in analyze_texts((text, "2023-09-10"), lang=lang).events
              if e.reported_by]
    assert events and set(events[0].participants) == parties, [e.to_json() for e in events]


@pytest.mark.parametrize(
    ("text", "on", "who"),
    [
        ("President Nayib Bukele of El Salvador", "2025-02-03", "nayib-bukele"),
        ("Prime Minister K.P. Sharma Oli", "2024-08-01", "k-p-sharma-oli"),
        ("President Mohamed Muizzu", "2024-10-07", "mohamed-muizzu"),
        ("Prime Minister James Marape", "2023-05-22", "james-marape"),
        ("Prime Minister Khan of Pakistan", "2019-08-19", "imran-khan"),
        ("Президент Сальвадора Найиб Букеле", "2025-02-03", "nayib-bukele"),
        ("马尔代夫总统穆伊兹", "2024-10-07", "mohamed-muizzu"),
    ],
)
def test_the_added_leaders_resolve(text: str, on: str, who: str) -> None:
    lang = "zh" if text[0] >= "\u4e00" else "ru" if text[0] >= "\u0400" else "en"
    assert who in [m.actor for m in actor_index().find(text, lang, on, None)]


def test_a_bare_khan_is_nobody_outside_the_office() -> None:
    assert "imran-khan" not in [m.actor for m in actor_index().find(
        "Mayor Sadiq Khan said London was open.", "en", "2024-05-01", None)]
