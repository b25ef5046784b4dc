"""Two Italian ways of telling a contact's part of the day that gave none: the masculine
"mattino" ("di primo mattino", "giovedì mattino", "alle 10 del mattino", "è il tardo mattino")
beside the feminine "mattina", and a dinner the talk was held at ("nel corso di una cena",
"in occasione di una cena", "si sono visti a cena") beside the lunch ("a pranzo") already
read. Found on L'Eco di Bergamo (held-out 24, h24it-024) and Libero (dev24 itf24-01) for
the morning; Ticinonline (dev21 itf-04) and Agenzia Nova (h17it-023) for the dinner.
English reads both already. Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, only_event

TOLD = [
    ("it", "Il presidente del Consiglio Matteo Renzi ha incontrato di primo mattino all'Eliseo "
           "il presidente francese François Hollande.", "morning"),
    ("it", "Giovedì mattino la premier Giorgia Meloni ha ricevuto a Palazzo Chigi il re "
           "Abdallah II di Giordania.", "morning"),
    ("it", "La premier Giorgia Meloni ha avuto un colloquio telefonico con il presidente "
           "francese Emmanuel Macron alle 10 del mattino.", "morning"),
    ("it", "La premier Giorgia Meloni ha incontrato il presidente francese Emmanuel Macron a "
           "cena all'Eliseo.", "evening"),
    ("it", "Il presidente Trump ha avuto un lungo colloquio con il presidente Putin nel corso "
           "di una cena ad Amburgo.", "evening"),
    ("en", "Prime Minister Giorgia Meloni met President Emmanuel Macron over dinner at the "
           "Elysee.", "evening"),
]


@pytest.mark.parametrize(("lang", "text", "part"), TOLD)
def test_the_part_of_day_told_so_is_the_contacts(lang: str, text: str, part: str) -> None:
    event = only_event(analyze_texts((text, "2025-03-07"), lang=lang))
    assert event.part_of_day == part


@pytest.mark.parametrize("text", [
    # the Naples daily, no time of day
    "La premier Giorgia Meloni ha incontrato il presidente francese Emmanuel Macron a Parigi, "
    "secondo quanto riferisce Il Mattino.",
    # the small hours a dinner went on to are its end, no part of its start
    "Il presidente Putin ha incontrato Silvio Berlusconi: un incontro che andò avanti fino "
    "alle prime ore del mattino.",
    # a dinner that followed the talks
    "La premier Giorgia Meloni ha incontrato il presidente francese Emmanuel Macron "
    "all'Eliseo. Al termine dei colloqui seguirà una cena.",
])
def test_no_part_of_day_from_other_words(text: str) -> None:
    event = only_event(analyze_texts((text, "2025-03-07"), lang="it"))
    assert event.part_of_day is None
