"""A full stop a page's text lost the space after ("... with the Chancellor of Austria.On
Saturday, he spoke with ...", "Il colloquio è durato un'ora.Il premier ha poi detto",
"Разговор состоялся сегодня.Президент сказал") still ends its sentence, so the next
sentence's contact is not read with the last one's parties. A web address, an abbreviation
and an initial keep their dots. A White House schedule line quoted with its release ('"The
President speaks with ...," the White House said as it released the schedule for today'),
which the lost space used to glue to the announcement before it, announces the contact.
Texts written for these tests."""

from __future__ import annotations

import pytest

from readouts.extract.contacts.status import contact_status
from readouts.text.sentences import split_sentences


def _split(text: str, lang: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, lang)]


@pytest.mark.parametrize(("text", "lang", "parts"), [
    ("On Friday the President spoke with the Chancellor of Austria.On Saturday, he spoke "
     "with the Prime Minister of Greece.", "en", 2),
    ("Il colloquio è durato un'ora.Il premier ha poi sentito il cancelliere.", "it", 2),
    ("Разговор состоялся сегодня.Президент затем поговорил с канцлером.", "ru", 2),
    # a one-letter word after the lost space: "del vertice.È stata", "in Beijing.A new round"
    ("Si è parlato del rinvio del vertice.È stata una scelta condivisa.", "it", 2),
    ("He met Xi in Beijing.A new round of talks is planned.", "en", 2),
    ("Встреча прошла в Кремле.В ней участвовали министры.", "ru", 2),
    # a closing quote before the stop: "передает «ТВ Центр».Главы"
    ("Беседа состоялась вчера, передает «ТВ Центр».Главы двух стран обсудили торговлю.", "ru", 2),
    ("The call was cordial, said the “Corriere”.The two leaders spoke of trade.", "en", 2),
])
def test_a_stop_without_its_space_ends_the_sentence(text: str, lang: str, parts: int) -> None:
    assert len(_split(text, lang)) == parts, _split(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("The readout is on news.Example.org today.", "en"),
    ("Gen.Smith and Sen.Jones attended the briefing.", "en"),
    ("The statement was signed by Donald J.Trump on Friday.", "en"),
    ("The company Example S.p.A. signed it.", "en"),
])
def test_addresses_abbreviations_and_initials_keep_their_dots(text: str, lang: str) -> None:
    assert len(_split(text, lang)) == 1, _split(text, lang)


def test_a_quoted_schedule_line_announces_its_contact() -> None:
    line = ('"The President speaks with the Prime Minister of Greece," the White House said as '
            "it released the President's schedule for today.")
    assert contact_status(line, "en") == "planned"
    assert contact_status("The President spoke with the Prime Minister of Greece today.",
                          "en") == "held"
