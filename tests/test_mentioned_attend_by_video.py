"""Taking part in an event by video ("Parteciperà all'avvenimento in videoconferenza", "she
will join the rally by video link") is no contact of two: before, the sentence naming nobody
took the pair of the sentence before and gave a planned video call between them (found on a
real il Mattino item: a long Meloni-Mattarella talk made her join a rally by video). A summit
with a leader joined by video stays a contact. (Still open: in Italian the same sentence gives
a bare "colloquio" before it the medium video.)"""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2023-03-31"

ATTENDED = [
    ("it", "Lungo colloquio fra il premier Giorgia Meloni e il presidente della Repubblica "
           "Sergio Mattarella stamane al Quirinale. Hanno discusso dei temi di attualità. "
           "Parteciperà all'avvenimento in videoconferenza."),
    ("en", "Prime Minister Giorgia Meloni met President Sergio Mattarella this morning at the "
           "Quirinale. They discussed current political issues. She will join the rally by "
           "video link."),
]


@pytest.mark.parametrize(("lang", "text"), ATTENDED)
def test_attending_an_event_by_video_is_no_contact(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert [e.status for e in events] == ["held"], [e.to_json() for e in events]
    assert set(events[0].participants) == {"giorgia-meloni", "sergio-mattarella"}


def test_a_summit_joined_by_video_stays_a_contact() -> None:
    text = ("Meloni ha incontrato oggi Mattarella. Il mese prossimo Meloni parteciperà al "
            "vertice in videoconferenza con Biden.")
    planned = [e for e in analyze_texts((text, PAGE), lang="it").events if e.status == "planned"]
    assert [(e.type, set(e.participants)) for e in planned] == [
        ("video_call", {"giorgia-meloni", "joe-biden"})], [e.to_json() for e in planned]
