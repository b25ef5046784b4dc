"""Leaders who took part in a call of others ("Anche il primo ministro britannico Keir Starmer e
il cancelliere tedesco Friedrich Merz hanno partecipato alla conversazione", "Ai colloqui
partecipano il presidente francese …") are parties of one call of many, not attendees; a
minister, or a leader of a country a principal already leads, stays an attendee (found on a
real Menanews item whose Macron-Trump call lost Starmer and Merz, and a real La Stampa item
whose Biden video call with four European leaders came out as no contact). Texts written for
these tests (it/en/ru)."""

import pytest
from test_contacts import analyze_texts

PAGE = "2025-12-10"
FOUR = ["donald-trump", "emmanuel-macron", "friedrich-merz", "keir-starmer"]


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Emmanuel Macron ha parlato oggi al telefono con il presidente Donald Trump "
           "sull'Ucraina. La chiamata è durata 40 minuti. Anche il primo ministro britannico Keir "
           "Starmer e il cancelliere tedesco Friedrich Merz hanno partecipato alla conversazione."),
    ("it", "È in corso il colloquio tra il presidente Donald Trump e gli alleati europei. "
           "Lo ha reso noto la Casa Bianca: la telefonata è iniziata alle 9:19. Ai colloqui "
           "partecipano il presidente francese Emmanuel Macron, il cancelliere tedesco "
           "Friedrich Merz e il primo ministro britannico Keir Starmer."),
    ("en", "Emmanuel Macron spoke by phone today with President Donald Trump about Ukraine. The "
           "call lasted 40 minutes. British Prime Minister Keir Starmer and German Chancellor "
           "Friedrich Merz also took part in the conversation."),
    ("ru", "Эмманюэль Макрон сегодня провел телефонный разговор с президентом США Дональдом "
           "Трампом об Украине. Разговор длился 40 минут. В разговоре также приняли участие "
           "премьер-министр Великобритании Кир Стармер и канцлер Германии Фридрих Мерц."),
])
def test_the_leaders_who_took_part_are_parties(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert [(e.type, sorted(e.participants)) for e in events if e.reported_by] == [
        ("phone_call", FOUR)]


def test_a_minister_or_a_leader_of_a_principals_country_stays_an_attendee() -> None:
    text = ("La premier Giorgia Meloni ha avuto oggi una telefonata con il presidente Donald "
            "Trump. Alla conversazione hanno partecipato anche il ministro degli Esteri Antonio "
            "Tajani e il presidente Sergio Mattarella.")
    events = analyze_texts((text, PAGE), lang="it").events
    assert [(sorted(e.participants), sorted(e.attendees)) for e in events if e.reported_by] == [
        (["donald-trump", "giorgia-meloni"], ["antonio-tajani", "sergio-mattarella"])]
