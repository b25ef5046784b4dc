"""Italian "lunedì scorso", "lo scorso venerdì" name the last such day before the page's,
"giovedì prossimo", "il prossimo giovedì" the next one after it, whatever the week: said on
a Thursday, "lunedì scorso" is three days before, not ten; said on a Monday, "giovedì
prossimo" is three days after. "Della prossima settimana" stays next week's."""

from __future__ import annotations

import pytest

from readouts.extract.time.dates import find_dates


@pytest.mark.parametrize(
    ("sentence", "ref", "tense", "value"),
    [
        ("Lunedì scorso la premier ha sentito il cancelliere.", "2025-03-06", "past",
         "2025-03-03"),
        ("Si erano visti lo scorso lunedì a Parigi.", "2025-03-09", "past", "2025-03-03"),
        ("Lunedì scorso la premier ha sentito il cancelliere.", "2025-03-03", "past",
         "2025-02-24"),
        ("La telefonata di sabato scorso è andata male.", "2025-03-09", "past", "2025-03-08"),
        ("Il presidente sarà a Roma giovedì prossimo.", "2025-03-03", "future", "2025-03-06"),
        ("Il presidente sarà a Roma il prossimo giovedì.", "2025-03-06", "future",
         "2025-03-13"),
        ("Il presidente sarà a Roma giovedì della prossima settimana.", "2025-03-03", "future",
         "2025-03-13"),
    ],
)
def test_italian_weekday_last_or_next(sentence: str, ref: str, tense: str, value: str) -> None:
    assert [d.value for d in find_dates(sentence, "it", ref, tense)] == [value]


def test_an_announced_visit_on_next_thursday_said_on_monday() -> None:
    from test_contacts import analyze_texts
    text = ("La presidente del Parlamento europeo Roberta Metsola sarà a Roma giovedì prossimo "
            "per incontrare la presidente del Consiglio Giorgia Meloni.")
    event = analyze_texts((text, "2023-06-19"), lang="it").events[0]
    assert (event.status, event.date) == ("planned", "2023-06-22"), event.to_json()
