"""A visit told beside the meeting it is the trip of ("Lula arrived on Wednesday to begin a
state visit ... Xi held talks with Lula on Friday") is that meeting's journey, not a second
contact of the pair dated on the arrival day. A visit of the pair at another time stays a
contact of its own."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

TRIP = [
    ("en", "Chinese President Xi Jinping held talks with Brazilian President Lula da Silva in "
           "Beijing on Friday afternoon. Lula arrived in Shanghai on Wednesday to begin a state "
           "visit to China."),
    ("it", "Il presidente cinese Xi Jinping ha avuto venerdì pomeriggio a Pechino un colloquio "
           "con il presidente brasiliano Lula. Lula era arrivato mercoledì a Shanghai per "
           "iniziare una visita di Stato in Cina."),
    ("ru", "Председатель КНР Си Цзиньпин в пятницу провел в Пекине переговоры с президентом "
           "Бразилии Лулой. Лула прибыл в Шанхай в среду с государственным визитом в Китай."),
    ("zh", "国家主席习近平14日下午在北京同巴西总统卢拉举行会谈。卢拉12日抵达上海，开始对中国进行"
           "国事访问。"),
]


@pytest.mark.parametrize(("lang", "text"), TRIP)
def test_the_arrival_for_the_talks_is_no_second_contact(lang: str, text: str) -> None:
    events = analyze_texts((text, "2023-04-14"), lang=lang).events
    assert [(e.type, e.status, e.date) for e in events] == [
        ("meeting", "held", "2023-04-14")], lang


# the pair's state visit of another year is a contact of its own
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russian President Vladimir Putin held talks with Chinese President Xi Jinping in "
           "Beijing on Thursday. Xi paid a state visit to Russia in March 2023."),
    ("it", "Il presidente russo Vladimir Putin ha avuto giovedì a Pechino un colloquio con il "
           "presidente cinese Xi Jinping. Xi aveva compiuto una visita di Stato in Russia nel "
           "marzo 2023."),
    ("ru", "Президент России Владимир Путин в четверг провел в Пекине переговоры с "
           "председателем КНР Си Цзиньпином. Си Цзиньпин посетил Россию с государственным "
           "визитом в марте 2023 года."),
])
def test_a_visit_of_another_year_stays(lang: str, text: str) -> None:
    events = analyze_texts((text, "2024-05-16"), lang=lang).events
    assert sorted((e.type, e.date) for e in events) == [
        ("meeting", "2024-05-16"), ("visit", "2023-03")], lang
