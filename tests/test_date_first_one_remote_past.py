"""A sentence telling the first of a series in the remote past ("Il primo summit, ricorda una
nota, si tenne il 4 giugno 2020") tells an earlier contact: its date is not the news's own
(the second summit, "in corso" today). Found on a real Agenzia Nova item (held-out 27,
h27it-029: the 2020 date for a 2022 summit), read after its scoring. The remote past is how
Italian news sets such a contact apart; "il primo incontro si è tenuto oggi" is the news's own.
Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, only_event


@pytest.mark.parametrize("text", [
    "È in corso il secondo vertice virtuale tra Italia e Giappone, con i primi ministri "
    "Giorgia Meloni e Fumio Kishida. Il primo vertice, ricorda una nota di Palazzo Chigi, si "
    "tenne il 10 gennaio 2023 e in quell'occasione fu firmato un piano d'azione. Nel "
    "colloquio in videoconferenza di oggi i due leader faranno il punto sulla cooperazione.",
    "È iniziato il secondo vertice tra Giorgia Meloni e Fumio Kishida, in videoconferenza. La "
    "prima videoconferenza tra i due ebbe luogo il 10 gennaio 2023.",
])
def test_the_first_of_a_series_in_the_remote_past_does_not_date_the_news(text: str) -> None:
    event = only_event(analyze_texts((text, "2024-03-21"), lang="it"))
    assert sorted(event.participants) == ["fumio-kishida", "giorgia-meloni"]
    assert event.date == "2024-03-21"


def test_the_first_meeting_held_today_is_the_news_own() -> None:
    text = ("Il primo incontro tra Giorgia Meloni e Fumio Kishida si è tenuto oggi a Palazzo "
            "Chigi.")
    event = only_event(analyze_texts((text, "2024-03-21"), lang="it"))
    assert event.date == "2024-03-21"
