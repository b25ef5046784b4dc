"""A lead counting its parties as two and naming none ("the two leaders also met briefly on
Sunday"), whose next sentence names more ("posed for a family photograph with others
leaders, including ..."), takes that sentence's first two, not one contact per leader named
(found on a real Zee News item of held-out 9, h9en-007, three phantom meetings with the
photo's leaders). Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAIR = ["donald-trump", "narendra-modi"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The two leaders also met briefly on Sunday as they arrived for the summit.\n\n"
           "Later, Prime Minister Narendra Modi and President Donald Trump posed for a family "
           "photograph with Canadian Prime Minister Justin Trudeau and Japanese Prime Minister "
           "Shinzo Abe."),
    ("it", "I due leader si sono anche incontrati brevemente domenica al loro arrivo al vertice."
           "\n\nPiù tardi il premier Narendra Modi e il presidente Donald Trump hanno posato per "
           "la foto di famiglia con il premier canadese Justin Trudeau e il premier giapponese "
           "Shinzo Abe."),
    ("ru", "Оба лидера также коротко встретились в воскресенье по прибытии на саммит.\n\nПозже "
           "премьер-министр Нарендра Моди и президент Дональд Трамп сфотографировались с "
           "премьер-министром Канады Джастином Трюдо и премьер-министром Японии Синдзо Абэ."),
    ("zh", "两国领导人周日抵达峰会时还进行了简短会晤。\n\n随后，印度总理莫迪和美国总统特朗普"
           "同加拿大总理特鲁多、日本首相安倍晋三合影。"),
])
def test_two_counted_take_the_first_two_named_next(lang: str, text: str) -> None:
    events = analyze_texts((text, "2017-11-12"), lang=lang).events
    assert [sorted(e.participants) for e in events if e.reported_by] == [PAIR]
