"""A contact whose time on the agenda follows its noun ("il bilaterale …, in programma alle
11.30", "the bilateral meeting …, scheduled for 11:30", "встреча …, запланированная на
11:30", "会晤定于11时30分举行"), or that a future verb introduces ("su questo verterà il
bilaterale"), is planned, also where another contact noun of the sentence ("in occasione
del vertice, in programma alle 11.30") would tell it held (found on a real La Sicilia
agency item)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2025-05-12"
PAIR = {"giorgia-meloni", "kyriakos-mitsotakis"}

ON_THE_AGENDA = [
    ("it", "Il bilaterale fra la premier Giorgia Meloni e il primo ministro greco Kyriakos "
           "Mitsotakis, in programma alle 11.30 a Villa Pamphilj, sarà dedicato all'Ucraina."),
    ("it", "I temi dell'agenda europea: su questo verterà il bilaterale fra la premier Giorgia "
           "Meloni e il primo ministro greco Kyriakos Mitsotakis, in occasione del vertice "
           "intergovernativo, in programma alle 11.30 a Villa Pamphilj."),
    ("en", "The bilateral meeting between Prime Minister Giorgia Meloni and Greek Prime Minister "
           "Kyriakos Mitsotakis, scheduled for 11:30 at Villa Pamphilj, will focus on Ukraine."),
    ("ru", "Двусторонняя встреча Джорджи Мелони и премьер-министра Греции Кириакоса Мицотакиса, "
           "запланированная на 11:30, будет посвящена Украине."),
    ("zh", "梅洛尼与希腊总理米佐塔基斯的双边会晤定于11时30分在潘菲利别墅举行。"),
]


@pytest.mark.parametrize(("lang", "text"), ON_THE_AGENDA)
def test_a_contact_on_the_agenda_is_planned(lang: str, text: str) -> None:
    events = [e for e in analyze_texts((text, PAGE), lang=lang).events if e.reported_by]
    assert [(e.type, e.status, set(e.participants)) for e in events] == [
        ("meeting", "planned", PAIR)], (lang, [e.to_json() for e in events])

