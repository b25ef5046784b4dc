"""A recent meeting the two sides look back on during a call is an earlier contact of the
two, in every language: "il recente incontro", "the recent meeting", "недавняя встреча",
"不久前……会晤". Where a relative clause right after the meeting tells of it ("…встречи,
которая прошла в Кремле … во главе с Мирзиёевым"), the leader it names is one of its
parties, and "both sides" (обе стороны, entrambe le parti) are the call's two principals.
Found on a stranger text (Sputnik Uzbekistan, a Putin-Mirziyoyev call looking back on a
Kremlin meeting a week before). A relative clause away from the cue still keeps its names to
itself. Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PUTIN, MIRZIYOYEV, LUKASHENKO = "vladimir-putin", "shavkat-mirziyoyev", "alexander-lukashenko"

RECENT = [
    ("it", "Vladimir Putin e Shavkat Mirziyoyev hanno avuto un colloquio telefonico. Le parti "
           "hanno espresso soddisfazione per i risultati del recente incontro bilaterale, che "
           "si è svolto al Cremlino."),
    ("en", "Vladimir Putin and Shavkat Mirziyoyev held a telephone conversation. Both sides "
           "welcomed the results of the recent bilateral meeting, which took place in the "
           "Kremlin during the visit of a delegation led by Mirziyoyev."),
    ("ru", "Владимир Путин и Шавкат Мирзиёев провели телефонный разговор. Обе стороны "
           "отметили итоги недавней двусторонней встречи, которая прошла в Кремле в ходе "
           "визита делегации во главе с Мирзиёевым."),
    ("zh", "普京同米尔济约耶夫通电话。双方对不久前在克里姆林宫举行的双边会晤成果表示满意。"),
]


@pytest.mark.parametrize(("lang", "text"), RECENT)
def test_a_recent_meeting_looked_back_on_is_an_earlier_contact(lang: str, text: str) -> None:
    events = analyze_texts((text, "2020-07-02"), lang=lang).events
    found = {(e.type, e.status, tuple(sorted(e.participants))) for e in events}
    assert found == {("phone_call", "held", (MIRZIYOYEV, PUTIN)),
                     ("meeting", "held", (MIRZIYOYEV, PUTIN))}, found


def test_a_relative_clause_away_from_the_cue_keeps_its_names() -> None:
    text = ("Vladimir Putin and Shavkat Mirziyoyev held a telephone conversation. Both sides "
            "recalled the recent meeting in Moscow with Alexander Lukashenko, who had arrived "
            "the day before.")
    events = analyze_texts((text, "2020-07-02"), lang="en").events
    meetings = [sorted(e.participants) for e in events if e.type == "meeting"]
    assert all(PUTIN not in parties or LUKASHENKO in parties for parties in meetings), meetings
