"""A meeting that is a visit paid to the person (by the it10 convention: a farewell visit, the
Pope's official visit to the President and the President's to the Pope) is a `visit` also
where the account says so further on than the sentence after its lead ("… si legge nel
comunicato relativo alla visita di congedo del presidente Mattarella"), in a sentence that
names one of its parties and nobody else; and where the Pope's errand is told at length
("Papa Francesco ha lasciato il Vaticano in auto, …, per la visita ufficiale al presidente
della Repubblica"). Found on a real SIR item and a real DiariodelWeb item (held-out 18,
h18it-017 and h18it-020: both came out as meetings). Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

FAREWELL_LATER = [
    ("it", "È durato circa quaranta minuti il colloquio privato tra il Papa e il presidente "
           "della Repubblica, Sergio Mattarella. Al termine sono stati scambiati i doni. "
           "Il presidente ha poi salutato i collaboratori del Pontefice. Nel comunicato "
           "sulla visita di congedo del presidente Mattarella si ricordano i sette anni di "
           "mandato."),
    ("en", "The private talk between Pope Francis and President Sergio Mattarella lasted "
           "about forty minutes. Gifts were exchanged at the end. The President then greeted "
           "the Pope's staff. The statement on the farewell visit of President Mattarella "
           "recalled his seven years in office."),
    ("ru", "Частная беседа Папы Римского Франциска и президента Италии Серджо Маттареллы "
           "продлилась около сорока минут. В конце они обменялись подарками. Затем президент "
           "поприветствовал сотрудников Папы. В заявлении о прощальном визите президента "
           "Маттареллы напомнили о семи годах его мандата."),
    ("zh", "教宗方济各与意大利总统马塔雷拉举行了约四十分钟的私人会谈。双方在会谈结束时互赠礼物。"
           "随后总统向教宗的工作人员致意。关于马塔雷拉辞行拜会的声明回顾了他七年的任期。"),
]


@pytest.mark.parametrize(("lang", "text"), FAREWELL_LATER)
def test_a_farewell_visit_named_further_on_makes_the_meeting_a_visit(lang: str,
                                                                    text: str) -> None:
    events = analyze_texts((text, "2021-12-16"), lang=lang).events
    assert events and events[0].type == "visit", [e.to_json() for e in events]
    assert set(events[0].participants) == {"pope-francis", "sergio-mattarella"}


def test_a_farewell_visit_of_a_third_person_leaves_the_meeting_a_meeting() -> None:
    text = ("È durato circa quaranta minuti il colloquio privato tra il Papa e il presidente "
            "della Repubblica, Sergio Mattarella. Al termine sono stati scambiati i doni. Il "
            "presidente ha poi salutato i collaboratori del Pontefice. La settimana scorsa il "
            "Papa aveva ricevuto la cancelliera Angela Merkel in visita di congedo.")
    events = analyze_texts((text, "2021-12-16"), lang="it").events
    assert events and events[0].type == "meeting"


POPE_ERRAND = [
    ("it", "Alle 10.45 di questa mattina Papa Francesco ha lasciato il Vaticano in auto, "
           "seguito dal corteo, per recarsi al Quirinale, per la visita ufficiale al "
           "presidente della Repubblica Sergio Mattarella."),
    ("en", "At 10:45 this morning Pope Francis left the Vatican by car, followed by his "
           "entourage, for his official visit to President Sergio Mattarella at the Quirinal "
           "Palace."),
    ("ru", "Сегодня в 10:45 Папа Римский Франциск выехал из Ватикана на автомобиле, чтобы "
           "нанести официальный визит президенту Италии Серджо Маттарелле."),
]


@pytest.mark.parametrize(("lang", "text"), POPE_ERRAND)
def test_the_popes_official_visit_to_the_president_is_a_visit(lang: str, text: str) -> None:
    events = analyze_texts((text, "2017-06-10"), lang=lang).events
    assert events and events[0].type == "visit", [e.to_json() for e in events]
    assert set(events[0].participants) == {"pope-francis", "sergio-mattarella"}
