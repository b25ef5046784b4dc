"""A leader received by another on a named day and part of day ("ha ricevuto mercoledì
pomeriggio al Quirinale il re", "received on Wednesday afternoon") met him then."""

import pytest
from test_contacts import analyze_texts

RECEIVED = {
    "it": "Il presidente Sergio Mattarella ha ricevuto mercoledì pomeriggio al Quirinale il re "
          "Carlo III, in visita di Stato in Italia.",
    "en": "President Sergio Mattarella received King Charles III at the Quirinale on Wednesday "
          "afternoon, during the King's state visit to Italy.",
    "ru": "Президент Италии Серджо Маттарелла в среду днем принял в Квиринальском дворце короля "
          "Карла III.",
    "zh": "意大利总统马塔雷拉4月9日下午在奎里纳莱宫接见英国国王查尔斯三世。",
}


@pytest.mark.parametrize("lang", sorted(RECEIVED))
def test_received_on_a_weekday_afternoon(lang: str) -> None:
    analysis = analyze_texts((RECEIVED[lang], "2025-04-10"))
    reported = [e for e in analysis.events if e.reported_by]
    assert [(e.type, set(e.participants), e.date, e.part_of_day) for e in reported] == [
        ("meeting", {"sergio-mattarella", "charles-iii"}, "2025-04-09", "afternoon")]
