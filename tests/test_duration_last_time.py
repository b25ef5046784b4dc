"""A length told in the sentence after one opening on the last time the two met ("The last
time Putin and Erdogan met in person was in October in Astana. Their bilateral meeting lasted
an hour and a half", "L'ultima volta…", "В последний раз…", "两人上一次会面…") is that earlier
meeting's, not the reported contact's; one naming its own day ("Today's talks lasted two
hours") still is. Found on a real Novostnoy item (Erdogan in Sochi, held-out 14) whose visit
took the Astana meeting's ninety minutes. Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2023-09-04"


def _reported(text: str, lang: str) -> list[tuple[str | None, int | None]]:
    events = analyze_texts((text, PAGE), lang=lang).events
    return [(e.date, e.duration_minutes) for e in events if e.date == PAGE]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Vladimir Putin held talks with Recep Tayyip Erdogan in Sochi today. The last time "
           "Putin and Erdogan met in person was in October in Astana. Their bilateral meeting "
           "lasted an hour and a half."),
    ("it", "Vladimir Putin ha avuto oggi a Sochi un colloquio con Recep Tayyip Erdogan. "
           "L'ultima volta che Putin ed Erdogan si sono incontrati di persona è stato a "
           "ottobre ad Astana. Il loro incontro bilaterale è durato un'ora e mezza."),
    ("ru", "Владимир Путин сегодня провел переговоры с Реджепом Тайипом Эрдоганом в Сочи. В "
           "последний раз Путин и Эрдоган встречались очно в октябре в Астане. Их двусторонняя "
           "встреча продлилась полтора часа."),
    ("zh", "普京今天在索契同埃尔多安举行会谈。两人上一次会面是去年10月在阿斯塔纳。那次双边"
           "会晤持续了一个半小时。"),
])
def test_a_length_after_the_last_time_is_that_meetings(lang: str, text: str) -> None:
    assert _reported(text, lang) == [(PAGE, None)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Vladimir Putin held talks with Recep Tayyip Erdogan in Sochi today. The last time "
           "they met was in October in Astana. Today's talks lasted two hours."),
    ("zh", "普京今天在索契同埃尔多安举行会谈。两人上一次会面是去年10月在阿斯塔纳。今天的会谈"
           "持续了两个小时。"),
])
def test_a_length_with_its_own_day_stays_the_contacts(lang: str, text: str) -> None:
    assert _reported(text, lang) == [(PAGE, 120)]
