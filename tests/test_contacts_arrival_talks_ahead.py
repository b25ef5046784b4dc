"""An arrival for a visit whose talks are still ahead ("20日下午乘包机抵达莫斯科，将举行中俄总理
定期会晤并正式访问俄罗斯", "arrived in Moscow on Tuesday afternoon and will hold the regular
meeting … and pay an official visit"): by the lead's convention (an arrival reported with the
meeting still ahead), the contact is the planned meeting, dated only by its own date words:
the arrival's day and hour are not the talks', so it is undated here, not an announced
meeting dated a month on (found on a real CCTV item on Li Qiang's 2024 visit to Moscow; it
was read as the visit begun before the convention). Italian's headline "a Mosca per la visita
ufficiale" over "e terrà il 29esimo incontro" still gives the visit ahead: left."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2024-08-22"
PAIR = {"li-qiang", "mikhail-mishustin"}

ARRIVALS = [
    ("zh", "李强赴莫斯科举行中俄总理定期会晤并对俄罗斯进行正式访问\n\n"
           "应俄罗斯总理米舒斯京邀请,国务院总理李强当地时间20日下午乘包机抵达莫斯科,"
           "将举行中俄总理第二十九次定期会晤并正式访问俄罗斯。\n俄方在机场为李强举行欢迎仪式。"),
    ("en", "Li Qiang in Moscow for talks with Mishustin and an official visit\n\n"
           "Chinese Premier Li Qiang arrived in Moscow on Tuesday afternoon at the invitation "
           "of Russian Prime Minister Mikhail Mishustin, and will hold the 29th regular meeting "
           "of the two heads of government and pay an official visit to Russia.\n"
           "A welcome ceremony was held at the airport."),
    ("ru", "Ли Цян прибыл в Москву с официальным визитом\n\n"
           "Премьер Госсовета КНР Ли Цян во вторник днем прибыл в Москву по приглашению "
           "председателя правительства России Михаила Мишустина, он проведет 29-ю регулярную "
           "встречу глав правительств и посетит Россию с официальным визитом.\n"
           "В аэропорту прошла церемония встречи."),
]


@pytest.mark.parametrize(("lang", "text"), ARRIVALS)
def test_the_talks_ahead_after_the_arrival_are_planned(lang: str, text: str) -> None:
    events = [e for e in analyze_texts((text, PAGE), lang=lang).events if e.reported_by]
    assert [(e.type, e.status, set(e.participants), e.date, e.part_of_day) for e in events] == [
        ("meeting", "planned", PAIR, None, None)], (lang, [e.to_json() for e in events])


def test_talks_ahead_without_an_arrival_stay_planned() -> None:
    """"将于25日抵达莫斯科": no arrival yet, the meeting is announced."""
    text = ("应俄罗斯总理米舒斯京邀请,国务院总理李强将于25日抵达莫斯科,"
            "举行中俄总理第二十九次定期会晤。")
    events = [e for e in analyze_texts((text, PAGE), lang="zh").events if e.reported_by]
    assert [e.status for e in events] == ["planned"], [e.to_json() for e in events]
