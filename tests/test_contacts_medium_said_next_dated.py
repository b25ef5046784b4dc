"""A talk the lead names by a bare word ('il colloquio tra von der Leyen e Meloni') and the
next sentence names by its medium with its day ('La telefonata avrebbe avuto luogo ieri in
tarda serata'): that day and part of day are the contact's, not the page's day (found on a
real ANSA item). Only Italian reads its bare word as a meeting until the medium is said
('colloquio', medium_neutral); the en/ru/zh counterparts guard the same outcome. Texts
written for these tests."""

import pytest
from test_contacts import analyze_texts


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Tra i contatti c'è stato anche il colloquio tra la presidente della Commissione "
           "Ursula von der Leyen e la premier Giorgia Meloni. La telefonata, si spiega, avrebbe "
           "avuto luogo ieri in tarda serata."),
    ("it", "La presidente della Commissione Ursula von der Leyen ha avuto un colloquio con la "
           "premier Giorgia Meloni. La telefonata si è svolta ieri sera."),
    ("en", "Commission President Ursula von der Leyen had a conversation with Prime Minister "
           "Giorgia Meloni. The phone call took place yesterday evening."),
    ("ru", "Председатель Еврокомиссии Урсула фон дер Ляйен провела беседу с премьер-министром "
           "Италии Джорджей Мелони. Телефонный разговор состоялся вчера вечером."),
])
def test_the_medium_named_next_dates_the_talk(lang: str, text: str) -> None:
    events = analyze_texts((text, "2024-07-18"), lang=lang).events
    assert [(e.type, e.date, e.part_of_day) for e in events] == [
        ("phone_call", "2024-07-17", "evening")]


def test_a_chinese_talk_named_next_as_a_call_is_dated() -> None:
    events = analyze_texts(("欧盟委员会主席冯德莱恩同意大利总理梅洛尼进行了交谈。"
                            "这次通话于昨天晚上进行。", "2024-07-18"), lang="zh").events
    assert [(e.type, e.date) for e in events] == [("phone_call", "2024-07-17")]


def test_a_call_of_another_day_named_next_stays_apart() -> None:
    # another call told next, with its own day, does not date the meeting
    events = analyze_texts(("La premier Giorgia Meloni ha incontrato oggi a Roma la "
                            "presidente della Commissione Ursula von der Leyen. Una "
                            "precedente telefonata si era svolta lunedì sera.", "2024-07-18"),
                           lang="it").events
    assert [(e.type, e.date) for e in events if e.reported_by][:1] == [
        ("meeting", "2024-07-18")]
