"""A day told of the earlier contact the reported one comes after ("Ancora una telefonata,
dopo quella del 4 ottobre scorso, tra Meloni e Zelensky", "another call, after the one on
October 4", "после предыдущего разговора 4 октября", "继10月4日通话之后") is that one's, not
the reported contact's (found on a real La Notizia item, heldout15 h15it-011, whose call of
28 October came out dated 4 October)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2022-10-28"

AFTER_THE_EARLIER = [
    ("it", "Ancora una telefonata, dopo quella del 4 ottobre scorso, tra il presidente del "
           "Consiglio Giorgia Meloni e il presidente ucraino Volodymyr Zelensky. I due leader si "
           "sono sentiti oggi, ha fatto sapere Palazzo Chigi."),
    ("en", "Italian Prime Minister Giorgia Meloni and Ukrainian President Volodymyr Zelensky "
           "held another phone call today, after the one on October 4, her office said."),
    ("ru", "Премьер-министр Италии Джорджа Мелони и президент Украины Владимир Зеленский "
           "сегодня провели телефонный разговор после предыдущего разговора 4 октября."),
    ("zh", "继10月4日通话之后，意大利总理梅洛尼今天再次与乌克兰总统泽连斯基通电话。"),
]


@pytest.mark.parametrize(("lang", "text"), AFTER_THE_EARLIER)
def test_the_earlier_call_day_is_not_the_reported_one(lang: str, text: str) -> None:
    reported = [e for e in analyze_texts((text, PAGE), lang=lang).events if e.reported_by]
    assert reported, lang
    event = reported[0]
    assert event.type == "phone_call" and event.status == "held", (lang, event.to_json())
    assert event.date == PAGE, (lang, event.to_json())
