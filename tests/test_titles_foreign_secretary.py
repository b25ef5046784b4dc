"""The British Foreign Secretary as the press names him ('il segretario di Stato britannico',
'British Foreign Secretary', 'министр иностранных дел Великобритании', '英国外交大臣') is the
holder of that office, never the American Secretary of State: one party, no phantom (it/en/
ru/zh). Texts written for these tests."""

import pytest
from test_contacts import analyze_texts


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Il ministro degli Esteri Antonio Tajani ha incontrato il segretario di Stato "
           "britannico David Cameron."),
    ("it", "Il ministro degli Esteri Antonio Tajani ha incontrato il segretario di Stato "
           "britannico."),
    ("en", "Foreign Minister Antonio Tajani met British Foreign Secretary David Cameron."),
    ("ru", "Министр иностранных дел Италии Антонио Таяни встретился с министром иностранных "
           "дел Великобритании Дэвидом Кэмероном."),
    ("zh", "意大利外长塔亚尼同英国外交大臣卡梅伦举行会谈。"),
])
def test_the_british_foreign_secretary_is_no_american(lang: str, text: str) -> None:
    events = analyze_texts((text, "2024-03-10"), lang=lang).events
    assert [sorted(e.participants) for e in events] == [["antonio-tajani", "david-cameron"]]


def test_the_american_secretary_of_state_is_still_his_office_holder() -> None:
    events = analyze_texts(("Tajani ha incontrato il segretario di Stato americano.",
                            "2024-03-10"), lang="it").events
    assert [sorted(e.participants) for e in events] == [["antonio-tajani", "antony-blinken"]]
