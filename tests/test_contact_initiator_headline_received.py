"""A call received, told in a headline's present tense with its article dropped ("Emir
receives phone call from French President", "Crown Prince receives call from US President"):
the one it came from called, as with "received a phone call from" in the body. Gulf
agencies and the pages that relay them title their items so (houseofsaud, WAM, Petra
headlines on eight real items of the dev sets; h25en-005 lost its caller). Italian and
Russian headlines ("riceve una telefonata da", "получил телефонный звонок от") were read."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

HEADLINED = [
    ("en", "Emir Tamim bin Hamad Al Thani receives call from French President Emmanuel Macron"
           "\n\nMacron and the Emir of Qatar discussed the situation in Gaza by phone this "
           "week."),
    ("en", "Emir Tamim bin Hamad Al Thani receives phone call from Emmanuel Macron\n\n"
           "The two leaders held a call this week on the situation in Gaza."),
    ("it", "L'emiro Tamim bin Hamad Al Thani riceve una telefonata da Emmanuel Macron\n\n"
           "I due leader hanno discusso questa settimana della situazione a Gaza."),
    ("ru", "Тамим бин Хамад Аль Тани получил телефонный звонок от Эммануэля Макрона\n\n"
           "Лидеры на этой неделе обсудили по телефону ситуацию в Газе."),
]


@pytest.mark.parametrize(("lang", "text"), HEADLINED)
def test_the_headlines_caller_placed_the_call(lang: str, text: str) -> None:
    reported = [e for e in analyze_texts((text, "2023-11-09"), lang=lang).events
                if e.reported_by]
    assert reported and reported[0].initiated_by == "emmanuel-macron", (
        lang, [e.to_json() for e in reported])


def test_a_call_made_is_still_the_callers() -> None:
    text = ("Emmanuel Macron calls Emir Tamim bin Hamad Al Thani\n\nThe two leaders held a "
            "call this week on the situation in Gaza.")
    reported = [e for e in analyze_texts((text, "2023-11-09"), lang="en").events
                if e.reported_by]
    assert reported and reported[0].initiated_by == "emmanuel-macron", [
        e.to_json() for e in reported]
