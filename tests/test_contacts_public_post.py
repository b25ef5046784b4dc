"""Congratulations a leader posted on a platform for everyone to read ("«Congratulazioni a
Macron!». Lo ha scritto su Twitter Trump", "congratulated Macron on Twitter", «поздравил
Макрона в Твиттере», "在推特上祝贺马克龙") are a public post, no message sent to the other,
whether the story's lead or told beside another contact; an exchange of posts between the two
("Botta e risposta su Twitter tra Meloni e Zelensky") is one."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2017-05-07"
POSTED = {"donald-trump", "emmanuel-macron"}

POSTS = [
    ("it", "«Congratulazioni a Emmanuel Macron per la sua grande vittoria. Non vedo l'ora di "
           "lavorare con lui!». Lo ha scritto su Twitter il presidente Donald Trump."),
    ("it", "Angela Merkel ha telefonato a Emmanuel Macron per congratularsi con lui. "
           "«Congratulazioni a Emmanuel Macron per la sua grande vittoria!». Lo ha scritto su "
           "Twitter il presidente americano Donald Trump."),
    ("en", "President Donald Trump congratulated Emmanuel Macron on Twitter on his big win."),
    ("ru", "Президент США Дональд Трамп поздравил Эмманюэля Макрона с победой в Твиттере."),
    ("zh", "美国总统特朗普在推特上发文祝贺马克龙胜选。"),
]


@pytest.mark.parametrize(("lang", "text"), POSTS)
def test_congratulations_posted_for_all_are_no_message(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert not [e for e in events if set(e.participants) == POSTED], \
        (lang, [e.to_json() for e in events])


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Botta e risposta su Twitter tra Giorgia Meloni e il presidente ucraino Volodymyr "
           "Zelensky: le congratulazioni di Zelensky e la risposta di Meloni."),
    ("en", "President Donald Trump sent a letter of congratulations to Emmanuel Macron, he "
           "said on Twitter after the two exchanged messages."),
])
def test_an_exchange_of_posts_or_a_letter_is_a_message(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert events and events[0].type == "message", [e.to_json() for e in events]
