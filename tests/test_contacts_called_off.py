"""A contact called off, not planned after all or said not to come
is no contact: "Salta l'incontro con Metsola", "non è stata prevista una riunione con
Meloni", "non riceverà domani la presidente Metsola"; "called off the meeting", "отменила
встречу", "取消了…会晤"."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2023-02-16"
PAIR = {"giorgia-meloni", "roberta-metsola"}

CALLED_OFF = [
    ("it", "Salta l'incontro della premier Giorgia Meloni con la presidente del Parlamento "
           "europeo Roberta Metsola."),
    ("it", "La premier Giorgia Meloni non riceverà domani la presidente del Parlamento europeo "
           "Roberta Metsola."),
    ("it", "Non è stata prevista una riunione tra Giorgia Meloni e la presidente del Parlamento "
           "europeo Roberta Metsola."),
    ("en", "Prime Minister Giorgia Meloni called off the meeting with European Parliament "
           "President Roberta Metsola."),
    ("ru", "Джорджа Мелони отменила встречу с председателем Европарламента Робертой Метсолой."),
    ("zh", "梅洛尼取消了与欧洲议会议长梅措拉的会晤。"),
]


@pytest.mark.parametrize(("lang", "text"), CALLED_OFF)
def test_a_contact_called_off_is_none(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert not [e for e in events if set(e.participants) == PAIR and e.status == "held"], (
        lang, [e.to_json() for e in events])


def test_a_meeting_held_as_planned_stays() -> None:
    text = ("La premier Giorgia Meloni ha ricevuto oggi a Palazzo Chigi la presidente del "
            "Parlamento europeo Roberta Metsola, come previsto.")
    events = analyze_texts((text, PAGE), lang="it").events
    assert [e for e in events if set(e.participants) == PAIR and e.status == "held"]
