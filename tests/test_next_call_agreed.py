"""A later sentence saying a further call is agreed ("双方商定下周再次通话", "They agreed to speak
again next week", "договорились созвониться на следующей неделе", "hanno concordato di
sentirsi di nuovo") leaves the lead's contact held on its own day: the plan is another
contact's. Probed for a class seen on real items."""

from __future__ import annotations

import pytest

from readouts.ingest import RawInput, prepare
from readouts.pipeline import analyze_document, link_results

STORIES = {
    "zh": ("普京同马克龙通电话",
           "2025年3月18日，俄罗斯总统普京同法国总统马克龙通电话。",
           "双方商定下周再次通话。"),
    "en": ("Putin and Macron speak by phone",
           "Russian President Vladimir Putin held a phone call with French President Emmanuel "
           "Macron on Tuesday.",
           "They agreed to speak again next week."),
    "ru": ("Путин и Макрон поговорили по телефону",
           "Президент России Владимир Путин во вторник провёл телефонный разговор с президентом "
           "Франции Эммануэлем Макроном.",
           "Лидеры договорились созвониться на следующей неделе."),
    "it": ("Telefonata Putin-Macron",
           "Il presidente russo Vladimir Putin ha avuto martedì una conversazione telefonica con "
           "il presidente francese Emmanuel Macron.",
           "I due hanno concordato di sentirsi di nuovo la prossima settimana."),
}


@pytest.mark.parametrize("joined", [False, True])
@pytest.mark.parametrize("lang", sorted(STORIES))
def test_an_agreed_next_call_leaves_the_lead_held(lang: str, joined: bool) -> None:
    title, lead, plan = STORIES[lang]
    body = f"{lead} {plan}" if joined else f"{lead}\n\n{plan}"
    text = f"{title}\n\n{body}\n"
    analysis = link_results([analyze_document(p, "2025-03-19", lang=lang)
                             for p in prepare(RawInput("page.txt", text.encode()))])
    held = [(e.type, sorted(e.participants), e.date)
            for e in analysis.events if e.status == "held"]
    assert held == [("phone_call", ["emmanuel-macron", "vladimir-putin"], "2025-03-18")], \
        [e.to_json() for e in analysis.events]
