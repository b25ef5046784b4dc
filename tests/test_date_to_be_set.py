"""A contact whose date is still to be agreed ("a date for a phone call is expected to be
agreed soon"), or one only possible ("potrebbe tenere una telefonata"), is planned, never
held on the day of the news."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

DATE_TO_BE_SET = [
    ("it", "Mosca, 23 gen. - Il Cremlino prevede che venga concordata presto una data per un "
           "colloquio telefonico tra il presidente Vladimir Putin e il presidente americano "
           "Donald Trump. Lo ha detto oggi il portavoce Dmitry Peskov."),
    ("en", "The Kremlin expects a date for a telephone conversation between President Vladimir "
           "Putin and President Donald Trump to be agreed soon, spokesman Dmitry Peskov told "
           "reporters on Monday."),
    ("ru", "В Кремле рассчитывают, что в ближайшее время будет согласована дата телефонного "
           "разговора Владимира Путина и Дональда Трампа, сообщил журналистам Дмитрий Песков."),
    ("zh", "克里姆林宫发言人佩斯科夫23日表示，"
           "俄方希望尽快与美方商定普京总统同特朗普总统通话的时间。"),
]


@pytest.mark.parametrize(("lang", "text"), DATE_TO_BE_SET, ids=[c[0] for c in DATE_TO_BE_SET])
def test_a_contact_whose_date_is_to_be_agreed_is_planned(lang: str, text: str) -> None:
    analysis = analyze_texts((text, "2017-01-23"), lang=lang)
    reported = [e for e in analysis.events if e.reported_by]
    assert [(e.type, e.status, set(e.participants)) for e in reported] == [
        ("phone_call", "planned", {"vladimir-putin", "donald-trump"})]


DATE_NOT_SET = [
    ("ru", "Песков заявил, что дата встречи Владимира Путина и Дональда Трампа пока не "
           "определена."),
    ("zh", "佩斯科夫表示，双方正在确定普京与特朗普会晤的日期。"),
]


@pytest.mark.parametrize(("lang", "text"), DATE_NOT_SET, ids=[c[0] for c in DATE_NOT_SET])
def test_a_meeting_whose_date_is_not_yet_set_is_planned_and_undated(lang: str, text: str) -> None:
    analysis = analyze_texts((text, "2025-09-13"), lang=lang)
    reported = [e for e in analysis.events if e.reported_by]
    assert [(e.type, e.status, e.date) for e in reported] == [("meeting", "planned", None)]


def test_a_contact_only_possible_in_the_conditional_is_planned() -> None:
    analysis = analyze_texts((
        "Roma, 11 nov. - Il presidente russo Vladimir Putin potrebbe tenere nel pomeriggio una "
        "conversazione telefonica con il presidente turco Recep Tayyip Erdogan, ha riferito il "
        "portavoce del Cremlino Dmitri Peskov.", "2025-11-11"), lang="it")
    reported = [e for e in analysis.events if e.reported_by]
    assert [(e.status, e.part_of_day) for e in reported] == [("planned", "afternoon")]


def test_a_held_contact_naming_its_date_stays_held() -> None:
    analysis = analyze_texts((
        "Il presidente del Consiglio Giorgia Meloni ha avuto ieri un colloquio telefonico con "
        "il presidente francese Emmanuel Macron. I due leader hanno fissato la data del "
        "prossimo vertice intergovernativo.", "2025-03-14"), lang="it")
    reported = [e for e in analysis.events if e.reported_by]
    assert [(e.status, e.date) for e in reported] == [("held", "2025-03-13")]
