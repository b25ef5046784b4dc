"""A talk's length after the adjectives Italian puts behind its noun ("un colloquio cordiale di
20 minuti", "un colloquio “molto caloroso” di circa 20 minuti") is its duration, as "un
colloquio di 20 minuti" is; English ("a very warm conversation of about 20 minutes") and
Russian ("тёплый разговор продолжительностью 20 минут") already read theirs.

Found on a real Blitz Quotidiano item (Obama's call to Napolitano, 'Un colloquio “molto
caloroso” di circa 20 minuti': no duration). Texts written for this project.
"""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2015-01-06"
CALL = "Barack Obama ha telefonato lunedì a Giorgio Napolitano. "

AFTER_ADJECTIVES = [
    ("it", CALL + "Un colloquio “molto caloroso” di circa 20 minuti, tutto in inglese.", 20),
    ("it", CALL + "Un colloquio cordiale di 20 minuti.", 20),
    ("it", CALL + "È stata una telefonata franca, amichevole di mezz'ora.", 30),
    ("en", "Barack Obama called Giorgio Napolitano on Monday. It was a very warm conversation "
           "of about 20 minutes.", 20),
    ("ru", "Барак Обама в понедельник позвонил Джорджо Наполитано. Очень тёплый разговор "
           "продолжительностью около 20 минут прошёл на английском.", 20),
]


@pytest.mark.parametrize(("lang", "text", "minutes"), AFTER_ADJECTIVES)
def test_a_length_after_the_talks_adjectives(lang: str, text: str, minutes: int) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert events and events[0].duration_minutes == minutes, [e.to_json() for e in events]


# Guards: time gone by since the talk, and an adjective's noun that is no talk.
NO_LENGTH = [
    CALL + "Un colloquio cordiale di venti minuti fa ha chiuso la crisi.",
    CALL + "Napolitano ha poi tenuto un discorso cordiale di 20 minuti ai diplomatici.",
]


@pytest.mark.parametrize("text", NO_LENGTH)
def test_no_length_of_this_talk(text: str) -> None:
    events = analyze_texts((text, PAGE), lang="it").events
    assert events and events[0].duration_minutes is None, [e.to_json() for e in events]
