"""A headline that tells no time ("Meloni in Giappone, vertice con la premier Takaichi") over a
story announcing the contact is the announced contact's headline, not a contact held; and
a later sentence that gives the announced contact's day ("Venerdì 16 è previsto un incontro
con la premier") dates it, rather than being another contact."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

MELONI_TAKAICHI = {"giorgia-meloni", "sanae-takaichi"}

ANNOUNCED = [
    ("it", "Meloni in Giappone, vertice con la premier Takaichi\n\nLa presidente del Consiglio "
           "Giorgia Meloni atterra in Giappone, dove è previsto l'incontro con la premier "
           "giapponese Sanae Takaichi. Venerdì 16 è previsto un incontro con la premier Sanae "
           "Takaichi."),
    ("en", "Meloni in Japan: summit with Takaichi\n\nPrime Minister Giorgia Meloni lands in "
           "Japan, where a meeting with Japanese Prime Minister Sanae Takaichi is planned. "
           "Meloni and Takaichi are due to meet on Friday 16 January."),
    ("ru", "Мелони в Японии: саммит с Такаити\n\nПремьер-министр Италии Джорджа Мелони "
           "прилетает в Японию, где запланирована встреча с премьер-министром Японии Санаэ "
           "Такаити. Встреча Мелони и Такаити намечена на пятницу, 16 января."),
    ("zh", "梅洛尼访日 与高市早苗会谈\n\n意大利总理梅洛尼抵达日本，预计将与日本首相高市早苗会晤。"
           "梅洛尼与高市早苗的会晤定于16日（星期五）举行。"),
]


@pytest.mark.parametrize(("lang", "text"), ANNOUNCED)
def test_a_tenseless_headline_over_an_announced_contact(lang: str, text: str) -> None:
    events = analyze_texts((text, "2026-01-15"), lang=lang).events
    assert len(events) == 1, (lang, [e.to_json() for e in events])
    event = events[0]
    assert set(event.participants) == MELONI_TAKAICHI, (lang, event.participants)
    assert (event.type, event.status, event.date) == ("meeting", "planned", "2026-01-16"), \
        (lang, event.to_json())
