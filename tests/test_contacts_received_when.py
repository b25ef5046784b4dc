"""A leader who receives someone with the day or the hour between the verb and the guest
("riceverà domani mattina il ministro degli Esteri", "riceverà quest'oggi Mitsotakis", "will
receive tomorrow morning Foreign Minister …", «примет завтра утром министра иностранных
дел»): the reception is the contact. The cue lists knew "oggi" or "ieri" there, never
"domani", "domani mattina" or "quest'oggi", and no minister as guest in English and Russian
(found on real Agenzia Nova items: al Sisi receiving Mitsotakis and Tajani). Texts written for
these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

MINISTER = [
    ("it", "Il presidente egiziano, Abdel Fattah al Sisi, riceverà domani mattina il ministro "
           "degli Esteri, Antonio Tajani, per parlare di energia e di migranti."),
    ("en", "Egyptian President Abdel Fattah al-Sisi will receive tomorrow morning Italian "
           "Foreign Minister Antonio Tajani to discuss energy and migration."),
    ("ru", "Президент Египта Абдель Фаттах ас-Сиси примет завтра утром министра иностранных "
           "дел Италии Антонио Таяни, чтобы обсудить энергетику и миграцию."),
    ("zh", "埃及总统塞西明天上午将会见意大利外长塔亚尼，讨论能源和移民问题。"),
]


@pytest.mark.parametrize(("lang", "text"), MINISTER)
def test_a_minister_received_tomorrow_morning(lang: str, text: str) -> None:
    events = analyze_texts((text, "2023-01-21"), lang=lang).events
    assert events, "no contact found"
    event = events[0]
    assert (event.type, event.status) == ("meeting", "planned")
    assert set(event.participants) == {"abdel-fattah-el-sisi", "antonio-tajani"}
    assert (event.date, event.part_of_day) == ("2023-01-22", "morning")


@pytest.mark.parametrize("text", [
    "Il presidente egiziano Abdel Fattah al Sisi riceverà quest'oggi Kyriakos Mitsotakis, "
    "primo ministro della Grecia.",
    "Il presidente egiziano Abdel Fattah al Sisi riceverà domani pomeriggio Kyriakos "
    "Mitsotakis, primo ministro della Grecia.",
])
def test_a_leader_received_by_name_after_the_day(text: str) -> None:
    events = analyze_texts((text, "2021-06-21"), lang="it").events
    assert events and set(events[0].participants) == {"abdel-fattah-el-sisi",
                                                      "kyriakos-mitsotakis"}
    assert events[0].status == "planned"


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Il presidente egiziano Abdel Fattah al Sisi riceverà domani il premio per la pace."),
    ("en", "Egyptian President Abdel Fattah al-Sisi will receive tomorrow the peace prize."),
    ("ru", "Президент Египта Абдель Фаттах ас-Сиси примет завтра решение о визите."),
])
def test_a_thing_received_is_no_contact(lang: str, text: str) -> None:
    assert not analyze_texts((text, "2021-06-21"), lang=lang).events
