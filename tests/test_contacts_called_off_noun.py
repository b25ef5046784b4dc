"""A contact called off told by its noun ('Rinvio all'ultimo momento dell'incontro tra
Meloni e Merz', 'postponement of the meeting', 'перенос встречи', '会晤…推迟') is no contact;
the noun of another event's delay ('dopo il rinvio del Consiglio europeo') leaves the
sentence's own contact held. Found on a real la Repubblica item headed by the postponed
Gentiloni-Merkel meeting (it/en/ru/zh). Texts written for these tests."""

import pytest
from test_contacts import analyze_texts

PAGE = "2025-06-04"


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Rinvio all'ultimo momento dell'incontro tra la premier Giorgia Meloni e il "
           "cancelliere Friedrich Merz."),
    ("en", "Last-minute postponement of the meeting between Prime Minister Giorgia Meloni and "
           "Chancellor Friedrich Merz."),
    ("ru", "Перенос встречи премьер-министра Италии Джорджи Мелони и канцлера ФРГ Фридриха "
           "Мерца в последний момент."),
    ("zh", "意大利总理梅洛尼与德国总理默茨的会晤在最后一刻推迟。"),
])
def test_a_contact_put_off_by_its_noun_is_none(lang: str, text: str) -> None:
    assert analyze_texts((text, PAGE), lang=lang).events == []


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "La premier Giorgia Meloni ha incontrato il cancelliere Friedrich Merz dopo il "
           "rinvio del Consiglio europeo."),
    ("en", "Prime Minister Giorgia Meloni met Chancellor Friedrich Merz after the postponement "
           "of the European Council."),
    ("ru", "Премьер-министр Италии Джорджа Мелони встретилась с канцлером ФРГ Фридрихом "
           "Мерцем после переноса саммита ЕС."),
])
def test_another_events_delay_leaves_the_meeting_held(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert [(e.status, sorted(e.participants)) for e in events] == [
        ("held", ["friedrich-merz", "giorgia-meloni"])]
