"""A day in an opening clause that announces another contact ("After the announcement that
Meloni will meet von der Leyen, …, on Thursday, November 3, the premier speaks with Scholz"):
that contact's day, not the day of the call the sentence reports, which is not announced.

Texts written for this project; each class in every language where it exists.
"""

from __future__ import annotations

import pytest
from test_contacts import reported_facts


def reported(text: str, lang: str) -> tuple[str | None, str | None, list[str]]:
    facts = reported_facts(text, lang, "2022-10-28")
    return facts["date"], facts["status"], sorted(facts["participants"])


FRAMED = [
    ("it", "Dopo l'annuncio che Giorgia Meloni incontrerà Ursula von der Leyen, presidente "
           "della Commissione, giovedì 3 novembre, il premier parla al telefono con il "
           "cancelliere Olaf Scholz."),
    ("en", "After the announcement that Giorgia Meloni will meet Ursula von der Leyen, the "
           "Commission president, on Thursday, November 3, the premier speaks by phone with "
           "Chancellor Olaf Scholz."),
    ("ru", "После анонса предстоящей встречи Джорджи Мелони с Урсулой фон дер Ляйен 3 "
           "ноября, премьер провела телефонный разговор с канцлером Олафом Шольцем."),
    ("zh", "在宣布梅洛尼将于11月3日会见冯德莱恩之后，意大利总理梅洛尼同德国总理朔尔茨通电话。"),
]


@pytest.mark.parametrize(("lang", "text"), FRAMED)
def test_the_announced_frames_day_is_not_the_calls(lang: str, text: str) -> None:
    day, status, principals = reported(text, lang)
    assert principals == ["giorgia-meloni", "olaf-scholz"]
    assert (day, status) == ("2022-10-28", "held")
