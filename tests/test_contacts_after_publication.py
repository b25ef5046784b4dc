"""A contact told with a day after its account's own day had not been held when the account
was written: it was announced (planned), however the sentence is phrased ("dovrebbe
incontrare sabato", "hosts Putin on Friday, December 5, the ministry said"). A reporting
clause closing the sentence says when the words were said, not the contact's tense."""

import pytest
from test_contacts import analyze_texts

from readouts.extract.contacts.facts import after_publication
from readouts.extract.time.tense import contact_tense

ANNOUNCED = {
    "it": ("Roma, 11 mar. (agenzia) – Il presidente del Consiglio Giorgia Meloni dovrebbe "
           "incontrare sabato pomeriggio a Palazzo Chigi il primo ministro canadese Mark Carney, "
           "a Roma per un vertice della Nato. È quanto si apprende da fonti di governo.\n\n"
           "I due, come comunicato da Palazzo Chigi, si sono sentiti telefonicamente lo scorso "
           "2 marzo per uno scambio sui temi internazionali.",
           "2025-03-11", {"giorgia-meloni", "mark-carney"}, "2025-03-15"),
    "en": ("Prime Minister Narendra Modi hosts President Vladimir Putin for talks at Hyderabad "
           "House in New Delhi on Friday, December 5, the Ministry of External Affairs said.\n\n"
           "The two leaders last met in Tianjin in September.",
           "2025-12-03", {"narendra-modi", "vladimir-putin"}, "2025-12-05"),
    "ru": ("Переговоры Владимира Путина и Нарендры Моди в Нью-Дели в пятницу, 5 декабря, "
           "сообщили в Кремле.\n\nЛидеры в последний раз встречались в Тяньцзине в сентябре.",
           "2025-12-03", {"narendra-modi", "vladimir-putin"}, "2025-12-05"),
    "zh": ("据外交部消息，经双方商定，国家主席习近平同美国总统特朗普8月15日在北京举行会晤。\n\n"
           "双方工作团队正在就会晤议程保持沟通。",
           "2025-08-09", {"xi-jinping", "donald-trump"}, "2025-08-15"),
}


@pytest.mark.parametrize("lang", sorted(ANNOUNCED))
def test_a_contact_dated_after_its_account_is_planned(lang: str) -> None:
    text, published, parties, day = ANNOUNCED[lang]
    analysis = analyze_texts((text, published))
    reported = [e for e in analysis.events if e.reported_by]
    assert [(e.status, set(e.participants), e.date) for e in reported] == [
        ("planned", parties, day)]


@pytest.mark.parametrize(("text", "published"), [
    ("President Trump spoke with President Xi on Friday, the White House said.", "2025-06-08"),
    ("Il presidente Mattarella ha ricevuto ieri al Quirinale il re Carlo III, ha reso noto "
     "il Quirinale.", "2025-04-10"),
])
def test_a_contact_held_before_its_account_stays_held(text: str, published: str) -> None:
    analysis = analyze_texts((text, published))
    assert [e.status for e in analysis.events if e.reported_by] == ["held"]


def test_after_publication_compares_at_the_coarser_precision() -> None:
    assert after_publication("2025-05-17", "2025-05-14")
    assert not after_publication("2025-05", "2025-05-14")  # the same month may be either
    assert after_publication("2025-06", "2025-05-14")
    assert not after_publication("2025-05-13", "2025-05-14")
    assert not after_publication(None, "2025-05-14")
    assert not after_publication("2025-05-17", None)


@pytest.mark.parametrize(("sentence", "lang", "tense"), [
    ("Modi hosts Putin in New Delhi on Friday, the Ministry of External Affairs said.", "en",
     None),
    ("Modi met Putin in New Delhi on Friday, the Ministry of External Affairs said.", "en",
     "past"),
    ("Meloni vede Carney sabato a Palazzo Chigi, si apprende da fonti di governo.", "it", None),
    ("Путин проведет переговоры с Моди в пятницу, сообщили в Кремле.", "ru", "future"),
])
def test_a_closing_reporting_clause_lends_no_tense(sentence: str, lang: str,
                                                   tense: str | None) -> None:
    assert contact_tense(sentence, lang) == tense
