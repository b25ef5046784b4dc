"""A contact only "not ruled out" ("Non è esclusa … una visita per incontrare Macron", "did
not rule out a meeting", «не исключил встречи», "不排除…会晤") is neither held nor planned: no
contact is told, whether the phrase comes before the contact, over commas, or in its clause
(it/en/ru/zh fail on the old main). A held contact before the phrase stays."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

MENTIONED = [
    ("it", "Il premier Giorgia Meloni ha incontrato oggi a Berlino il cancelliere Olaf Scholz. "
           "Non è esclusa, inoltre, la prossima settimana una visita a Parigi per incontrare il "
           "presidente Emmanuel Macron."),
    ("it", "Il premier Giorgia Meloni ha incontrato oggi a Berlino il cancelliere Olaf Scholz. "
           "Il presidente Emmanuel Macron ha detto di non aver mai escluso un colloquio con "
           "Meloni."),
    ("en", "Prime Minister Giorgia Meloni met Chancellor Olaf Scholz in Berlin on Friday. A trip "
           "to Paris next week to meet President Emmanuel Macron is not ruled out."),
    ("en", "Prime Minister Giorgia Meloni met Chancellor Olaf Scholz in Berlin on Friday. She "
           "didn't rule out a meeting with President Emmanuel Macron, aides said."),
    ("ru", "Премьер-министр Джорджа Мелони в пятницу встретилась в Берлине с канцлером Олафом "
           "Шольцем. Не исключено, что на следующей неделе она встретится с президентом "
           "Эммануэлем Макроном."),
    ("ru", "Премьер-министр Джорджа Мелони в пятницу встретилась в Берлине с канцлером Олафом "
           "Шольцем. Мелони не исключила встречи с президентом Эммануэлем Макроном."),
    ("zh", "意大利总理梅洛尼周五在柏林会见德国总理朔尔茨。梅洛尼不排除下周与法国总统马克龙会晤。"),
]


@pytest.mark.parametrize(("lang", "text"), MENTIONED, ids=[c[0] for c in MENTIONED])
def test_a_contact_not_ruled_out_is_none(lang: str, text: str) -> None:
    analysis = analyze_texts((text, "2023-02-03"), lang=lang)
    assert [(e.status, sorted(e.participants)) for e in analysis.events] == [
        ("held", ["giorgia-meloni", "olaf-scholz"])]


LEADS = [
    ("it", "Il presidente Emmanuel Macron non esclude un incontro con la premier Giorgia Meloni "
           "nei prossimi giorni."),
    ("en", "President Emmanuel Macron has not ruled out a meeting with Prime Minister Giorgia "
           "Meloni in the coming days."),
    ("ru", "Президент Эммануэль Макрон не исключает встречи с премьер-министром Джорджей Мелони "
           "в ближайшие дни."),
    ("zh", "法国总统马克龙不排除近日同意大利总理梅洛尼举行会晤。"),
]


@pytest.mark.parametrize(("lang", "text"), LEADS, ids=[c[0] for c in LEADS])
def test_a_lead_not_ruling_out_tells_no_contact(lang: str, text: str) -> None:
    analysis = analyze_texts((text, "2023-02-03"), lang=lang)
    assert analysis.events == []


def test_a_held_contact_before_the_phrase_stays() -> None:
    text = ("Il vertice tra Joe Biden e Xi Jinping è iniziato alle 10.30 e dovrebbe durare due "
            "ore, ma non è escluso che possa prolungarsi.")
    analysis = analyze_texts((text, "2022-11-14"), lang="it")
    assert [(e.status, sorted(e.participants)) for e in analysis.events] == [
        ("held", ["joe-biden", "xi-jinping"])]
