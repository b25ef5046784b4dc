"""A contact being arranged, prepared or weighed is ahead, not held: "is arranging a phone
conversation between", "preparations were underway to meet", "the possibility of a phone
call between", "the meeting could potentially occur in February", "sta organizzando una
telefonata", "i preparativi per un incontro", "готовят встречу", "正在安排…通电话"."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

KISHIDA_XI = {"fumio-kishida", "xi-jinping"}
PUTIN_TRUMP = {"vladimir-putin", "donald-trump"}

CASES = [
    ("en", "Tokyo is arranging a phone conversation between Prime Minister Fumio Kishida and "
           "President Xi Jinping, a broadcaster reported.", KISHIDA_XI, "phone_call"),
    ("en", "Japan's foreign minister raised the possibility of a phone call between Prime "
           "Minister Fumio Kishida and President Xi Jinping.", KISHIDA_XI, "phone_call"),
    ("en", "Preparations for a meeting between Vladimir Putin and Donald Trump were underway, "
           "a Kremlin aide said.", PUTIN_TRUMP, "meeting"),
    ("en", "A senior lawmaker said the meeting between Vladimir Putin and Donald Trump could "
           "potentially occur in February or March.", PUTIN_TRUMP, "meeting"),
    ("it", "Il governo giapponese sta organizzando una telefonata tra il primo ministro Fumio "
           "Kishida e il presidente cinese Xi Jinping.", KISHIDA_XI, "phone_call"),
    ("it", "Sono in corso i preparativi per un incontro tra Vladimir Putin e Donald Trump.",
     PUTIN_TRUMP, "meeting"),
    ("ru", "В Кремле готовят встречу Владимира Путина и Дональда Трампа.", PUTIN_TRUMP,
     "meeting"),
    ("zh", "日方正在安排岸田文雄首相同习近平主席通电话。", KISHIDA_XI, "phone_call"),
]


@pytest.mark.parametrize(("lang", "text", "parties", "kind"), CASES)
def test_a_contact_being_arranged_is_planned(lang: str, text: str, parties: set[str],
                                             kind: str) -> None:
    events = [e for e in analyze_texts((text, "2021-10-08"), lang=lang).events
              if e.reported_by]
    assert events, text
    assert (events[0].type, events[0].status) == (kind, "planned"), events[0].to_json()
    assert set(events[0].participants) == parties, events[0].participants


def test_a_call_prepared_with_care_and_held_stays_held() -> None:
    events = [e for e in analyze_texts((
        "Il presidente Putin ha avuto ieri un colloquio con Trump, preparato con cura dagli "
        "sherpa.", "2021-10-08"), lang="it").events if e.reported_by]
    assert events and events[0].status == "held", [e.to_json() for e in events]
