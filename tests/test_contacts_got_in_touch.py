"""A leader who "contacted" another got in touch, most often by phone, and is the one who
called: "ha contattato il cancelliere tedesco Olaf Scholz", "contacted German Chancellor Olaf
Scholz", "связался с канцлером Германии Олафом Шольцем", "联系了德国总理朔尔茨" (found on a real
Il Sussidiario item, where Macron "ha contattato" Scholz and Draghi and no contact came out).
An office or a staff contacted is no contact."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

MACRON_SCHOLZ = {"emmanuel-macron", "olaf-scholz"}
TEXTS = {
    "it": "Il presidente francese Emmanuel Macron ha contattato domenica il cancelliere tedesco "
          "Olaf Scholz per discutere della guerra in Ucraina.",
    "en": "French President Emmanuel Macron contacted German Chancellor Olaf Scholz on Sunday to "
          "discuss the war in Ukraine.",
    "ru": "Президент Франции Эммануэль Макрон в воскресенье связался с канцлером Германии Олафом "
          "Шольцем, чтобы обсудить войну на Украине.",
    "zh": "法国总统马克龙周日联系了德国总理朔尔茨，讨论乌克兰战争。",
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_a_leader_who_contacted_another_called(lang: str) -> None:
    analysis = analyze_texts((TEXTS[lang], "2022-03-21"), lang=lang)
    found = [(e.type, e.status, e.date, e.initiated_by) for e in analysis.events
             if set(e.participants) == MACRON_SCHOLZ]
    assert found == [("phone_call", "held", "2022-03-20", "emmanuel-macron")], \
        [e.to_json() for e in analysis.events]


def test_two_leaders_contacted_are_two_calls() -> None:
    text = ("Il presidente della repubblica francese ha contattato il cancelliere tedesco Olaf "
            "Scholz e il presidente del Consiglio italiano, Mario Draghi.")
    found = sorted((tuple(sorted(e.participants)), e.initiated_by)
                   for e in analyze_texts((text, "2022-03-20"), lang="it").events)
    assert found == [(("emmanuel-macron", "mario-draghi"), "emmanuel-macron"),
                     (("emmanuel-macron", "olaf-scholz"), "emmanuel-macron")], found


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Il presidente Mattarella ha contattato l'ufficio stampa del Quirinale."),
    ("en", "President Biden contacted his staff before the speech."),
])
def test_an_office_contacted_is_no_contact(lang: str, text: str) -> None:
    assert analyze_texts((text, "2022-03-20"), lang=lang).events == []
