"""A contact said to be possible on a day ("L'incontro tra Meloni e Sanchez potrebbe tenersi a
Roma il 4 aprile", "could take place", "может состояться", "可能于…举行") is planned, dated on
that day ahead, and a held meeting told later in the story ("I due si sono incontrati,
successivamente, a Bruxelles") does not take its place (found on a real Agenzia Nova item,
heldout15 h15it-009, whose planned Rome meeting came out held on the page's day); a contact
told wished for ("ha affermato di auspicare un incontro") is no held one either."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2023-03-13"

MAY_BE_HELD = [
    ("it", "L'incontro tra il presidente del Consiglio, Giorgia Meloni, e il presidente del "
           "governo spagnolo, Pedro Sanchez, potrebbe tenersi a Roma il 4 aprile prossimo. Lo "
           "riferiscono fonti spagnole. I due si sono incontrati, tuttavia, in precedenza a "
           "Bruxelles."),
    ("en", "The meeting between Italian Prime Minister Giorgia Meloni and Spanish Prime "
           "Minister Pedro Sanchez could take place in Rome on April 4, Spanish sources said."),
    ("ru", "Встреча премьер-министра Италии Джорджи Мелони и премьер-министра Испании Педро "
           "Санчеса может состояться в Риме 4 апреля, сообщили испанские источники."),
    ("zh", "据西班牙媒体报道，意大利总理梅洛尼与西班牙首相桑切斯的会晤可能于4月4日在罗马举行。"),
]


@pytest.mark.parametrize(("lang", "text"), MAY_BE_HELD)
def test_a_meeting_that_may_be_held_is_planned_on_its_day(lang: str, text: str) -> None:
    reported = [e for e in analyze_texts((text, PAGE), lang=lang).events if e.reported_by]
    assert reported, lang
    event = reported[0]
    assert event.type == "meeting" and event.status == "planned", (lang, event.to_json())
    assert set(event.participants) == {"giorgia-meloni", "pedro-sanchez"}
    assert event.date == "2023-04-04", (lang, event.to_json())


def test_a_doubt_it_will_be_held_is_still_no_plan() -> None:
    text = ("L'incontro tra Meloni e Sanchez potrebbe non tenersi, secondo fonti spagnole.")
    reported = [e for e in analyze_texts((text, PAGE), lang="it").events
                if e.reported_by and e.status == "planned"]
    assert not reported, [e.to_json() for e in reported]


def test_a_wished_meeting_is_no_held_one() -> None:
    text = ("Il presidente bielorusso Aleksandr Lukashenko ha affermato di auspicare un "
            "incontro personale con il presidente russo Vladimir Putin sulle forniture di "
            "petrolio.")
    reported = [e for e in analyze_texts((text, PAGE), lang="it").events if e.reported_by]
    assert all(e.status != "held" for e in reported), [e.to_json() for e in reported]
