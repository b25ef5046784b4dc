"""Who asked for a call, told of a capital standing for its government after the words of an
initiative or a request ("per iniziativa di Ankara", "at the initiative of Ankara", «по
инициативе Анкары», "应安卡拉的要求"), is that country's principal; and Italian "per
iniziativa della Turchia" says what "su iniziativa" does (it/en/ru/zh fail on the old main).
A capital named with no such words asks for nothing ("il piano proposto da Pechino")."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

CASES = [
    ("it", "Il presidente russo Vladimir Putin ha avuto oggi una conversazione telefonica con il "
           "presidente turco Recep Tayyip Erdogan. La conversazione si è tenuta per iniziativa "
           "di Ankara."),
    ("it", "Il presidente russo Vladimir Putin ha avuto oggi una conversazione telefonica con il "
           "presidente turco Recep Tayyip Erdogan. La conversazione si è tenuta per iniziativa "
           "della Turchia."),
    ("en", "Russian President Vladimir Putin held a phone call with Turkish President Recep "
           "Tayyip Erdogan on Saturday. The call was held at the initiative of Ankara."),
    ("ru", "Президент России Владимир Путин провёл в субботу телефонный разговор с президентом "
           "Турции Реджепом Тайипом Эрдоганом. Разговор состоялся по инициативе Анкары."),
    ("zh", "俄罗斯总统普京6日同土耳其总统埃尔多安通电话。此次通话是应安卡拉的要求举行的。"),
]


@pytest.mark.parametrize(("lang", "text"), CASES, ids=[c[0] for c in CASES])
def test_a_capital_asking_for_the_call_names_its_leader(lang: str, text: str) -> None:
    analysis = analyze_texts((text, "2019-07-06"), lang=lang)
    assert [(e.type, e.initiated_by) for e in analysis.events] == [
        ("phone_call", "recep-tayyip-erdogan")]


@pytest.mark.parametrize("text", [
    "Il presidente Vladimir Putin ha avuto oggi una conversazione telefonica con il presidente "
    "Xi Jinping. I due hanno parlato anche del piano proposto da Pechino.",
    "Il presidente Vladimir Putin ha avuto oggi una conversazione telefonica con il presidente "
    "Xi Jinping. Si è parlato anche del pagamento in rubli, richiesto da Mosca per il gas.",
])
def test_a_capital_with_no_request_asks_for_nothing(text: str) -> None:
    analysis = analyze_texts((text, "2023-03-01"), lang="it")
    assert [(e.type, e.initiated_by) for e in analysis.events] == [("phone_call", None)]
