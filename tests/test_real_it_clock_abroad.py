"""A contact abroad timed by the reader's clock ("alle ore 20 italiane" for a meeting at the
White House) is read in the place's own zone: an afternoon in Washington, not an Italian
evening; and a talk told in progress ("è nello Studio Ovale e parla con Putin dalle 10")
times the call it tells of (found on real AGI and Il Tempo items)."""

from __future__ import annotations

from test_contacts import analyze_texts

TIMED = [
    ("it", "Sarà alle ore 20 italiane l'incontro tra la premier Giorgia Meloni e il presidente "
           "Donald Trump alla Casa Bianca. I due leader discuteranno di dazi.", "2025-04-16",
     "afternoon"),
    ("en", "The meeting between Prime Minister Keir Starmer and President Donald Trump at the "
           "White House will be at 7 p.m. London time. The two leaders will discuss tariffs.",
     "2025-02-26", "afternoon"),
    ("it", "La telefonata tra il presidente Donald Trump e il presidente russo Vladimir Putin è "
           "durata due ore. «Il presidente è nello Studio Ovale e parla con Putin dalle 10», ha "
           "scritto un suo collaboratore.", "2025-03-18", "morning"),
    ("en", "The call between President Donald Trump and President Vladimir Putin lasted two "
           "hours. \"The President is in the Oval Office speaking with Putin since 10 a.m.\", an "
           "aide wrote.", "2025-03-18", "morning"),
]


def test_a_contact_abroad_is_timed_by_the_place_clock() -> None:
    for lang, text, day, part in TIMED:
        events = analyze_texts((text, day), lang=lang).events
        assert [e.part_of_day for e in events] == [part], (
            lang, text, [e.to_json() for e in events])


def test_the_italian_clock_alone_places_no_day_abroad() -> None:
    text = ("Il presidente Donald Trump ha avuto una telefonata con il presidente russo Vladimir "
            "Putin alle 15 ora italiana.")
    events = analyze_texts((text, "2025-03-18"), lang="it").events
    assert [e.part_of_day for e in events] == [None], [e.to_json() for e in events]
