"""Two leaders who speak after a talk told only as a "conversation" in a joint press
conference ("in conferenza congiunta con il leader tedesco", "at a joint press conference",
"на совместной пресс-конференции") met: a meeting, not the call the bare word most often is.
Found on a real LaPresse item (h15it-006: Macron on "la conversazione" with Scholz, visiting
Paris, came out a phone call)."""

import pytest
from test_contacts import analyze_texts, only_event

JOINT = {
    "it": ("\"La conversazione\" con il cancelliere tedesco Olaf Scholz \"è stata molto utile\". "
           "Lo ha detto il presidente francese Emmanuel Macron in conferenza congiunta con il "
           "leader tedesco, in visita a Parigi.", {"emmanuel-macron", "olaf-scholz"}),
    "en": ("\"The conversation\" with German Chancellor Olaf Scholz \"was very useful\", French "
           "President Emmanuel Macron said. He spoke at a joint press conference with the "
           "German leader, who is visiting Paris.", {"emmanuel-macron", "olaf-scholz"}),
    "ru": ("Президент Франции Эммануэль Макрон назвал разговор с канцлером Германии Олафом "
           "Шольцем очень полезным. Об этом он заявил на совместной пресс-конференции с "
           "немецким лидером в Париже.", {"emmanuel-macron", "olaf-scholz"}),
}


@pytest.mark.parametrize("lang", sorted(JOINT))
def test_a_conversation_then_a_joint_press_conference_is_a_meeting(lang: str) -> None:
    text, pair = JOINT[lang]
    event = only_event(analyze_texts((text, "2021-12-10"), lang=lang))
    assert (event.type, set(event.participants)) == ("meeting", pair)


def test_a_conversation_then_a_press_conference_of_ones_own_is_a_call() -> None:
    text = ("\"La conversazione\" con il cancelliere tedesco Olaf Scholz \"è stata molto "
            "utile\". Lo ha detto il presidente francese Emmanuel Macron in conferenza stampa "
            "all'Eliseo.")
    event = only_event(analyze_texts((text, "2021-12-10"), lang="it"))
    assert event.type == "phone_call"
