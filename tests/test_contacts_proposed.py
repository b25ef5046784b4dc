"""A contact only proposed is planned, and its day is ahead: "предложил премьер-министру Индии
Нарендре Моди провести двустороннюю встречу в Казани 22 октября", "proposed to Prime Minister
Modi to hold a meeting on October 22", "ha proposto al premier indiano Modi di tenere un
incontro il 22 ottobre", "提议同莫迪于10月22日举行会晤" (said in September: that October)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PUTIN_MODI = {"vladimir-putin", "narendra-modi"}
TEXTS = {
    "ru": "Президент России Владимир Путин предложил премьер-министру Индии Нарендре Моди "
          "провести двустороннюю встречу в Казани 22 октября.",
    "en": "Russian President Vladimir Putin proposed to Indian Prime Minister Narendra Modi to "
          "hold a bilateral meeting in Kazan on October 22.",
    "it": "Il presidente russo Vladimir Putin ha proposto al premier indiano Narendra Modi di "
          "tenere un incontro bilaterale a Kazan il 22 ottobre.",
    "zh": "俄罗斯总统普京提议同印度总理莫迪于10月22日在喀山举行双边会晤。",
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_a_proposed_meeting_is_planned_and_ahead(lang: str) -> None:
    analysis = analyze_texts((TEXTS[lang], "2024-09-12"), lang=lang)
    found = [(e.type, e.status, e.date) for e in analysis.events
             if set(e.participants) == PUTIN_MODI]
    assert found == [("meeting", "planned", "2024-10-22")], \
        [e.to_json() for e in analysis.events]


def test_talks_held_on_a_proposal_stay_held() -> None:
    text = ("Президент России Владимир Путин 10 сентября провел переговоры с премьер-министром "
            "Индии Нарендрой Моди.")
    found = [(e.status, e.date) for e in analyze_texts((text, "2024-09-12"), lang="ru").events]
    assert found == [("held", "2024-09-10")], found
