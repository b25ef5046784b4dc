"""A contact's day told in the opening sentence before the lead, which names nobody ("…суть
переговоров, которые прошли в Кремле поздно вечером 2 ноября. Встреча Путина и Уиткоффа…"),
is the lead's; and a bare "накануне" (the day before) is a day, "накануне переговоров" (on the
eve of the talks) none."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, held

from readouts.extract.time.dates import find_dates

OPENINGS = [
    ("ru", "Стороны договорились не раскрывать содержание переговоров, которые прошли в Кремле "
           "поздно вечером 2 ноября и закончились за полночь. Встреча президента России "
           "Владимира Путина и премьер-министра Индии Нарендры Моди носила закрытый характер, "
           "сообщил Юрий Ушаков."),
    ("en", "The two sides agreed not to disclose the substance of the talks, which took place "
           "at the Kremlin late in the evening of November 2 and ended after midnight. The "
           "meeting between Russian President Vladimir Putin and Indian Prime Minister "
           "Narendra Modi was held behind closed doors, Yuri Ushakov said."),
    ("it", "Le parti hanno concordato di non rivelare il contenuto dei colloqui, che si sono "
           "svolti al Cremlino la sera tardi del 2 novembre e si sono conclusi dopo mezzanotte. "
           "L'incontro tra il presidente russo Vladimir Putin e il premier indiano Narendra "
           "Modi si è svolto a porte chiuse, ha detto Yuri Ushakov."),
]


@pytest.mark.parametrize(("lang", "text"), OPENINGS)
def test_the_day_of_the_talks_told_before_the_lead_is_the_leads(lang: str, text: str) -> None:
    events = held(analyze_texts((text, "2026-11-04"), lang=lang))
    assert [(set(e.participants), e.date, e.part_of_day) for e in events] == [
        ({"vladimir-putin", "narendra-modi"}, "2026-11-02", "evening")], (lang, events)


@pytest.mark.parametrize(("text", "day"), [
    ("Накануне Путин провёл телефонный разговор с Эрдоганом.", ["2026-03-09"]),
    ("Путин накануне провёл переговоры с Эрдоганом.", ["2026-03-09"]),
    ("Накануне переговоров с Эрдоганом Путин выступил с заявлением.", []),
    ("Накануне своего визита в Анкару Путин дал интервью.", []),
    ("Накануне Дня Победы Путин позвонил Эрдогану.", []),
])
def test_a_bare_eve_is_the_day_before(text: str, day: list[str]) -> None:
    assert [d.value for d in find_dates(text, "ru", "2026-03-10")] == day


def test_a_call_mentioned_as_held_the_day_before_is_dated() -> None:
    text = ("Президент России Владимир Путин в среду провёл переговоры с Реджепом Тайипом "
            "Эрдоганом в Анкаре. Накануне Путин провёл телефонный разговор с Нарендрой Моди.")
    events = analyze_texts((text, "2026-03-11"), lang="ru").events
    calls = [(e.type, set(e.participants), e.date) for e in events if e.type == "phone_call"]
    assert calls == [("phone_call", {"vladimir-putin", "narendra-modi"}, "2026-03-10")], events
