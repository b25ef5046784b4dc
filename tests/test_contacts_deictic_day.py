"""A part of day told from the page's today ("this afternoon", "questa sera", "сегодня
вечером", "今天下午") is the page's own day, so a later dated event in the sentence
("ahead of the July 21 summit") does not date the contact.

Texts written for this project; each class in every language where it exists.
"""

from __future__ import annotations

import hashlib

import pytest

from readouts.ingest import PreparedText
from readouts.model import Event
from readouts.pipeline import analyze_document, link_results


def reported(text: str, published: str, lang: str) -> Event:
    """The contact the document's account reports."""
    digest = hashlib.sha256(text.encode()).hexdigest()
    analysis = link_results([analyze_document(
        PreparedText("test", digest, text, {"date": published}), lang=lang)])
    events = {e.id: e for e in analysis.events}
    ids = [r.event for d in analysis.documents for r in d.readouts if r.event in events]
    return events[ids[0]]

TODAY_WITH_PART = [
    ("en", "President Joe Biden spoke by phone this afternoon with Prime Minister Justin "
           "Trudeau ahead of the July 21 summit in Ottawa.", "afternoon"),
    ("en", "Prime Minister Keir Starmer held talks this morning with President Emmanuel "
           "Macron about the summit on July 21.", "morning"),
    ("en", "Prime Minister Narendra Modi spoke this evening with President Vladimir Putin, "
           "days before their July 21 meeting.", "evening"),
    ("it", "Giorgia Meloni ha incontrato questa sera Emmanuel Macron a Palazzo Chigi prima "
           "del vertice del 21 luglio.", "evening"),
    ("it", "La presidente del Consiglio Giorgia Meloni ha avuto questo pomeriggio un colloquio "
           "telefonico con il presidente Emmanuel Macron in vista del vertice del 21 luglio.",
     "afternoon"),
    ("ru", "Владимир Путин сегодня вечером провёл телефонный разговор с Эммануэлем Макроном "
           "перед саммитом 21 июля.", "evening"),
    ("zh", "国家主席习近平今天下午同法国总统马克龙通电话。两国元首将出席7月21日的峰会。",
     "afternoon"),
]


@pytest.mark.parametrize(("lang", "text", "part"), TODAY_WITH_PART)
def test_a_part_of_today_is_the_pages_day(lang: str, text: str, part: str) -> None:
    event = reported(text, "2025-07-02", lang)
    assert (event.date, event.part_of_day) == ("2025-07-02", part)
