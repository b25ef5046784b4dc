"""A handshake of two leaders is a meeting in person («Лидеры обменялись рукопожатиями»,
«Зеленский пожал руку Путину», «пожали друг другу руки»): Russian named no contact where a
welcome ceremony's handshake was the only word for it. Seen on NTV (Medvedev welcomed by Lula,
held-out 22) and, beside other cues, on four real items of the Normandy and Geneva summits.
Not a handshake refused («не пожал руку») nor one only offered («готов пожать руку»). Texts
written for these tests."""

import pytest
from test_contacts import analyze_texts

PAGE = "2010-05-14"


@pytest.mark.parametrize(("text", "pair"), [
    ("Президент Бразилии Лула да Силва вышел навстречу Дмитрию Медведеву. Лидеры обменялись "
     "рукопожатиями, а оркестр исполнил гимны.",
     ["dmitry-medvedev", "luiz-inacio-lula-da-silva"]),
    ("Дмитрий Медведев пожал руку Ху Цзиньтао у входа во дворец.",
     ["dmitry-medvedev", "hu-jintao"]),
    ("Дмитрий Медведев и Ху Цзиньтао пожали друг другу руки у входа во дворец.",
     ["dmitry-medvedev", "hu-jintao"]),
])
def test_a_handshake_is_a_meeting(text: str, pair: list[str]) -> None:
    events = analyze_texts((text, PAGE), lang="ru").events
    assert [(e.type, e.status, sorted(e.participants)) for e in events] == [
        ("meeting", "held", pair)]


@pytest.mark.parametrize("text", [
    "Дмитрий Медведев не пожал руку Ху Цзиньтао.",
    "Дмитрий Медведев готов пожать руку Ху Цзиньтао.",
])
def test_no_handshake_no_meeting(text: str) -> None:
    events = analyze_texts((text, PAGE), lang="ru").events
    assert [e for e in events if e.status == "held"] == []
