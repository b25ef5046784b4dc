"""A leader received or welcomed by title, the title written as two words: "riceverà il vice
presidente e ministro dell'Interno", "ha ricevuto il vice premier", "ha accolto il vice
presidente del Consiglio" (found on a real Adnkronos note relayed by a regional site: a
President's planned meeting with his deputy premier came out as no contact at all, while
"vicepresidente" in one word was read). English writes it as a title the reading knows
("Deputy Prime Minister"), Chinese and Russian in one word ("副总理", "вице-премьер"): guards
where the class can occur. Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

RECEIVED = [
    ("it", "Il Presidente della Repubblica, Sergio Mattarella, riceverà il vice presidente e "
           "ministro dell'Interno, Matteo Salvini, lunedì prossimo alle ore 11.", "planned"),
    ("it", "Il presidente Sergio Mattarella ha ricevuto questa mattina al Quirinale il vice "
           "premier Matteo Salvini per un colloquio.", "held"),
    ("it", "Il presidente Sergio Mattarella ha accolto il vice presidente del Consiglio Matteo "
           "Salvini al Quirinale.", "held"),
    ("en", "President Sergio Mattarella will receive Deputy Prime Minister Matteo Salvini on "
           "Monday at 11 a.m.", "planned"),
    ("zh", "意大利总统马塔雷拉下周一将会见副总理萨尔维尼。", "planned"),
]


@pytest.mark.parametrize(("lang", "text", "status"), RECEIVED)
def test_a_deputy_received_by_his_two_word_title_is_met(lang: str, text: str,
                                                        status: str) -> None:
    events = analyze_texts((text, "2018-07-07"), lang=lang).events
    assert events, text
    event = events[0]
    assert event.type == "meeting"
    assert event.status == status
    assert set(event.participants) == {"sergio-mattarella", "matteo-salvini"}


def test_a_word_after_vice_that_is_no_title_is_no_meeting() -> None:
    text = "Il presidente Sergio Mattarella ha ricevuto il vice del suo ufficio stampa."
    events = analyze_texts((text, "2018-07-07"), lang="it").events
    assert not events
