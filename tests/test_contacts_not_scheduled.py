"""A contact said to be on nobody's schedule ("Lula non ha invece in programma un incontro con
la premier", "Встречи с Мелони не запланировано", "没有安排与梅洛尼会面") is no contact,
neither held nor planned; the contact the story does announce stays."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

LULA_MATTARELLA = {"luiz-inacio-lula-da-silva", "sergio-mattarella"}

NOT_SCHEDULED = [
    ("it", "Il presidente brasiliano Luiz Inacio Lula da Silva incontrerà domani il presidente "
           "Sergio Mattarella al Quirinale. Secondo O Globo, Lula non ha invece in programma un "
           "incontro con la premier Giorgia Meloni, che oggi è a Parigi."),
    ("en", "Brazilian President Luiz Inacio Lula da Silva will meet President Sergio Mattarella "
           "at the Quirinale tomorrow. Lula has no meeting scheduled with Prime Minister Giorgia "
           "Meloni, who is in Paris today."),
    ("ru", "Президент Бразилии Луис Инасиу Лула да Силва встретится завтра с президентом Италии "
           "Серджо Маттареллой. Встречи Лулы с премьер-министром Джорджей Мелони не "
           "запланировано."),
    ("zh", "巴西总统卢拉将于明天会见意大利总统马塔雷拉。卢拉没有安排与意大利总理梅洛尼会面。"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_SCHEDULED)
def test_a_contact_on_nobodys_schedule_is_no_contact(lang: str, text: str) -> None:
    events = analyze_texts((text, "2023-06-20"), lang=lang).events
    assert [set(e.participants) for e in events] == [LULA_MATTARELLA], \
        (lang, [e.to_json() for e in events])
    assert events[0].status == "planned", (lang, events[0].to_json())
