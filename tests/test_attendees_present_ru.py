"""Russian tells who else sat at the talks with "присутствовал(и)" ("С российской стороны на
встрече также присутствовали помощник президента Юрий Ушаков …, а с американской — …", "Со
стороны США на встрече присутствовал госсекретарь Джон Керри"), as English says "also present
at the meeting were" and Italian "erano presenti": those named are attendees of the story's
meeting, never a meeting each with its host. Russian had no such cue, so every attendee came
out a held meeting of his own with Putin. Seen on 3 real Russian items (Gazeta.ru relaying
TASS, News.mail.ru, a Steemit relay of RIA). Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts


@pytest.mark.parametrize("text", [
    "Владимир Путин провел в Кремле переговоры со Стивом Уиткоффом. С российской стороны на "
    "встрече также присутствовали помощник президента Юрий Ушаков и Кирилл Дмитриев, а с "
    "американской — Джаред Кушнер.",
    "Владимир Путин провел в Кремле переговоры со Стивом Уиткоффом. Юрий Ушаков и Кирилл "
    "Дмитриев также присутствовали на встрече.",
])
def test_those_present_are_attendees_not_parties(text: str) -> None:
    events = analyze_texts((text, "2025-12-03"), lang="ru").events
    assert [sorted(e.participants) for e in events] == [["steve-witkoff", "vladimir-putin"]]
    assert {"yury-ushakov", "kirill-dmitriev"} <= set(events[0].attendees)


def test_an_english_meeting_keeps_its_attendees() -> None:
    text = ("Vladimir Putin held talks with Steve Witkoff at the Kremlin. Also present at the "
            "meeting were Yuri Ushakov and Kirill Dmitriev.")
    events = analyze_texts((text, "2025-12-03"), lang="en").events
    assert [sorted(e.participants) for e in events] == [["steve-witkoff", "vladimir-putin"]]
    assert {"yury-ushakov", "kirill-dmitriev"} <= set(events[0].attendees)


def test_presence_at_meetings_in_general_is_no_attendance() -> None:
    # «присутствовать на встречах» alone names no one present at this meeting
    text = ("Владимир Путин провел в Кремле переговоры со Стивом Уиткоффом. Журналистам не "
            "разрешили присутствовать на встречах.")
    events = analyze_texts((text, "2025-12-03"), lang="ru").events
    assert [sorted(e.participants) for e in events] == [["steve-witkoff", "vladimir-putin"]]
    assert events[0].attendees == []


def test_those_taking_part_in_talks_under_way_are_attendees() -> None:
    # the present tense of a report written while the talks go on
    text = ("Владимир Путин проводит в Кремле переговоры со Стивом Уиткоффом. В них также "
            "принимают участие Юрий Ушаков и Кирилл Дмитриев.")
    events = analyze_texts((text, "2025-12-03"), lang="ru").events
    assert [sorted(e.participants) for e in events] == [["steve-witkoff", "vladimir-putin"]]
    assert {"yury-ushakov", "kirill-dmitriev"} <= set(events[0].attendees)
