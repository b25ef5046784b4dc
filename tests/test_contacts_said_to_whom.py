"""The time someone confirmed a contact to a named outlet ("confirmed to TimesLIVE earlier on
Thursday morning", "ha confermato all'Ansa giovedì mattina", «подтвердила ТАСС в четверг
утром», "周四上午向《时报》证实") is when the words were said, not the contact's part of day.
Every text here is written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

CONFIRMED = {
    "en": ("Cyril Ramaphosa had a phone call with Volodymyr Zelensky. The Ukrainian ambassador "
           "confirmed to TimesLIVE earlier on Thursday morning that the call did take place."),
    "it": ("Cyril Ramaphosa ha avuto una telefonata con Volodymyr Zelensky. L'ambasciatrice "
           "ucraina ha confermato all'Ansa giovedì mattina che la telefonata c'è stata."),
    "ru": ("Сирил Рамафоса провел телефонный разговор с Владимиром Зеленским. Посол Украины "
           "подтвердила ТАСС в четверг утром, что разговор состоялся."),
    "zh": "拉马福萨同泽连斯基通电话。乌克兰驻南非大使周四上午向《时报》证实，这次通话确实举行了。",
}


@pytest.mark.parametrize("lang", sorted(CONFIRMED))
def test_the_time_of_a_confirmation_is_not_the_call_s(lang: str) -> None:
    analysis = analyze_texts((CONFIRMED[lang], "2022-04-21"), lang=lang)
    assert [e.part_of_day for e in analysis.events if e.reported_by] == [None]
