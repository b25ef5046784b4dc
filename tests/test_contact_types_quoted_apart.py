"""A call whose words are quoted apart from their medium ('un " cordiale colloquio "
telefonico', 'una "lunga conversazione" telefonica') is a phone call, not a bare talk read as
a meeting (found on a real Il Giornale item, h11it-009). English, Russian and Chinese put the
medium in its own words ("by phone", «по телефону», 电话) and read right already; they stay
here as the class's other forms."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2022-12-21"

QUOTED = [
    ("it", 'Tra Giorgia Meloni e Volodymyr Zelensky si è tenuto un " cordiale colloquio " '
           "telefonico, al termine del quale la premier ha confermato l'intenzione di recarsi a "
           "Kiev."),
    ("it", "Giorgia Meloni e Volodymyr Zelensky hanno avuto una “lunga conversazione” "
           "telefonica sulla ricostruzione dell'Ucraina."),
    ("it", "Giorgia Meloni e Volodymyr Zelensky hanno avuto «colloqui» telefonici frequenti, "
           "l'ultimo dei quali oggi."),
    ("en", 'Giorgia Meloni and Volodymyr Zelensky held a " cordial conversation " by phone, '
           "after which she confirmed her plan to travel to Kyiv."),
    ("ru", "Джорджа Мелони и Владимир Зеленский провели « сердечный разговор » по телефону."),
    ("zh", "梅洛尼与泽连斯基进行了“亲切的”电话交谈。"),
]


@pytest.mark.parametrize(("lang", "text"), QUOTED)
def test_a_call_quoted_apart_from_its_medium(lang: str, text: str) -> None:
    reported = [e for e in analyze_texts((text, PAGE), lang=lang).events if e.reported_by]
    assert reported and reported[0].type == "phone_call", (
        lang, [e.to_json() for e in reported])
