"""The time a newsroom told its readers is no contact's time: "come vi abbiamo raccontato in
mattinata, Renzi ha incontrato Putin", "as we reported this morning, Renzi met Putin", "как мы
сообщали утром, Ренци встретился с Путиным" tell no morning meeting (found on a real
Leonardo item whose afternoon Kremlin talks came out as a morning meeting)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

RENZI_PUTIN = {"matteo-renzi", "vladimir-putin"}
TEXTS = {
    "it": "Dopo aver deposto dei fiori per Nemtsov, come vi abbiamo raccontato in mattinata, "
          "Renzi ha incontrato al Cremlino Vladimir Putin.",
    "en": "After laying flowers for Nemtsov, as we reported this morning, Renzi met Vladimir "
          "Putin at the Kremlin.",
    "ru": "Возложив цветы в память о Немцове, как мы сообщали утром, Ренци встретился в Кремле с "
          "Владимиром Путиным.",
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_the_time_the_news_was_told_is_no_part_of_day(lang: str) -> None:
    analysis = analyze_texts((TEXTS[lang], "2015-03-05"), lang=lang)
    found = [(e.type, e.date, e.part_of_day) for e in analysis.events
             if set(e.participants) == RENZI_PUTIN]
    assert found == [("meeting", "2015-03-05", None)], [e.to_json() for e in analysis.events]


def test_a_morning_of_the_contact_stays() -> None:
    text = "In mattinata Renzi ha incontrato al Cremlino Vladimir Putin."
    found = [e.part_of_day for e in analyze_texts((text, "2015-03-05"), lang="it").events]
    assert found == ["morning"], found
