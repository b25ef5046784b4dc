""""Last night" in a spokesman's quoted words after an undated lead is the night before
the day he spoke ("la scorsa notte", "прошлой ночью", "昨晚"), not another time as "the
last meeting" is (found on a real UrduPoint/Sputnik item: "I would like to report on the
events of last night that the chancellor spoke with ... Zelenskyy over the phone").
Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import reported_facts

CASES = [
    ("en", "Chancellor Olaf Scholz had a phone conversation with President Volodymyr Zelenskyy "
           "about the nuclear plant, a government spokesman said on Friday.\n\n\"I can report "
           "that last night the chancellor spoke with President Zelenskyy over the phone,\" "
           "the spokesman told reporters."),
    ("it", "Il cancelliere Olaf Scholz ha avuto un colloquio telefonico con il presidente "
           "ucraino Volodymyr Zelensky sulla centrale nucleare, ha detto venerdì un portavoce "
           "del governo.\n\n\"Posso riferire che la scorsa notte il cancelliere ha parlato al "
           "telefono con il presidente Zelensky\", ha detto il portavoce ai giornalisti."),
    ("ru", "Канцлер Германии Олаф Шольц провел телефонный разговор с президентом Украины "
           "Владимиром Зеленским, сообщил в пятницу представитель правительства.\n\n«Могу "
           "сообщить, что прошлой ночью канцлер говорил по телефону с президентом "
           "Зеленским», — сказал представитель журналистам."),
    ("zh", "德国总理朔尔茨与乌克兰总统泽连斯基通电话，讨论核电站局势，德国政府副发言人周五说。"
           "\n\n他对记者说：“我可以通报，昨晚总理与泽连斯基总统通了电话。”"),
]


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_last_night_in_the_quote_dates_the_call(lang: str, text: str) -> None:
    facts = reported_facts(text, lang, "2022-03-04")  # a Friday
    assert facts["date"] == "2022-03-03", facts
    if lang != "zh":  # "昨晚" is the evening or the night
        assert facts.get("part_of_day") == "night", facts


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chancellor Olaf Scholz had a phone conversation with President Volodymyr "
           "Zelenskyy on Thursday. They last spoke in January."),
    ("it", "Il cancelliere Olaf Scholz ha avuto giovedì un colloquio telefonico con il "
           "presidente Zelensky. La conversazione è seguita a quella della scorsa settimana."),
])
def test_last_and_scorsa_alone_still_mark_another_time(lang: str, text: str) -> None:
    assert reported_facts(text, lang, "2022-03-04")["date"] == "2022-03-03"
