"""A later sentence telling a call of the same kind whose subject is a leader the reported
contact does not hold ("Ieri il presidente russo aveva avuto un colloquio telefonico con
Macron", after Macron's call with Zelensky) is another contact, mentioned, even when dated
within a day of the reported one; and a sentence opening on its date ("Il 10 marzo Putin
aveva avuto …", "10 марта Путин провёл …") past the first line is no wire dateline that
would redate the lead. Found on a real Tag43 item (h7it-009). Texts written for these
tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2022-03-19"
LEAD = {
    "it": "Il presidente Emmanuel Macron ha avuto oggi una telefonata con il presidente ucraino "
          "Volodymyr Zelensky. ",
    "en": "French President Emmanuel Macron held a phone call with Ukrainian President Volodymyr "
          "Zelensky today. ",
    "ru": "Президент Франции Эмманюэль Макрон сегодня провел телефонный разговор с президентом "
          "Украины Владимиром Зеленским. ",
}


def _events(lang: str, line: str) -> list[tuple]:
    events = analyze_texts((LEAD[lang] + line, PAGE), lang=lang).events
    return sorted((bool(e.reported_by), sorted(e.participants), e.date) for e in events)


@pytest.mark.parametrize(("lang", "line"), [
    ("it", "Ieri il presidente russo aveva avuto un colloquio telefonico con Macron."),
    ("it", "Ieri Putin aveva avuto un colloquio telefonico con Macron."),
    ("en", "Yesterday the Russian president had a phone call with Macron."),
])
def test_a_call_of_another_subject_within_a_day_is_mentioned(lang: str, line: str) -> None:
    assert _events(lang, line) == [
        (False, ["emmanuel-macron", "vladimir-putin"], "2022-03-18"),
        (True, ["emmanuel-macron", "volodymyr-zelenskyy"], PAGE)]


@pytest.mark.parametrize(("lang", "line"), [
    ("it", "Il 10 marzo Putin aveva avuto un colloquio telefonico con Macron."),
    ("en", "March 10 saw Putin hold a phone call with Macron."),
    ("ru", "10 марта Путин провел телефонный разговор с Макроном."),
])
def test_a_sentence_opening_on_a_date_is_no_dateline(lang: str, line: str) -> None:
    assert _events(lang, line) == [
        (False, ["emmanuel-macron", "vladimir-putin"], "2022-03-10"),
        (True, ["emmanuel-macron", "volodymyr-zelenskyy"], PAGE)]
