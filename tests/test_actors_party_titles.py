"""A ruling party's leader is named by his office in the party, the party, then his name
("генеральным секретарем ЦК Компартии Вьетнама Нонг Дык Манем", "General Secretary of the
Communist Party of Vietnam ...", "il segretario generale del Partito comunista del Vietnam
..."): the party's words were read as a new person's name ("ЦК Компартии Вьетнама Нонг"), or
stopped the title before the name, so the leader was lost or a phantom actor took his
place. The party's words (``party_words`` in lang/*/titles.yaml) now lead to the name, and
their country is the title's. Found on Rossiyskaya Gazeta (held-out 24, Medvedev and Nong
Duc Manh), and on TV Centre and Telegnews items of the same set (Nguyen Phu Trong, To Lam
after 'генсеком ЦК компартии Вьетнама', 'генеральным секретарем ЦК Коммунистической партии
Вьетнама'). Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PARTY_TITLES = [
    ("ru", "Президент России провел переговоры с генеральным секретарем ЦК Компартии Вьетнама "
     "Нонг Дык Манем в Кремле.", "2010-07-12", {"dmitry-medvedev", "nong-duc-manh"}),
    ("ru", "Владимир Путин встретился с генсеком ЦК Коммунистической партии Вьетнама Нгуен Фу "
     "Чонгом.", "2018-09-07", {"vladimir-putin", "nguyen-phu-trong"}),
    ("ru", "Владимир Путин провел телефонный разговор с генеральным секретарем ЦК компартии "
     "Вьетнама.", "2025-03-04", {"vladimir-putin", "to-lam"}),
    ("en", "Dmitry Medvedev held talks with General Secretary of the Communist Party of Vietnam "
     "Nong Duc Manh in the Kremlin.", "2010-07-12", {"dmitry-medvedev", "nong-duc-manh"}),
    ("it", "Dmitri Medvedev ha incontrato il segretario generale del Partito comunista del "
     "Vietnam Nong Duc Manh al Cremlino.", "2010-07-12", {"dmitry-medvedev", "nong-duc-manh"}),
]


@pytest.mark.parametrize(("lang", "text", "page", "parties"), PARTY_TITLES)
def test_the_party_words_lead_to_the_leader(lang: str, text: str, page: str,
                                            parties: set[str]) -> None:
    events = analyze_texts((text, page), lang=lang).events
    assert events and set(events[0].participants) == parties, [e.to_json() for e in events]
    assert len(events) == 1


def test_an_unknown_leader_after_the_party_is_he_not_the_party() -> None:
    """A general secretary the roster lacks keeps his own name, never the party's words."""
    text = ("Президент Лаоса встретился с генеральным секретарем ЦК Народно-революционной "
            "партии Лаоса Тхонгсингом Бунлаем.")
    events = analyze_texts((text, "2030-01-10"), lang="ru").events
    actors = {a for e in events for a in e.participants}
    assert not any("partii" in a or "tsk" in a for a in actors), actors


def test_a_body_of_the_country_is_no_party() -> None:
    """'Chairman of the Russian State Duma' stays the Duma's office, no leader of Russia."""
    text = "Xi Jinping met Chairman of the Russian State Duma Vyacheslav Volodin in Beijing."
    events = analyze_texts((text, "2023-06-05"), lang="en").events
    assert all("vladimir-putin" not in e.participants for e in events)
