"""A wire dateline in capitals with a colon ("ISLAMABAD: Prime Minister Imran Khan made a
phone call …", "KARACHI:", "ДАККА:") opens a news item; one capitalised word names a speaker
only when it is a person the roster knows ("PUTIN: …")."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

CASES = [
    ("en", "PM calls Bangladesh counterpart\n\nISLAMABAD: Prime Minister Imran Khan made a phone "
           "call to his Bangladesh counterpart Sheikh Hasina on Wednesday to enquire about her "
           "health and conveyed his best wishes.\n"),
    ("it", "Imran Khan telefona a Sheikh Hasina\n\nISLAMABAD: Il primo ministro pakistano Imran "
           "Khan ha telefonato mercoledì alla premier del Bangladesh Sheikh Hasina per "
           "informarsi sulla sua salute.\n"),
    ("ru", "Имран Хан позвонил Шейх Хасине\n\nИСЛАМАБАД: Премьер-министр Пакистана Имран Хан в "
           "среду позвонил премьер-министру Бангладеш Шейх Хасине, чтобы справиться о её "
           "здоровье.\n"),
]


@pytest.mark.parametrize(("lang", "text"), CASES, ids=[c[0] for c in CASES])
def test_a_dateline_in_capitals_is_no_speaker(lang: str, text: str) -> None:
    analysis = analyze_texts((text, "2019-10-03"), lang=lang)
    readouts = analysis.documents[0].readouts
    assert [r.kind for r in readouts] == ["news"]
    events = {e.id: e for e in analysis.events}
    assert set(events[readouts[0].event].participants) == {"imran-khan", "sheikh-hasina"}


def test_a_known_leaders_name_in_capitals_is_a_speaker() -> None:
    text = ("PUTIN: Mr President, I am glad to see you again in Moscow. We have a great deal "
            "to discuss today.\n\nXI: Thank you, Mr President. I am glad to be here and to "
            "continue our talks.\n")
    analysis = analyze_texts((text, "2023-03-21"), lang="en")
    assert [r.kind for r in analysis.documents[0].readouts] == ["transcript"]
