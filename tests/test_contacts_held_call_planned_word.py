"""A lead telling a held call whose purpose names a contact to come ("called Putin on Wednesday
to wish him a happy birthday and to discuss his upcoming India visit", "per discutere la sua
prossima visita") is still the held call: the word "upcoming" makes the sentence read ahead,
but its own cue is no planned one and the tense nearest it is the past, so the visit announced
next ("Putin is expected to visit India before year-end") does not take the story's place
(found on a real WION item, heldout8 h8en-019, whose birthday call came out as a planned
meeting)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2020-10-07"

HELD = [
    ("en", "Indian Prime Minister Narendra Modi called Russian President Vladimir Putin on "
           "Wednesday to wish him a happy birthday and to discuss his upcoming India visit. "
           "President Putin is expected to visit India before year-end for the annual summit "
           "that takes place alternately between the two countries."),
    ("it", "Il premier indiano Narendra Modi ha telefonato mercoledì al presidente russo Vladimir "
           "Putin per fargli gli auguri di compleanno e per discutere la sua prossima visita in "
           "India. Putin è atteso in India entro fine anno per il vertice annuale che si tiene "
           "alternativamente nei due paesi."),
    ("ru", "Премьер-министр Индии Нарендра Моди в среду позвонил президенту России Владимиру "
           "Путину, чтобы поздравить его с днем рождения и обсудить его предстоящий визит в "
           "Индию. Ожидается, что Путин посетит Индию до конца года для ежегодного саммита."),
]


@pytest.mark.parametrize(("lang", "text"), HELD)
def test_the_held_call_stays_the_story(lang: str, text: str) -> None:
    reported = [e for e in analyze_texts((text, PAGE), lang=lang).events if e.reported_by]
    assert reported and reported[0].type == "phone_call", (lang, [e.to_json() for e in reported])
    assert reported[0].status == "held" and reported[0].date == PAGE


def test_an_announced_call_over_a_held_line_still_leads() -> None:
    text = ("Indian Prime Minister Narendra Modi will call Russian President Vladimir Putin on "
            "Friday. The two leaders last spoke in September.")
    reported = [e for e in analyze_texts((text, PAGE), lang="en").events if e.reported_by]
    assert reported and reported[0].status == "planned", [e.to_json() for e in reported]


def test_a_schedule_released_keeps_the_announced_call() -> None:
    text = ("US President Donald Trump will speak with Prime Minister Narendra Modi over the "
            "phone tonight, the White House has said. \"The President speaks with Indian Prime "
            "Minister, Narendra Modi,\" the White House said as it released President Trump's "
            "schedule for today. On January 21, President Trump spoke with Canadian Prime "
            "Minister Justin Trudeau.")
    reported = [e for e in analyze_texts((text, "2017-01-24"), lang="en").events
                if e.reported_by]
    assert reported and reported[0].status == "planned", [e.to_json() for e in reported]
    assert set(reported[0].participants) == {"donald-trump", "narendra-modi"}
