"""A request told of a gathering of many countries, past the lead ("It marks the
highest-profile international meeting on the Belt and Road Initiative since it was proposed by
China in 2013"), is no request for the reported talks: their initiator stays unknown (found on
a real Xinhua item, heldout8 h8en-020, whose Xi-Quang talks came out asked for by Xi)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2017-05-11"

GATHERING = [
    ("en", "Chinese President Xi Jinping held talks on Thursday with Vietnamese President Tran Dai "
           "Quang, who is on a state visit to China.\n\nThe two sides signed several agreements."
           "\n\nQuang praised the development of China.\n\nAltogether 29 heads of state will "
           "attend the upcoming forum in Beijing.\n\nIt marks the highest-profile international "
           "meeting on the Belt and Road Initiative since it was proposed by China in 2013."),
    ("it", "Il presidente cinese Xi Jinping ha avuto giovedì un colloquio con il presidente "
           "vietnamita Tran Dai Quang, in visita di Stato in Cina.\n\nLe due parti hanno firmato "
           "diversi accordi.\n\nQuang ha lodato lo sviluppo della Cina.\n\nAl forum "
           "parteciperanno 29 capi di Stato.\n\nÈ il più importante incontro internazionale "
           "sulla Belt and Road Initiative da quando è stata proposta su iniziativa della Cina "
           "nel 2013."),
]


@pytest.mark.parametrize(("lang", "text"), GATHERING)
def test_a_gatherings_request_is_not_the_talks(lang: str, text: str) -> None:
    reported = [e for e in analyze_texts((text, PAGE), lang=lang).events if e.reported_by]
    assert reported and set(reported[0].participants) == {"xi-jinping", "tran-dai-quang"}, (
        lang, [e.to_json() for e in reported])
    assert reported[0].initiated_by is None, (lang, reported[0].initiated_by)


def test_a_later_request_for_the_talks_still_counts() -> None:
    text = ("Chinese President Xi Jinping held talks on Thursday with Vietnamese President Tran "
            "Dai Quang.\n\nThe two sides signed several agreements.\n\nQuang praised the "
            "development of China.\n\nThe talks were requested by Tran Dai Quang.")
    reported = [e for e in analyze_texts((text, PAGE), lang="en").events if e.reported_by]
    assert reported and reported[0].initiated_by == "tran-dai-quang"
