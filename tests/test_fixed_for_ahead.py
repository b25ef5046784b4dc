"""A contact "fixed for" a time ahead is planned ("Il colloquio telefonico con Xi è stato
fissato per la prima settimana di settembre", «разговор назначен на первую неделю
сентября"); one "fixed last week" and then held stays held (it/ru fail on the old main, en/zh
guard the same class). And an opening that tells a contact in the future, naming fewer than
two ("L'ultima telefonata sarà la più difficile"), does not outrank the announced one as a
held contact (it/zh fail on the old main)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

FIXED = [
    ("it", "Il colloquio telefonico tra il premier Mario Draghi e il presidente Xi Jinping è stato "
           "fissato per la prima settimana di settembre."),
    ("it", "Il premier Mario Draghi e il presidente Xi Jinping avranno un colloquio: la "
           "telefonata è stata fissata per martedì."),
    ("en", "The phone call between Prime Minister Mario Draghi and President Xi Jinping has been "
           "scheduled for the first week of September."),
    ("ru", "Телефонный разговор премьер-министра Марио Драги и председателя Си Цзиньпина "
           "назначен на первую неделю сентября."),
    ("zh", "德拉吉总理同习近平主席的通话定于9月第一周举行。"),
]


@pytest.mark.parametrize(("lang", "text"), FIXED, ids=[c[0] for c in FIXED])
def test_a_contact_fixed_for_later_is_planned(lang: str, text: str) -> None:
    analysis = analyze_texts((text, "2021-08-28"), lang=lang)
    assert [(e.type, e.status) for e in analysis.events] == [("phone_call", "planned")]


def test_a_meeting_fixed_last_week_and_held_stays_held() -> None:
    text = ("La premier Giorgia Meloni ha incontrato ieri al Quirinale il presidente Sergio "
            "Mattarella. L'incontro era stato fissato la settimana scorsa.")
    analysis = analyze_texts((text, "2024-11-28"), lang="it")
    assert [(e.type, e.status) for e in analysis.events] == [("meeting", "held")]


FUTURE_OPENING = [
    ("it", "L'ultima telefonata sarà la più difficile. Il premier Mario Draghi la prepara da "
           "giorni. Il colloquio telefonico con il presidente Xi Jinping è stato fissato per la "
           "prima settimana di settembre."),
    ("en", "The last call will be the hardest. Prime Minister Mario Draghi has been preparing it "
           "for days. The phone call with President Xi Jinping has been scheduled for the first "
           "week of September."),
    ("ru", "Последний разговор будет самым трудным. Премьер-министр Марио Драги готовится к нему "
           "несколько дней. Телефонный разговор с председателем Си Цзиньпином назначен на первую "
           "неделю сентября."),
    ("zh", "最后一次通话将是最艰难的。德拉吉总理为此准备了好几天。"
           "他同习近平主席的通话定于9月第一周举行。"),
]


@pytest.mark.parametrize(("lang", "text"), FUTURE_OPENING, ids=[c[0] for c in FUTURE_OPENING])
def test_an_opening_in_the_future_is_no_held_contact(lang: str, text: str) -> None:
    analysis = analyze_texts((text, "2021-08-28"), lang=lang)
    assert {(e.type, e.status) for e in analysis.events} == {("phone_call", "planned")}
