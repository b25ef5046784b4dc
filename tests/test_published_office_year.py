"""An undated page whose dateline names a day and month but no year ("MOSCOW, December
30", "KYIV, Feb. 21 -") is of the year the people it names held office together: the one
year most of them did, or, where several fit, the latest on which the day falls on a
weekday its opening tells ("are holding talks on Friday"). A day further in dates no page
(an earlier call's "28 April"). Found on a real TASS item with no year (h7en-014). Texts
written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, only_event

CASES = [
    ("en", "KYIV, Feb. 21 - President Volodymyr Zelensky and German Chancellor Olaf Scholz "
           "discussed security guarantees in a phone call today. The call came after U.S. "
           "President Donald Trump questioned Ukraine's role in the talks.", "2025-02-21"),
    ("it", "ROMA, 21 febbraio - Il presidente ucraino Volodymyr Zelensky e il cancelliere "
           "tedesco Olaf Scholz hanno avuto oggi un colloquio telefonico. Il colloquio è "
           "seguito alle parole del presidente americano Donald Trump sul ruolo "
           "dell'Ucraina.", "2025-02-21"),
    ("ru", "МОСКВА, 30 декабря. /ТАСС/. Президент России Владимир Путин и председатель КНР "
           "Си Цзиньпин проводят в пятницу переговоры по видеосвязи. Они обсуждают "
           "двусторонние отношения.", "2022-12-30"),
    ("zh", "新华社莫斯科12月30日电 俄罗斯总统普京和中国国家主席习近平周五举行视频会晤。"
           "双方讨论了双边关系。", "2022-12-30"),
]


@pytest.mark.parametrize(("lang", "text", "day"), CASES)
def test_the_year_the_people_named_held_office_together(lang: str, text: str, day: str
                                                        ) -> None:
    event = only_event(analyze_texts((text, None), lang=lang))
    assert event.date == day, event.to_json()


@pytest.mark.parametrize(("lang", "text"), [
    # Putin and Xi held office together for years, and no weekday picks one
    ("en", "Russian President Vladimir Putin and Chinese President Xi Jinping spoke by phone "
           "on June 15, the Kremlin said."),
    # a day in the body is no dateline: here an earlier call's
    ("ru", "Президент России Владимир Путин провел в понедельник телефонный разговор с "
           "Реджепом Тайипом Эрдоганом. Эрдоган также планирует переговорить с Владимиром "
           "Зеленским. Последний разговор лидеров состоялся 28 апреля."),
    # a weekday that falls on the day in no year they held office together picks none
    ("en", "BERLIN. May 12 (agency) – German Chancellor Olaf Scholz held a telephone "
           "conversation with Ukrainian President Volodymyr Zelensky on Wednesday."),
])
def test_no_year_where_the_people_leave_several(lang: str, text: str) -> None:
    events = analyze_texts((text, None), lang=lang).events
    assert events and all(e.date is None or len(e.date) < 10 for e in events), \
        [e.to_json() for e in events]
