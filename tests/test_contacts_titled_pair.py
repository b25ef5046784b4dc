"""Two leaders joined as the subjects of one contact, the second with his title and country
between them ("Yair Lapid and Palestinian Authority President Mahmoud Abbas spoke", "Meloni e
il presidente francese Macron", "Путин и президент Франции Макрон"), are its two parties: a
third leader named in a later clause ("ahead of Joe Biden's visit") is none of them (found on
a real Daily News Brief item, where the Lapid-Abbas call came out as Lapid's with Biden)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2022-07-08"

TITLED = [
    ("en", "Israeli Prime Minister Yair Lapid and Palestinian Authority President Mahmoud Abbas "
           "spoke by phone on Friday ahead of US President Joe Biden's visit to the region.",
     {"yair-lapid", "mahmoud-abbas"}),
    ("en", "Italian Prime Minister Giorgia Meloni and French President Emmanuel Macron held a "
           "phone call on Friday ahead of US President Joe Biden's visit to Europe.",
     {"giorgia-meloni", "emmanuel-macron"}),
    ("it", "La presidente del Consiglio Giorgia Meloni e il presidente francese Emmanuel Macron "
           "hanno avuto venerdì un colloquio telefonico in vista della visita in Europa del "
           "presidente americano Joe Biden.",
     {"giorgia-meloni", "emmanuel-macron"}),
    ("ru", "Президент России Владимир Путин и президент Франции Эммануэль Макрон провели в "
           "пятницу телефонный разговор накануне визита в Европу президента США Джо Байдена.",
     {"vladimir-putin", "emmanuel-macron"}),
    ("zh", "国家主席习近平和法国总统马克龙周五通电话，此前美国总统拜登宣布将访问欧洲。",
     {"xi-jinping", "emmanuel-macron"}),
]


@pytest.mark.parametrize(("lang", "text", "parties"), TITLED)
def test_a_titled_second_subject_is_the_other_party(lang: str, text: str,
                                                     parties: set[str]) -> None:
    reported = [e for e in analyze_texts((text, PAGE), lang=lang).events if e.reported_by]
    assert reported and set(reported[0].participants) == parties, (
        lang, [e.to_json() for e in reported])
    assert reported[0].type == "phone_call", (lang, reported[0].type)

