"""A leader telling another of his talks with a third ("Putin briefs Erdogan on his meeting
with Xi", "informed Erdogan about the results of his talks with Xi"): the story's contact is
the telling, between the teller and the one told. English read neither a headline's present
('briefs', 'informs', 'tells') nor 'his talks with' as a contact told of, so the story became
the Putin-Xi meeting, or none."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, only_event

TEXTS = [
    ("en", "Putin briefs Erdogan on his meeting with Xi\n\nRussian President Vladimir Putin on "
           "Friday informed Turkish President Recep Tayyip Erdogan about the results of his talks "
           "with Chinese President Xi Jinping, the Kremlin said."),
    ("en", "Russian President Vladimir Putin on Friday informed Turkish President Recep Tayyip "
           "Erdogan about the results of his talks with Chinese President Xi Jinping."),
    ("ru", "Путин информирует Эрдогана о встрече с Си Цзиньпином\n\nПрезидент России Владимир "
           "Путин в пятницу проинформировал президента Турции Реджепа Тайипа Эрдогана об итогах "
           "переговоров с председателем КНР Си Цзиньпином, сообщил Кремль."),
    ("it", "Il presidente russo Vladimir Putin ha informato il presidente turco Recep Tayyip "
           "Erdogan del colloquio con il presidente cinese Xi Jinping."),
]


@pytest.mark.parametrize(("lang", "text"), TEXTS, ids=["en-headline", "en", "ru", "it"])
def test_the_telling_is_the_story_s_contact(lang: str, text: str) -> None:
    event = only_event(analyze_texts((text, "2024-07-05"), lang=lang))
    assert set(event.participants) == {"vladimir-putin", "recep-tayyip-erdogan"}, event.to_json()
