"""Taking part in an event by video ("Parteciperà all'avvenimento in videoconferenza", "she
will join the rally by video link") is no contact of two: before, the sentence naming nobody
took the pair of the sentence before and gave a planned video call between them (found on a
real il Mattino item: a long Meloni-Mattarella talk made her join a rally by video). A summit
with a leader joined by video stays a contact. An adverb between ("Parteciperà quindi
all'evento in videoconferenza", «Поэтому она примет участие в мероприятии по видеосвязи») or
being present by video ("sarebbe stata presente solo in video collegamento") is the same, and
the event's video is no medium of a bare "colloquio" told before it (found on real Tgcom24 and
HuffPost items of the same Meloni-Mattarella talk: a phantom planned video call, and the
talk typed a video call)."""

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
    ("it", "Lungo colloquio fra il premier Giorgia Meloni e il presidente della Repubblica "
           "Sergio Mattarella stamane al Quirinale. Non potrà raggiungere il comizio di Udine. "
           "Parteciperà quindi all'evento in videoconferenza."),
    ("ru", "Премьер-министр Италии Джорджа Мелони провела сегодня утром переговоры с "
           "президентом Серджо Маттареллой. Она отменила поездку на митинг в Удине. Поэтому она "
           "примет участие в мероприятии по видеосвязи."),
]

# a talk named by a bare word, then the event attended by video: the talk stays a meeting
BARE_TALK = [
    ("it", "Giorgia Meloni è salita oggi al Colle per un colloquio con Sergio Mattarella. Ha "
           "dovuto rinunciare al palco di Udine, annunciando che sarebbe stata presente solo in "
           "video collegamento."),
    ("it", "Giorgia Meloni si è recata al Quirinale, dove ha avuto un lungo colloquio con "
           "Sergio Mattarella. Non ha i tempi per raggiungere Udine. Parteciperà quindi "
           "all'evento in videoconferenza."),
]


@pytest.mark.parametrize(("lang", "text"), BARE_TALK)
def test_an_event_attended_by_video_gives_no_medium_to_the_talk(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert [(e.type, e.status) for e in events] == [("meeting", "held")], \
        [e.to_json() for e in events]


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
