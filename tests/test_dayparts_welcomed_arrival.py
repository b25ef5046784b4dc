"""An arrival at the contact's venue met by the host, both principals named, gives the
contact its part of day: the contact begins there ("习近平乘车抵达总统府，受到杜达热情迎
接", "Meloni è arrivata al Quirinale alle 12.45, accolta da Mattarella"). An arrival met by
someone else (a minister at the airport) does not. Texts written for these tests."""

import pytest
from test_contacts import analyze_texts

PAGE = "2016-06-20"


@pytest.mark.parametrize(("lang", "text", "pair", "part"), [
    ("zh", "20日，国家主席习近平出席波兰总统杜达在华沙总统府举行的欢迎仪式。当地时间上午10时许，"
           "习近平乘车抵达总统府，受到杜达热情迎接。军乐团奏两国国歌。",
     ["andrzej-duda", "xi-jinping"], "morning"),
    ("it", "Meloni e Mattarella si sono incontrati oggi al Quirinale. La presidente del "
           "Consiglio Giorgia Meloni è arrivata al palazzo alle ore 16.30, accolta dal capo "
           "dello Stato Sergio Mattarella.", ["giorgia-meloni", "sergio-mattarella"],
     "afternoon"),
    ("en", "Xi Jinping attended a welcome ceremony held by Polish President Andrzej Duda in "
           "Warsaw today. Xi arrived at the presidential palace at about 10 a.m. local time "
           "and was warmly welcomed by Duda.", ["andrzej-duda", "xi-jinping"], "morning"),
    ("ru", "Си Цзиньпин принял участие в церемонии встречи, которую устроил президент Польши "
           "Анджей Дуда. Около 10 часов утра по местному времени Си Цзиньпин прибыл в "
           "президентский дворец, где его встретил Дуда.", ["andrzej-duda", "xi-jinping"],
     "morning"),
])
def test_the_arrival_met_by_the_host_gives_the_part_of_day(lang: str, text: str,
                                                           pair: list[str], part: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert [(sorted(e.participants), e.part_of_day) for e in events] == [(pair, part)]


def test_an_arrival_met_by_a_minister_is_not_the_contacts() -> None:
    events = analyze_texts(("Xi Jinping attended a welcome ceremony held by Polish President "
                            "Andrzej Duda in Warsaw today. Xi arrived at the airport at about "
                            "10 p.m. on Sunday and was met by the foreign minister.",
                            PAGE), lang="en").events
    assert [(sorted(e.participants), e.part_of_day) for e in events] == [
        (["andrzej-duda", "xi-jinping"], None)]
