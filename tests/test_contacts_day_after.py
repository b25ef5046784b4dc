"""A contact told as coming a day after another ("came a day after he spoke to", "Il giorno
prima", "Днём ранее", "此前一天"): the other contact is dated the reported one's eve, not the
page's day; in the lead, "on Tuesday, one day after his call with Putin" keeps Tuesday and
its own principals.

Texts written for this project; each class in every language where it exists.
"""

from __future__ import annotations

import hashlib

import pytest

from readouts.ingest import PreparedText
from readouts.pipeline import analyze_document, link_results


def contacts(text: str, lang: str) -> tuple[tuple[str, str | None, list[str]], list]:
    """(the reported contact's (date, principals)), the mentioned ones' (date, principals))."""
    digest = hashlib.sha256(text.encode()).hexdigest()
    analysis = link_results([analyze_document(
        PreparedText("test", digest, text, {"date": "2025-07-02"}), lang=lang)])
    ids = {r.event for d in analysis.documents for r in d.readouts}
    reported = [(e.date, sorted(e.participants)) for e in analysis.events if e.id in ids]
    others = [(e.date, sorted(e.participants)) for e in analysis.events if e.id not in ids]
    return reported[0], others


EVE_OF_REPORTED = [
    ("en", "Prime Minister Narendra Modi spoke with President Volodymyr Zelensky on Tuesday. "
           "The call came one day after Modi spoke by phone with Vladimir Putin.",
     ["narendra-modi", "vladimir-putin"]),
    ("it", "Giorgia Meloni ha avuto martedì un colloquio telefonico con Volodymyr Zelensky. Il "
           "giorno prima la presidente del Consiglio aveva sentito al telefono Donald Trump.",
     ["donald-trump", "giorgia-meloni"]),
    ("ru", "Владимир Путин во вторник провёл телефонный разговор с Эммануэлем Макроном. Днём "
           "ранее Путин поговорил по телефону с Дональдом Трампом.",
     ["donald-trump", "vladimir-putin"]),
    ("zh", "国家主席习近平1日同法国总统马克龙通电话。此前一天，习近平同美国总统特朗普通了电话。",
     ["donald-trump", "xi-jinping"]),
]


@pytest.mark.parametrize(("lang", "text", "pair"), EVE_OF_REPORTED)
def test_the_other_contact_is_the_reported_ones_eve(lang: str, text: str, pair) -> None:
    reported, others = contacts(text, lang)
    assert reported[0] == "2025-07-01"
    assert ("2025-06-30", pair) in others


DAY_AFTER_IN_LEAD = [
    ("en", "Indian Prime Minister Narendra Modi held a phone call with Volodymyr Zelensky on "
           "Tuesday, one day after his phone call with Vladimir Putin.",
     ["narendra-modi", "volodymyr-zelenskyy"]),
    ("en", "Volodymyr Zelensky held a phone call on Tuesday with Prime Minister Narendra Modi, "
           "a day after his separate calls with Vladimir Putin.",
     ["narendra-modi", "volodymyr-zelenskyy"]),
    ("it", "Giorgia Meloni ha avuto un colloquio telefonico con Volodymyr Zelensky martedì, un "
           "giorno dopo la telefonata con Donald Trump.",
     ["giorgia-meloni", "volodymyr-zelenskyy"]),
    ("ru", "Владимир Путин во вторник провёл телефонный разговор с Эммануэлем Макроном, на "
           "следующий день после разговора с Дональдом Трампом.",
     ["emmanuel-macron", "vladimir-putin"]),
    ("zh", "习近平1日同马克龙通电话，此前一天习近平同特朗普通了电话。",
     ["emmanuel-macron", "xi-jinping"]),
]


@pytest.mark.parametrize(("lang", "text", "pair"), DAY_AFTER_IN_LEAD)
def test_a_day_after_another_call_keeps_the_leads_day(lang: str, text: str, pair) -> None:
    assert contacts(text, lang)[0] == ("2025-07-01", pair)


# The lead's closing clause tells the other contact: the reported contact's eve.
EVE_IN_LEAD = [
    ("en", DAY_AFTER_IN_LEAD[0][1], ["narendra-modi", "vladimir-putin"]),
    ("en", DAY_AFTER_IN_LEAD[1][1], ["vladimir-putin", "volodymyr-zelenskyy"]),
    ("it", DAY_AFTER_IN_LEAD[2][1], ["donald-trump", "giorgia-meloni"]),
    ("zh", DAY_AFTER_IN_LEAD[4][1], ["donald-trump", "xi-jinping"]),
]


@pytest.mark.parametrize(("lang", "text", "pair"), EVE_IN_LEAD)
def test_the_leads_closing_clause_is_the_eve(lang: str, text: str, pair) -> None:
    assert ("2025-06-30", pair) in contacts(text, lang)[1]
