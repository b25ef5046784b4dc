"""Talks named without the usual words: talks opened with a leader, talks between leaders,
a press conference the two gave together, a leader welcomed by another. Each is a meeting
of the two."""

from __future__ import annotations

from test_contacts import analyze_texts, held, only_event

TALKS = [
    ("it", "Con un saluto alla stampa il presidente Sergio Mattarella ha aperto i colloqui con "
           "il presidente tedesco Frank-Walter Steinmeier a Palermo.", "2023-06-14",
     {"sergio-mattarella", "frank-walter-steinmeier"}),
    ("en", "President Sergio Mattarella opened talks with German President Frank-Walter "
           "Steinmeier in Palermo with a word of welcome.", "2023-06-14",
     {"sergio-mattarella", "frank-walter-steinmeier"}),
    ("it", "Minsk, 3 aprile 2024 - I negoziati tra i presidenti Vladimir Putin e Alexander "
           "Lukashenko sono terminati in serata.", "2024-04-03",
     {"vladimir-putin", "alexander-lukashenko"}),
    ("it", "Il cancelliere Olaf Scholz a Parigi è un segnale forte, ha detto il presidente "
           "Emmanuel Macron durante la conferenza stampa congiunta.", "2023-01-22",
     {"olaf-scholz", "emmanuel-macron"}),
    ("en", "Chancellor Olaf Scholz's trip to Paris sends a strong signal, President Emmanuel "
           "Macron said at a joint press conference.", "2023-01-22",
     {"olaf-scholz", "emmanuel-macron"}),
    ("ru", "Приезд Олафа Шольца в Париж важен, заявил Президент Франции Эммануэль Макрон на "
           "совместной пресс-конференции.", "2023-01-22", {"olaf-scholz", "emmanuel-macron"}),
    # a leader welcomed by another
    ("it", "Il presidente Sergio Mattarella ha accolto il presidente tedesco Frank-Walter "
           "Steinmeier al Quirinale per rinsaldare l'amicizia tra i due Paesi.", "2023-06-14",
     {"sergio-mattarella", "frank-walter-steinmeier"}),
    ("en", "President Joe Biden welcomed Chancellor Olaf Scholz to the White House this morning "
           "to mark the ties between the two countries.", "2023-03-04",
     {"joe-biden", "olaf-scholz"}),
    # received during a state visit: the reception is the meeting, the visit the trip
    ("it", "Il presidente Sergio Mattarella ha ricevuto stamane al Quirinale il presidente "
           "tedesco Frank-Walter Steinmeier, in visita di Stato in Italia.", "2023-06-14",
     {"sergio-mattarella", "frank-walter-steinmeier"}),
    ("en", "President Sergio Mattarella received at the Quirinale this morning German President "
           "Frank-Walter Steinmeier, on a state visit to Italy.", "2023-06-14",
     {"sergio-mattarella", "frank-walter-steinmeier"}),
    ("zh", "法国总统马克龙同德国总理朔尔茨在巴黎共同会见记者。", "2023-01-22",
     {"olaf-scholz", "emmanuel-macron"}),
]


def test_talks_named_otherwise_are_a_meeting_in_four_languages() -> None:
    for lang, text, published, expected in TALKS:
        event = only_event(analyze_texts((text, published), lang=lang))
        assert event.type == "meeting", (lang, text, event.type)
        assert set(event.participants) == expected, (lang, text, event.participants)


NEUTRAL = [
    # "colloquio" says no medium: the next sentence's "telefonata" does
    ("Si è svolto in mattinata il colloquio tra il presidente Sergio Mattarella e il presidente "
     "Frank-Walter Steinmeier. La telefonata era stata chiesta da Berlino.", "phone_call"),
    ("Si è svolto in mattinata il colloquio tra il presidente Sergio Mattarella e il presidente "
     "Frank-Walter Steinmeier al Quirinale. I due hanno parlato di migrazioni.", "meeting"),
]


def test_a_talk_named_without_its_medium_takes_the_one_said_next() -> None:
    for text, kind in NEUTRAL:
        event = only_event(analyze_texts((text, "2023-06-14"), lang="it"))
        assert event.type == kind, (text, event.type)
        assert event.part_of_day == "morning", (text, event.part_of_day)


AFTER_ANNOUNCED = [
    # an announced contact first, the one reported in a clause of its own
    ("it", "Dopo l'annuncio che Giorgia Meloni incontrerà la settimana prossima il presidente "
           "Emmanuel Macron, il premier parla al telefono con il cancelliere Olaf Scholz."),
    ("en", "After Prime Minister Giorgia Meloni announced she will meet President Emmanuel "
           "Macron in Paris, she spoke by phone with Chancellor Olaf Scholz."),
]


def test_the_reported_contact_after_an_announced_one_is_the_lead() -> None:
    for lang, text in AFTER_ANNOUNCED:
        events = held(analyze_texts((text, "2023-05-10"), lang=lang))
        assert events, (lang, text)
        assert events[0].type == "phone_call", (lang, events[0])
        assert set(events[0].participants) == {"giorgia-meloni", "olaf-scholz"}, (lang, events[0])
