"""A mentioned contact its own words count as one of three or more ("il vertice
trilaterale", "a trilateral summit", "трёхсторонняя встреча", "三方会晤") is one contact of all
the leaders its stretch names: not a pair of them, which is a bilateral the text never tells.
A bilateral told beside a trilateral stays the two's."""

from __future__ import annotations

import pytest
from test_mentioned_parties import REPORTED, mentioned

TRIO = frozenset({"emmanuel-macron", "olaf-scholz", "donald-tusk"})
CAMP = frozenset({"joe-biden", "fumio-kishida", "yoon-suk-yeol"})
ASTANA = frozenset({"vladimir-putin", "recep-tayyip-erdogan", "kassym-jomart-tokayev"})


@pytest.mark.parametrize(
    ("lang", "line", "parties"),
    [
        ("it", "Il vertice trilaterale tra il presidente francese Emmanuel Macron, il "
               "cancelliere tedesco Olaf Scholz e il premier polacco Donald Tusk si terrà a "
               "Berlino la prossima settimana.", TRIO),
        ("it", "Macron, Scholz e Tusk avranno un incontro a tre a Berlino la prossima "
               "settimana.", TRIO),
        ("en", "Biden will also host a trilateral summit with Japanese Prime Minister Fumio "
               "Kishida and South Korean President Yoon Suk Yeol at Camp David in August.",
         CAMP),
        ("en", "A three-way meeting of Macron, Scholz and Tusk is planned in Berlin next week.",
         TRIO),
        ("ru", "Трёхсторонняя встреча президента Владимира Путина, президента Турции Реджепа "
               "Тайипа Эрдогана и президента Казахстана Касым-Жомарта Токаева пройдёт в Астане "
               "в июле.", ASTANA),
        ("ru", "Путин, Эрдоган и Токаев проведут трёхстороннюю встречу в Астане в июле.", ASTANA),
        ("zh", "马克龙、朔尔茨和图斯克下周将在柏林举行三方会晤。", TRIO),
        ("zh", "拜登、岸田文雄和尹锡悦8月将在戴维营举行三方会晤。", CAMP),
    ],
)
def test_a_trilateral_is_one_contact_of_the_three(lang: str, line: str,
                                                  parties: frozenset[str]) -> None:
    found = mentioned(lang, REPORTED[lang], line)
    assert [p for _, _, p, _ in found] == [parties]


@pytest.mark.parametrize(
    ("lang", "line", "parties"),
    [
        ("en", "Biden met Kishida in Tokyo on Monday, a day before the trilateral summit in "
               "Seoul.", frozenset({"joe-biden", "fumio-kishida"})),
        ("it", "Macron ha incontrato Scholz a Parigi lunedì, alla vigilia del vertice "
               "trilaterale.", frozenset({"emmanuel-macron", "olaf-scholz"})),
    ],
)
def test_a_bilateral_beside_a_trilateral_stays_the_two(lang: str, line: str,
                                                      parties: frozenset[str]) -> None:
    found = mentioned(lang, REPORTED[lang], line)
    assert parties in [p for _, _, p, _ in found]
