"""A leader named by his seat ("il leader del Cremlino", "the Kremlin leader", "хозяин Кремля")
is the counterpart of the contact: its holder on the day."""

from __future__ import annotations

from test_contacts import analyze_texts, only_event

SEATS = [
    ("it", "Il presidente francese Emmanuel Macron ha avuto una telefonata con il leader del "
           "Cremlino."),
    ("it", "Il presidente francese Emmanuel Macron ha avuto una telefonata con il numero uno "
           "del Cremlino."),
    ("en", "French President Emmanuel Macron held a phone call with the Kremlin leader."),
    ("ru", "Президент Франции Эммануэль Макрон провёл телефонный разговор с хозяином Кремля."),
]


def test_a_leader_named_by_his_seat_is_a_party_in_three_languages() -> None:
    for lang, text in SEATS:
        event = only_event(analyze_texts((text, "2023-05-10"), lang=lang))
        assert set(event.participants) == {"emmanuel-macron", "vladimir-putin"}, (lang, event)
