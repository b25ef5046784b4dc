"""A length told of one principal's contact with a third leader ("Putin had already met Pope
Francis in an audience, with whom he spent about an hour") is no length of this contact,
though one of its principals is named there (found on a real Agenzia Nova item, h11it-005:
the Pope's hour given to the Quirinale meeting). A sentence naming both principals and a
third leader, or counting the two ("The two presidents held a one-hour conversation in which
Putin told of his audience with the Pope"), still measures theirs."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2019-07-04"

THIRD = [
    ("it", "Il presidente della Repubblica Sergio Mattarella ha ricevuto oggi al Quirinale il "
           "presidente russo Vladimir Putin, in visita a Roma. Putin ha già incontrato in "
           "udienza papa Francesco, con cui si è trattenuto circa un'ora."),
    ("en", "Italian President Sergio Mattarella received Russian President Vladimir Putin at "
           "the Quirinale today. Putin had already met Pope Francis in an audience that lasted "
           "about an hour."),
    ("ru", "Президент Италии Серджо Маттарелла сегодня принял в Квиринальском дворце "
           "президента России Владимира Путина. Путин уже встретился с Папой Франциском, "
           "беседа продолжалась около часа."),
    ("zh", "意大利总统马塔雷拉今天在奎里纳尔宫会见俄罗斯总统普京。普京此前已会见教皇方济各，"
           "会见持续约一个小时。"),
]


@pytest.mark.parametrize(("lang", "text"), THIRD)
def test_a_principals_hour_with_a_third_leader_is_not_this_contacts(lang: str, text: str
                                                                    ) -> None:
    reported = [e for e in analyze_texts((text, PAGE), lang=lang).events
                if e.reported_by and "sergio-mattarella" in e.participants]
    assert reported and reported[0].duration_minutes is None, (
        lang, [e.to_json() for e in reported])


BOTH = [
    ("it", "Il presidente Sergio Mattarella ha ricevuto oggi al Quirinale il presidente russo "
           "Vladimir Putin. Mattarella e Putin hanno parlato per circa un'ora, anche "
           "dell'incontro di Putin con papa Francesco."),
    ("en", "Italian President Sergio Mattarella received Russian President Vladimir Putin at "
           "the Quirinale today. Mattarella and Putin talked for about an hour, also about "
           "Putin's audience with Pope Francis."),
    ("it", "Il presidente Sergio Mattarella ha ricevuto oggi al Quirinale il presidente russo "
           "Vladimir Putin. I due presidenti hanno parlato per circa un'ora e Putin ha "
           "raccontato dell'udienza con papa Francesco."),
    ("en", "Italian President Sergio Mattarella received Russian President Vladimir Putin at "
           "the Quirinale today. The two presidents held a one-hour conversation in which "
           "Putin told of his audience with Pope Francis."),
    ("ru", "Президент Италии Серджо Маттарелла сегодня принял президента России Владимира "
           "Путина. Два президента беседовали около часа, Путин рассказал о встрече с Папой "
           "Франциском."),
    ("zh", "意大利总统马塔雷拉今天在奎里纳尔宫会见俄罗斯总统普京。两位总统会谈约一个小时，"
           "普京介绍了他会见教皇方济各的情况。"),
]


@pytest.mark.parametrize(("lang", "text"), BOTH)
def test_both_principals_named_beside_a_third_still_measure_theirs(lang: str, text: str
                                                                   ) -> None:
    reported = [e for e in analyze_texts((text, PAGE), lang=lang).events
                if e.reported_by and "sergio-mattarella" in e.participants]
    assert reported and reported[0].duration_minutes == 60, (
        lang, [e.to_json() for e in reported])
