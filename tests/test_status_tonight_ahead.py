"""A line with no tense of its own that names this evening ("Stasera la cena tra Meloni e
Macron", "Tonight, Meloni's dinner with Macron", «Сегодня вечером — встреча Мелони с
Макроном») tells a contact still ahead, as one naming tomorrow does (lead.verbless_ahead,
``ahead_day``): a programme written during the day (found on a real Adnkronos item of
held-out 26, 'Stasera la cena con il primo ministro'; the same programme lines on Sky TG24
and Polisblog items). A verb told in the past keeps the evening's contact held. Texts
written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

TONIGHT = [
    ("it", "Stasera la cena tra la premier Giorgia Meloni e il presidente francese Emmanuel "
           "Macron all'Eliseo."),
    ("en", "Tonight, Italian Prime Minister Giorgia Meloni's dinner with French President "
           "Emmanuel Macron at the Elysee."),
    ("ru", "Сегодня вечером — встреча премьер-министра Италии Джорджи Мелони с президентом "
           "Франции Эммануэлем Макроном в Елисейском дворце."),
]


@pytest.mark.parametrize(("lang", "text"), TONIGHT)
def test_a_verbless_line_of_this_evening_is_ahead(lang: str, text: str) -> None:
    events = analyze_texts((text, "2023-06-20"), lang=lang).events
    assert [(e.type, e.status, e.date, e.part_of_day) for e in events] == [
        ("meeting", "planned", "2023-06-20", "evening")], lang


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Stasera la premier Giorgia Meloni ha cenato con il presidente francese Emmanuel "
           "Macron all'Eliseo."),
    ("en", "Tonight Italian Prime Minister Giorgia Meloni had dinner with French President "
           "Emmanuel Macron at the Elysee."),
])
def test_an_evening_told_in_the_past_stays_held(lang: str, text: str) -> None:
    events = analyze_texts((text, "2023-06-20"), lang=lang).events
    assert [(e.status, e.date) for e in events] == [("held", "2023-06-20")], lang
