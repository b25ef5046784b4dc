"""A call with a group of leaders ("con i leader europei", "with European leaders") whose
members the story names in a later sentence of the call ("Nel corso della chiamata Biden ha
parlato con il presidente francese, Macron, il cancelliere tedesco Scholz …", "During the
call, Biden spoke with …", "В ходе разговора Байден пообщался с …", "通话中，拜登同……交谈"):
every leader named there is a party of the one call. A headline word that names no medium
("Biden a colloquio con i leader europei") gives way to the lead that says it was a call, and
a later sentence that names the call by such a word ("Il colloquio è durato un'ora, dalle
11.14 alle 12.12") gives it its part of day, the start's. Found on a real Ticinonews live
item (h8it-009) whose hour-long call came out as no contact. Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, held

PAGE = "2022-03-22"
FIVE = ["boris-johnson", "emmanuel-macron", "joe-biden", "mario-draghi", "olaf-scholz"]


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Biden a colloquio con i leader europei\n\nÈ durata un'ora la telefonata del "
           "presidente americano Joe Biden con i leader europei, tra i quali il premier "
           "italiano Mario Draghi. Il colloquio è durato un'ora, dalle 10.05 alle 11.02, "
           "secondo la Casa Bianca. Nel corso della chiamata Biden ha parlato con il "
           "presidente francese, Macron, il cancelliere tedesco Scholz e il premier britannico "
           "Johnson sulla crisi energetica."),
    ("en", "US President Joe Biden held an hour-long phone call with European leaders, among "
           "them Italian Prime Minister Mario Draghi. The call ran from 10:05 to 11:02 a.m., "
           "the White House said. During the call, Biden spoke with French President Macron, "
           "German Chancellor Scholz and British Prime Minister Johnson about energy."),
    ("ru", "Президент США Джо Байден провел часовой телефонный разговор с европейскими "
           "лидерами, среди которых премьер-министр Италии Марио Драги. Разговор шел с 10:05 "
           "до 11:02 утра, сообщили в Белом доме. В ходе разговора Байден пообщался с "
           "президентом Франции Макроном, канцлером Германии Шольцем и премьер-министром "
           "Великобритании Джонсоном."),
    ("zh", "美国总统拜登同欧洲领导人举行了一个小时的电话会谈，其中包括意大利总理德拉吉。白宫说，"
           "通话从上午10时05分持续到11时02分。通话中，拜登同法国总统马克龙、德国总理朔尔茨和"
           "英国首相约翰逊进行了交谈。"),
])
def test_the_leaders_named_later_in_the_call_are_its_parties(lang: str, text: str) -> None:
    events = held(analyze_texts((text, PAGE), lang=lang))
    assert [(e.type, sorted(e.participants), e.part_of_day) for e in events] == [
        ("phone_call", FIVE, "morning")]


def test_a_bare_surname_without_its_title_stays_no_party() -> None:
    # "Johnson" alone could be anyone of that name: a party only with the title before it
    text = ("Il presidente Joe Biden ha avuto oggi una telefonata con i leader europei, tra i "
            "quali il premier italiano Mario Draghi. Nel corso della chiamata Biden ha parlato "
            "anche con Johnson, il suo consigliere.")
    events = held(analyze_texts((text, PAGE), lang="it"))
    assert [sorted(e.participants) for e in events] == [["joe-biden", "mario-draghi"]]


def test_a_word_without_medium_past_a_call_gives_the_start_part_of_day() -> None:
    text = ("La premier Giorgia Meloni ha avuto oggi una telefonata con il presidente "
            "francese Emmanuel Macron. Il colloquio è durato mezz'ora, dalle 16.40 alle 17.10.")
    events = held(analyze_texts((text, PAGE), lang="it"))
    assert [(e.type, e.part_of_day, e.duration_minutes) for e in events] == [
        ("phone_call", "afternoon", 30)]

