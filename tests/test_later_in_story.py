"""A later span told of what was done ("Five days later, Xi spoke with Trump", "Cinque giorni
dopo Xi ha parlato con Trump", "Спустя пять дней Си провел разговор с Трампом", "5天之后，
习近平同特朗普通电话") counts from the event told before it, not from the page's day: it is
no contact planned days after the page. One still ahead ("将于3天后", "will meet ... two days
later") keeps its place. Found on a real Fjsen repost of a Xinhua feature (held-out 14)
where the second Xi-Trump call of 2016 came out planned a week after the page. Texts
written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2017-04-09"
PAIR = ["donald-trump", "xi-jinping"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Xi and Trump met at Mar-a-Lago on April 6. Last November, after Trump won the "
           "election, Xi sent him a message of congratulations. Five days later, Xi spoke "
           "with Trump by phone."),
    ("it", "Xi e Trump si sono incontrati a Mar-a-Lago il 6 aprile. Lo scorso novembre, dopo "
           "l'elezione di Trump, Xi gli ha inviato un messaggio di congratulazioni. Cinque "
           "giorni dopo, Xi ha parlato al telefono con Trump."),
    ("ru", "Си Цзиньпин и Трамп встретились в Мар-а-Лаго 6 апреля. В ноябре прошлого года "
           "Си поздравил Трампа с избранием. Спустя пять дней Си Цзиньпин провел телефонный "
           "разговор с Трампом."),
    ("zh", "习近平主席4月6日在海湖庄园同特朗普举行会晤。去年11月，特朗普当选美国总统后，"
           "习近平主席致电祝贺。5天之后，习近平主席同特朗普通电话。"),
])
def test_a_later_span_of_the_story_is_no_plan_after_the_page(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert all(sorted(e.participants) == PAIR for e in events)
    assert [e for e in events if e.status == "planned" or (e.date or "") > PAGE] == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Trump will arrive in Beijing on Monday, and will meet Xi Jinping two days later."),
    ("zh", "特朗普将于3天后抵达北京，同习近平举行会谈。"),
])
def test_a_later_span_still_ahead_keeps_the_plan(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert [(sorted(e.participants), e.status) for e in events] == [(PAIR, "planned")]
