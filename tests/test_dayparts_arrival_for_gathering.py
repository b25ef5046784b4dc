"""A principal's arrival told right after a face-to-face lead gives the contact its part of
day only when it is the arrival for that contact: an arrival to attend a gathering ("Modi
arrived here this morning to attend the BIMSTEC Summit", "è arrivata stamattina per
partecipare al vertice", "прибыл утром для участия в саммите", "上午抵达，出席…峰会") is
the trip's time, and the meeting on its sidelines began at an hour unsaid. Found on a real
Moneycontrol item (Modi and Sirisena in Kathmandu) whose meeting took the arrival's
morning. Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, held

PAGE = "2018-08-30"
PAIR = ["narendra-modi", "shinzo-abe"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Prime Minister Narendra Modi today held a bilateral meeting with Japanese Prime "
           "Minister Shinzo Abe in Kathmandu. Modi arrived here this morning to attend the "
           "regional summit of the Bay of Bengal countries."),
    ("it", "Il primo ministro indiano Narendra Modi ha incontrato oggi a Kathmandu il premier "
           "giapponese Shinzo Abe. Modi è arrivato stamattina per partecipare al vertice "
           "regionale dei paesi del Golfo del Bengala."),
    ("ru", "Премьер-министр Индии Нарендра Моди сегодня провел встречу с премьер-министром "
           "Японии Синдзо Абэ в Катманду. Моди прибыл утром для участия в региональном "
           "саммите стран Бенгальского залива."),
    ("zh", "印度总理莫迪今天在加德满都会见日本首相安倍晋三。莫迪当天上午抵达加德满都，"
           "出席孟加拉湾国家地区峰会。"),
])
def test_an_arrival_to_attend_a_gathering_gives_no_part(lang: str, text: str) -> None:
    events = held(analyze_texts((text, PAGE), lang=lang))
    assert [(sorted(e.participants), e.part_of_day) for e in events] == [(PAIR, None)]


@pytest.mark.parametrize(("lang", "text", "part"), [
    ("en", "Prime Minister Narendra Modi today held a bilateral meeting with Japanese Prime "
           "Minister Shinzo Abe in Kathmandu. Modi arrived at the venue at 9:30 a.m.",
     "morning"),
    ("ru", "Премьер-министр Индии Нарендра Моди сегодня провел встречу с премьер-министром "
           "Японии Синдзо Абэ в Катманду. Моди прибыл в резиденцию в 18:15.", "evening"),
])
def test_the_arrival_for_the_meeting_still_gives_it(lang: str, text: str, part: str) -> None:
    events = held(analyze_texts((text, PAGE), lang=lang))
    assert [(sorted(e.participants), e.part_of_day) for e in events] == [(PAIR, part)]
