"""The day a contact was announced is not its day: "La telefonata in corso era stata
preannunciata ieri dallo stesso portavoce" dated a call under way to the day before (found on a
real Fivedabliu item of held-out 13, Putin-Erdogan). The passive and the bare participle of
announcing before a time say when it was announced, as the active "ha annunciato ieri" did;
English, Russian and Chinese read it so already (guards)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2022-03-06"

ANNOUNCED = [
    ("it", "Il presidente russo Vladimir Putin e il presidente turco Recep Tayyip Erdogan hanno "
           "iniziato un colloquio telefonico sull'Ucraina. Il portavoce Ibrahim Kalin ha detto che "
           "Erdogan intende suggerire alcune proposte. La telefonata in corso era stata "
           "preannunciata ieri dallo stesso portavoce."),
    ("it", "Vladimir Putin e Recep Tayyip Erdogan hanno avuto un colloquio telefonico "
           "sull'Ucraina. La telefonata, annunciata ieri sera dalla presidenza turca, è durata "
           "un'ora."),
    ("en", "Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan began a "
           "phone call on Ukraine. Spokesman Ibrahim Kalin said Erdogan would make some "
           "proposals. The call under way had been announced yesterday by the same spokesman."),
    ("ru", "Президент России Владимир Путин и президент Турции Реджеп Тайип Эрдоган начали "
           "телефонный разговор об Украине. Пресс-секретарь Ибрахим Калын сказал, что Эрдоган "
           "предложит ряд идей. Разговор был анонсирован вчера тем же пресс-секретарем."),
    ("zh", "俄罗斯总统普京与土耳其总统埃尔多安开始就乌克兰问题通电话。发言人卡林说，"
           "埃尔多安将提出一些建议。这次通话是发言人昨天宣布的。"),
]


@pytest.mark.parametrize(("lang", "text"), ANNOUNCED)
def test_the_day_of_the_announcement_is_not_the_contacts(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert events and events[0].date in (None, PAGE), (lang, [e.to_json() for e in events])
    assert events[0].part_of_day is None, (lang, events[0].to_json())


def test_a_contact_held_on_the_day_named_keeps_it() -> None:
    text = ("La telefonata tra Vladimir Putin e Recep Tayyip Erdogan, annunciata dalla "
            "presidenza turca, si è svolta ieri sera.")
    events = analyze_texts((text, PAGE), lang="it").events
    assert events and events[0].date == "2022-03-05", [e.to_json() for e in events]
    assert events[0].part_of_day == "evening"
