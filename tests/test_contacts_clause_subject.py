"""A contact told in a subordinate clause after another leader's verb is the clause
subject's: "Zelenskyy accused Scholz of playing into Putin's hands after the chancellor spoke
by phone to the Kremlin chief" is Scholz's call with Putin, not Zelenskyy's (found on a real
AFP item in the Japan Times); tests en/it/ru (Chinese puts the clause before its verb)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, only_event

CASES = [
    ("en", "Ukrainian President Volodymyr Zelenskyy accused Germany's Olaf Scholz on Friday of "
           "playing into the hands of Russian President Vladimir Putin after the chancellor spoke "
           "by phone to the Kremlin chief for the first time in two years."),
    ("it", "Il presidente ucraino Volodymyr Zelensky ha accusato il cancelliere tedesco Olaf "
           "Scholz di fare il gioco del presidente russo Vladimir Putin dopo che il cancelliere "
           "ha avuto un colloquio telefonico con Putin per la prima volta in due anni."),
    ("ru", "Президент Украины Владимир Зеленский обвинил канцлера Германии Олафа Шольца в том, "
           "что он играет на руку Владимиру Путину, после того как канцлер провел телефонный "
           "разговор с Путиным впервые за два года."),
]


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_the_subordinate_clauses_subject_is_the_party(lang: str, text: str) -> None:
    event = only_event(analyze_texts((text, "2024-11-16")))
    assert set(event.participants) == {"olaf-scholz", "vladimir-putin"}


def test_a_leader_named_in_the_clause_is_its_subject() -> None:
    text = ("Italian Prime Minister Giorgia Meloni praised Joe Biden on Tuesday, hours after "
            "Olaf Scholz held a phone call with Putin.")
    event = only_event(analyze_texts((text, "2024-11-16")))
    assert set(event.participants) == {"olaf-scholz", "vladimir-putin"}


def test_a_main_clause_contact_keeps_its_subject() -> None:
    text = ("Ukrainian President Volodymyr Zelenskyy spoke by phone with Olaf Scholz after "
            "the chancellor met Vladimir Putin's envoy.")
    event = only_event(analyze_texts((text, "2024-11-16")))
    assert set(event.participants) == {"volodymyr-zelenskyy", "olaf-scholz"}
