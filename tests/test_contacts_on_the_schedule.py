"""A contact said to be on a leader's schedule ("в планах президента на вторник есть
телефонный разговор", "Putin's schedule for Tuesday includes a phone call", "nell'agenda
del presidente per martedì c'è una telefonata", "日程中有…通电话") is planned, not held
(found on a real Interfax-sourced item that confirmed a Putin-Macron call for Tuesday)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

ON_THE_SCHEDULE = [
    ("ru", "Москва. 3 мая. — В Кремле подтвердили, что в планах президента РФ Владимира "
           "Путина на вторник есть телефонный разговор с президентом Франции Эммануэлем "
           "Макроном."),
    ("en", "Moscow, May 3. The Kremlin confirmed that President Vladimir Putin's schedule for "
           "Tuesday includes a phone call with French President Emmanuel Macron."),
    ("it", "Mosca, 3 maggio. Il Cremlino ha confermato che nell'agenda del presidente Vladimir "
           "Putin per martedì c'è una telefonata con il presidente francese Emmanuel Macron."),
    ("zh", "克里姆林宫证实，俄罗斯总统普京周二的日程中有与法国总统马克龙通电话。"),
]


@pytest.mark.parametrize(("lang", "text"), ON_THE_SCHEDULE)
def test_a_contact_on_the_schedule_is_planned(lang: str, text: str) -> None:
    events = [e for e in analyze_texts((text, "2022-05-03"), lang=lang).events if e.reported_by]
    assert [(e.type, e.status, set(e.participants)) for e in events] == [
        ("phone_call", "planned", {"vladimir-putin", "emmanuel-macron"})], lang
