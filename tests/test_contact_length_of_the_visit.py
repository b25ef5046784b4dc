"""A span of time told of a visit ("Официальный визит длился 25 часов", "the visit lasted 25
hours") is the trip's length, not the length of the talks held on it: the talks take their
own ("двухчасовые переговоры", "two-hour talks"). The span's own clause says which it
measures ("…длился 25 часов, из них 14 часов он общался с …"). Found on a real Russian item
(a state visit to Belarus: 1500 minutes given to two-hour talks)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, only_event

TEXTS = [
    ("ru", "Официальный визит президента России Владимира Путина в Белоруссию длился 25 "
           "часов, из них 14 часов он работал и общался с белорусским коллегой Александром "
           "Лукашенко.\n\n24 мая Владимир Путин и Александр Лукашенко провели двухчасовые "
           "переговоры в узком составе."),
    ("en", "The official visit of Russian President Vladimir Putin to Belarus lasted 25 hours, "
           "14 of which he spent working with his Belarusian counterpart Alexander Lukashenko."
           "\n\nOn May 24 Vladimir Putin and Alexander Lukashenko held two-hour talks in a "
           "narrow format."),
    ("it", "La visita ufficiale del presidente russo Vladimir Putin in Bielorussia è durata 25 "
           "ore.\n\nIl 24 maggio Vladimir Putin e Alexander Lukashenko hanno avuto un colloquio "
           "durato due ore."),
    ("zh", "普京对白俄罗斯的正式访问持续了25个小时。\n\n"
           "5月24日，普京与卢卡申科举行了两个小时的会谈。"),
]


@pytest.mark.parametrize(("lang", "text"), TEXTS, ids=[t[0] for t in TEXTS])
def test_the_visit_s_length_is_not_the_talks(lang: str, text: str) -> None:
    event = only_event(analyze_texts((text, "2024-05-25"), lang=lang))
    assert (event.type, set(event.participants), event.duration_minutes) == (
        "meeting", {"vladimir-putin", "alexander-lukashenko"}, 120)
