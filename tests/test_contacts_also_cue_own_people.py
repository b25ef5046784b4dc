"""A contact added by "also" takes as partners only the people of its own word, not those of
another contact the sentence names nearer them ("in favore dell'incontro tra Zelensky e
Putin … anche in una telefonata direttamente al presidente turco, Erdogan": no call of
Meloni with Zelensky or Putin); "also" qualifies the word it stands before."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

MELONI_ERDOGAN = {"giorgia-meloni", "recep-tayyip-erdogan"}

ALSO = [
    ("it", "Ci sarebbe stata una telefonata tra Giorgia Meloni e il presidente turco Erdogan. "
           "La premier Giorgia Meloni ha spezzato una lancia in favore dell'incontro tra "
           "Zelensky e Putin in Turchia manifestando la propria posizione anche in una "
           "telefonata direttamente al presidente turco, Erdogan.", True),
    ("en", "Italian Prime Minister Giorgia Meloni spoke by phone with Turkish President Recep "
           "Tayyip Erdogan. Meloni backed the meeting between Zelensky and Putin in Turkey, and "
           "also made her position clear in a phone call directly to the Turkish president, "
           "Erdogan.", True),
    ("ru", "Премьер-министр Италии Джорджа Мелони провела телефонный разговор с президентом "
           "Турции Реджепом Тайипом Эрдоганом. Мелони поддержала идею встречи Зеленского и "
           "Путина в Турции и также изложила свою позицию в телефонном разговоре с президентом "
           "Турции Эрдоганом.", False),
    ("zh", "意大利总理梅洛尼同土耳其总统埃尔多安通电话。梅洛尼支持泽连斯基与普京在土耳其"
           "会晤，还在同土耳其总统埃尔多安的通话中表明了立场。", False),
]


@pytest.mark.parametrize(("lang", "text", "only"), ALSO)
def test_an_added_contact_takes_the_people_of_its_own_word(lang: str, text: str,
                                                           only: bool) -> None:
    events = analyze_texts((text, "2025-05-10"), lang=lang).events
    calls = [set(e.participants) for e in events if e.type == "phone_call"]
    assert MELONI_ERDOGAN in calls, (lang, calls)
    assert not any(p & {"vladimir-putin", "volodymyr-zelenskyy"} and "giorgia-meloni" in p
                   for p in calls), (lang, calls)
    if only:
        assert [set(e.participants) for e in events] == [MELONI_ERDOGAN], (lang, calls)
