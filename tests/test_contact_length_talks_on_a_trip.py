"""The length of talks held on a trip is not the visit's: "Путин прилетел вчера в Индию с
двухдневным официальным визитом ... Вчера у него с Моди состоялись неформальные переговоры,
которые длились 2,5 часа" gives the visit no duration (found on a real Mail.ru News item,
held-out 11, which gave the two-day visit 150 minutes). A visit paid to the person, whose
talk is the visit itself, keeps the talk's length. (Chinese types such a lead's contact as the
talks held on the trip, whose length it then is.)"""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2025-12-05"
PAIR = {"vladimir-putin", "narendra-modi"}

CASES = [
    ("ru", "Президент России Владимир Путин прибыл в Индию с двухдневным государственным "
           "визитом. Вчера у него с премьер-министром Нарендрой Моди состоялись неформальные "
           "переговоры, которые длились 2,5 часа."),
    ("en", "Russian President Vladimir Putin arrived in India on a two-day state visit. On "
           "Thursday evening he held informal talks with Prime Minister Narendra Modi, which "
           "lasted two and a half hours."),
    ("it", "Il presidente russo Vladimir Putin è arrivato in India per una visita di Stato di "
           "due giorni. Ieri sera ha avuto un colloquio informale con il primo ministro Narendra "
           "Modi, durato due ore e mezza."),
]


@pytest.mark.parametrize(("lang", "text"), CASES, ids=[c[0] for c in CASES])
def test_the_visit_takes_no_length_of_its_talks(lang: str, text: str) -> None:
    visits = [e for e in analyze_texts((text, PAGE), lang=lang).events
              if e.reported_by and e.type == "visit"]
    assert [(set(e.participants), e.duration_minutes) for e in visits] == [(PAIR, None)], \
        [e.to_json() for e in visits]


def test_a_visit_paid_to_the_person_keeps_its_talks_length() -> None:
    text = ("Il presidente Sergio Mattarella ha fatto ieri una visita di congedo a Papa Leone "
            "XIV. Il colloquio privato tra i due è durato circa quaranta minuti.")
    reported = [e for e in analyze_texts((text, "2025-10-15"), lang="it").events
                if e.reported_by]
    assert [(e.type, e.duration_minutes) for e in reported] == [("visit", 40)], \
        [e.to_json() for e in reported]
