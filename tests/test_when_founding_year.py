"""The year a place was built or a body founded ("在这座始建于1917年的庄园里", "в усадьбе,
построенной в 1917 году", "at the estate, built in 1917", "nella tenuta, costruita nel 1917")
is no contact's date: a meeting named beside it is the story's, not one held that year."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

TEXTS = {
    "zh": "当地时间11月15日,国家主席习近平在旧金山同美国总统拜登举行会晤。\n\n"
          "在这座始建于1917年的乡村庄园里,两国元首的会晤为两国关系注入了稳定性。",
    "ru": "Президент Китая Си Цзиньпин и президент США Джо Байден провели переговоры 15 ноября "
          "под Сан-Франциско.\n\nВ усадьбе, построенной в 1917 году, встреча Си Цзиньпина и "
          "Байдена прошла в спокойной обстановке.",
    "en": "Chinese President Xi Jinping and US President Joe Biden held talks on November 15 near "
          "San Francisco.\n\nAt the estate, built in 1917, the meeting between Xi and Biden was "
          "calm.",
    "it": "Il presidente cinese Xi Jinping e il presidente americano Joe Biden hanno avuto un "
          "colloquio il 15 novembre vicino a San Francisco.\n\nNella tenuta, costruita nel 1917, "
          "l'incontro tra Xi e Biden è stato sereno.",
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_a_founding_year_dates_no_meeting(lang: str) -> None:
    analysis = analyze_texts((TEXTS[lang], "2023-11-17"), lang=lang)
    dates = sorted(str(e.date) for e in analysis.events)
    assert dates == ["2023-11-15"], [e.to_json() for e in analysis.events]
