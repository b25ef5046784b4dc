"""A day past the lead that belongs to a talk held with someone else ("Sisi briefed Putin on
the talks held in Cairo with Libyan parliament speaker Aguila Saleh on June 6") is that talk's,
not the call's: the call was dated June 6 (found on a real Interfax item relayed by a Chinese
site, where the dateline saved the day, and checked without it in it/en/ru). A person of a
principal's own country named after the talk ("with Foreign Minister Lavrov attending") is of
that principal's party, and the day stays the contact's. Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

ANOTHER = [
    ("en", "President Vladimir Putin had a telephone conversation with President of Egypt "
           "Abdel Fattah el-Sisi. Sisi briefed Putin on the talks held in Cairo with Libyan "
           "parliament speaker Aguila Saleh on June 6."),
    ("it", "Il presidente Vladimir Putin ha avuto una conversazione telefonica con il presidente "
           "egiziano al Sisi. Al Sisi ha informato Putin dei colloqui tenuti il 6 giugno al "
           "Cairo con il presidente del parlamento libico Aguila Saleh."),
    ("ru", "Владимир Путин провел телефонный разговор с президентом Египта Абдельфаттахом "
           "Сиси. Сиси проинформировал о содержании прошедших 6 июня в Каире переговоров с "
           "председателем Палаты депутатов Ливии Агилой Салехом."),
]


@pytest.mark.parametrize(("lang", "text"), ANOTHER)
def test_the_day_of_a_talk_with_another_is_not_the_calls(lang: str, text: str) -> None:
    events = analyze_texts((text, "2020-06-08"), lang=lang).events
    call = next(e for e in events if e.reported_by)
    assert set(call.participants) == {"vladimir-putin", "abdel-fattah-el-sisi"}
    assert call.date == "2020-06-08"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Vladimir Putin met Egyptian President Abdel Fattah el-Sisi. The talks, held on "
           "June 6 with Foreign Minister Sergei Lavrov attending, focused on Libya."),
    ("it", "Vladimir Putin ha incontrato il presidente egiziano al Sisi. I colloqui si sono "
           "svolti il 6 giugno con la partecipazione del ministro Sergej Lavrov."),
])
def test_a_principals_own_minister_leaves_the_day_to_the_contact(lang: str, text: str) -> None:
    events = analyze_texts((text, "2020-06-08"), lang=lang).events
    meeting = next(e for e in events if e.reported_by)
    assert meeting.date == "2020-06-06"
