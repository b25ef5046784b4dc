"""A meal told as one part of the talks beside another ("hanno partecipato a un bilaterale in
formato esteso e a un pranzo di lavoro", "held expanded talks and a working lunch",
"переговоры в расширенном составе и рабочий обед", "扩大范围会谈和工作午餐") is not the
contact: the talks began before it, so it gives no part of day (found on a real Agenzia Nova
item, h11it-017, whose four-hour Filoli summit came back in the afternoon). Texts written
for these tests; it/en/ru/zh fail on main; a meal that is the contact keeps its part."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, only_event

PARTS = [
    ("it", "Il presidente americano Joe Biden e il presidente cinese Xi Jinping si sono "
           "incontrati oggi a Filoli. I due leader hanno partecipato a un bilaterale in formato "
           "esteso e a un pranzo di lavoro."),
    ("en", "US President Joe Biden and Chinese President Xi Jinping met at Filoli on Wednesday. "
           "The two leaders held expanded bilateral talks and a working lunch."),
    ("ru", "Президент США Джо Байден и председатель КНР Си Цзиньпин встретились в среду в "
           "Филоли. Лидеры провели переговоры в расширенном составе и рабочий обед."),
    ("zh", "国家主席习近平15日在斐洛里庄园同美国总统拜登举行会晤。两国元首举行了扩大范围会谈和"
           "工作午餐。"),
]


@pytest.mark.parametrize(("lang", "text"), PARTS)
def test_a_meal_beside_the_talks_gives_no_part_of_day(lang: str, text: str) -> None:
    assert only_event(analyze_texts((text, "2023-11-16"), lang=lang)).part_of_day is None


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Il presidente americano Joe Biden ha avuto oggi un pranzo di lavoro con il "
           "presidente cinese Xi Jinping a Filoli."),
    ("en", "US President Joe Biden and Chinese President Xi Jinping met at Filoli on Wednesday "
           "for a working lunch."),
])
def test_a_meal_that_is_the_contact_gives_its_part(lang: str, text: str) -> None:
    assert only_event(analyze_texts((text, "2023-11-16"), lang=lang)).part_of_day == "afternoon"
