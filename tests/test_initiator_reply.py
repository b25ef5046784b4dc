"""An exchange of messages was begun by the one written to by the other: the one who replied
did not ("Zelensky si congratula con Meloni … E la risposta della stessa Meloni non si fa
attendere", "The reply from Meloni came within the hour", «Ответ Мелони не заставил себя
ждать»). An answer to a question names no one who wrote first."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2022-09-26"

REPLIES = [
    ("it", "Scambio di messaggi su Twitter tra Giorgia Meloni e il presidente ucraino Volodymyr "
           "Zelensky. Zelensky ha scritto un messaggio di congratulazioni per la vittoria "
           "elettorale. E la risposta della stessa Meloni non si è fatta attendere: «Puoi "
           "contare sul nostro sostegno»."),
    ("en", "Giorgia Meloni and Ukrainian President Volodymyr Zelensky exchanged messages on "
           "Twitter. Zelensky sent a message of congratulations on the election victory. The "
           "reply from Meloni came within the hour: \"You can count on our support.\""),
    ("ru", "Джорджа Мелони и президент Украины Владимир Зеленский обменялись посланиями в "
           "Твиттере. Зеленский направил поздравительное послание с победой на выборах. Ответ "
           "Мелони не заставил себя ждать: «Вы можете рассчитывать на нашу поддержку»."),
]


@pytest.mark.parametrize(("lang", "text"), REPLIES)
def test_the_one_who_replied_did_not_begin_the_exchange(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert events and set(events[0].participants) == {"giorgia-meloni", "volodymyr-zelenskyy"}
    assert events[0].initiated_by == "volodymyr-zelenskyy", (lang, [e.to_json() for e in events])


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Giorgia Meloni ha avuto una telefonata con Volodymyr Zelensky. La risposta di Meloni "
           "alla domanda dei giornalisti è stata breve."),
    ("en", "Giorgia Meloni held a phone call with Volodymyr Zelensky. The reply from Meloni to "
           "reporters' questions was brief."),
])
def test_an_answer_to_a_question_names_no_initiator(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert events and events[0].initiated_by is None, [e.to_json() for e in events]


def test_a_reply_in_talks_names_no_initiator() -> None:
    text = ("Joe Biden ha incontrato Xi Jinping a Filoli, in California. Cordiale la risposta del "
            "leader cinese, secondo cui il mondo è abbastanza grande per entrambi.")
    events = analyze_texts((text, "2023-11-15"), lang="it").events
    assert events and events[0].type == "meeting" and events[0].initiated_by is None, \
        [e.to_json() for e in events]
