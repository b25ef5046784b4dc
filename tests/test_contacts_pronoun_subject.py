"""A lead whose subject is a pronoun ("On reaching, he met Biden, followed by talks with
Scholz", "她周二将受到马克龙的接见") or left to a passive ("She will be received by Macron on
Tuesday", "её примет президент Макрон") is the contact of the leader the sentence before
names: the leaders the lead names are his counterparts, never each other's (found on a real
WION item, where Modi's meetings came out as Biden's with the Pope and with Trudeau)."""

import pytest
from test_contacts import analyze_texts

TWO_COUNTERPARTS = {
    "en": "Prime Minister Narendra Modi arrived in Rome on Saturday for the G20 summit. On "
          "reaching, he met US President Joe Biden, followed by talks with Chancellor Olaf "
          "Scholz.",
    "it": "Il primo ministro indiano Narendra Modi è arrivato sabato a Roma per il vertice del "
          "G20. Lui ha poi incontrato il presidente Joe Biden e più tardi ha avuto un colloquio "
          "con il cancelliere Olaf Scholz.",
    "ru": "Премьер-министр Индии Нарендра Моди прибыл в субботу в Рим на саммит G20. Затем он "
          "встретился с президентом США Джо Байденом и провел переговоры с канцлером Олафом "
          "Шольцем.",
    "zh": "印度总理莫迪周六抵达罗马出席二十国集团峰会。他随后会见了美国总统拜登，并同德国总理"
          "朔尔茨举行会谈。",
}


@pytest.mark.parametrize("lang", sorted(TWO_COUNTERPARTS))
def test_a_pronoun_subjects_counterparts_are_his(lang: str) -> None:
    events = analyze_texts((TWO_COUNTERPARTS[lang], "2021-10-30"), lang=lang).events
    assert sorted(tuple(sorted(e.participants)) for e in events if e.reported_by) == [
        ("joe-biden", "narendra-modi"), ("narendra-modi", "olaf-scholz")]


RECEIVED = {
    "en": "Italian Prime Minister Giorgia Meloni arrived in Paris on Monday. She will be "
          "received by Macron on Tuesday at the Elysee.",
    "it": "La premier Giorgia Meloni è arrivata a Parigi lunedì. Sarà ricevuta da Macron "
          "martedì all'Eliseo.",
    "ru": "Премьер-министр Италии Джорджа Мелони прибыла в Париж в понедельник. Во вторник её "
          "примет президент Франции Эмманюэль Макрон.",
    "zh": "意大利总理梅洛尼周一抵达巴黎。周二她将受到法国总统马克龙的接见。",
}


@pytest.mark.parametrize("lang", sorted(RECEIVED))
def test_a_reception_ahead_of_the_leader_named_before(lang: str) -> None:
    events = analyze_texts((RECEIVED[lang], "2024-07-01"), lang=lang).events
    assert [(e.type, e.status, set(e.participants), e.date) for e in events
            if e.reported_by] == [
        ("meeting", "planned", {"giorgia-meloni", "emmanuel-macron"}, "2024-07-02")]


def test_a_passive_reception_in_russian() -> None:
    text = ("Премьер-министр Италии Джорджа Мелони прибыла в Париж в понедельник. Во вторник "
            "она будет принята Макроном в Елисейском дворце.")
    events = analyze_texts((text, "2024-07-01"), lang="ru").events
    assert [(e.status, set(e.participants)) for e in events if e.reported_by] == [
        ("planned", {"giorgia-meloni", "emmanuel-macron"})]


def test_a_pronoun_telling_of_two_named_before_it_changes_nothing() -> None:
    # the leaders stand before the contact word: they are its parties, not the pronoun's
    text = ("Prime Minister Narendra Modi arrived in Rome on Saturday. He said Joe Biden and "
            "Olaf Scholz met on the sidelines of the summit.")
    events = analyze_texts((text, "2021-10-30"), lang="en").events
    assert [set(e.participants) for e in events if e.reported_by] == [
        {"joe-biden", "olaf-scholz"}]
