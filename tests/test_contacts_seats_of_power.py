"""A meeting at a seat of government is in its city: "al Quirinale per un incontro",
"a Palazzo Chigi", "at the Elysee Palace", "в Квиринальском дворце", "在爱丽舍宫"."""

import pytest
from test_contacts import analyze_texts

TEXTS = [
    ("it", "La presidente del Consiglio Giorgia Meloni è al Quirinale per un incontro con il "
           "presidente della Repubblica Sergio Mattarella.", "Rome"),
    ("it", "Giorgia Meloni ha ricevuto oggi a Palazzo Chigi il cancelliere tedesco Friedrich "
           "Merz.", "Rome"),
    ("en", "President Emmanuel Macron hosted Chancellor Olaf Scholz at the Elysee Palace "
           "today.", "Paris"),
    ("en", "Prime Minister Keir Starmer welcomed President Volodymyr Zelenskyy to Downing "
           "Street today.", "London"),
    ("ru", "Владимир Путин провел сегодня переговоры с президентом Италии Серджо Маттареллой "
           "в Квиринальском дворце.", "Rome"),
    ("zh", "法国总统马克龙今天在爱丽舍宫会见德国总理朔尔茨。", "Paris"),
]


@pytest.mark.parametrize(("lang", "text", "city"), TEXTS)
def test_a_seat_of_government_places_the_meeting(lang: str, text: str, city: str) -> None:
    reported = [e for e in analyze_texts((text, "2025-05-14"), lang=lang).events
                if e.reported_by]
    assert [(e.type, e.location) for e in reported] == [("meeting", city)]
