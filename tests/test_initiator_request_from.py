"""The request for a contact told of the one it came from ("此次通话要求是特朗普方面提出的", "The
request for the call came from Trump", "La richiesta del colloquio è arrivata da Trump",
"Просьба о разговоре поступила от Трампа"): that one initiated it; asked as a question, no
one did.

Found on a real Office369 item relaying Xinhua (h17zh-009: the Takaichi-Trump call, asked
for by Trump's side, came out with no initiator). Texts written for this project.
"""

from __future__ import annotations

import pytest
from test_when_background import reported

ASKED_BY = [
    ("zh", "日本首相高市早苗和美国总统特朗普于11月25日通电话。此次通话要求是特朗普方面提出的。"),
    ("zh", "日本首相高市早苗和美国总统特朗普于11月25日通电话。这次通话由美方提出。"),
    ("en", "Japanese Prime Minister Sanae Takaichi and US President Donald Trump spoke by phone "
           "on November 25. The request for the call came from Trump."),
    ("it", "La premier giapponese Sanae Takaichi e il presidente americano Donald Trump hanno "
           "avuto una telefonata il 25 novembre. La richiesta del colloquio è arrivata da Trump."),
    ("ru", "Премьер-министр Японии Санаэ Такаити и президент США Дональд Трамп 25 ноября провели "
           "телефонный разговор. Просьба о разговоре поступила от Трампа."),
]


@pytest.mark.parametrize(("lang", "text"), ASKED_BY)
def test_the_one_the_request_came_from_initiated_it(lang, text) -> None:
    event = reported(text, "2025-11-25", lang)
    assert set(event.participants) == {"sanae-takaichi", "donald-trump"}
    assert event.initiated_by == "donald-trump"


ASKED_WHETHER = [
    ("zh", "习近平24日晚同美国总统特朗普通电话。有记者问，这次通话是由中方提出还是美方提出的？"),
    ("en", "Xi Jinping and Donald Trump spoke by phone on Monday. Asked whether the request for "
           "the call came from Washington, the spokeswoman declined to comment."),
]


@pytest.mark.parametrize(("lang", "text"), ASKED_WHETHER)
def test_a_question_names_no_initiator(lang, text) -> None:
    assert reported(text, "2025-11-25", lang).initiated_by is None
