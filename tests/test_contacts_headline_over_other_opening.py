"""A headline telling a held contact of two, over an opening about another contact (planned,
of other people): the headline's contact is the story's, told in the next sentence, never
the opening's people split into calls with the headline's. An opening naming a contact only
possible or expected ("l'incontro previsto tra", "the expected meeting") is a planned one.
Texts written for these tests (it/en/ru)."""

import pytest
from test_contacts import analyze_texts

PAGE = "2025-05-14"


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Meloni chiama Erdogan: i temi della telefonata\n\nCresce l'attesa per i negoziati "
           "in Ucraina, con l'attenzione rivolta all'incontro previsto tra Putin e Zelensky a "
           "Istanbul. Ieri la premier Giorgia Meloni ha avuto una conversazione con il "
           "presidente turco Erdogan sulle prospettive di pace. Meloni ha ringraziato Erdogan "
           "per l'impegno della Turchia."),
    ("it", "Telefonata Meloni-Erdogan\n\nSi parla molto dei colloqui tra Putin e Zelensky che "
           "potrebbero tenersi a Istanbul. Ieri la premier Giorgia Meloni ha avuto una "
           "conversazione con il presidente turco Erdogan sulle prospettive di pace."),
    ("it", "Meloni chiama Erdogan: i temi della telefonata\n\nTutti parlano del vertice tra "
           "Putin e Zelensky a Istanbul. Ieri la premier Giorgia Meloni ha avuto una "
           "conversazione con il presidente turco Erdogan sulle prospettive di pace."),
    ("en", "Meloni holds phone call with Erdogan\n\nAll eyes are on the meeting between Putin "
           "and Zelensky in Istanbul. Yesterday Italian Prime Minister Giorgia Meloni held a "
           "conversation with Turkish President Erdogan on the prospects for peace."),
    ("en", "Meloni holds phone call with Erdogan\n\nAll eyes are on the expected meeting "
           "between Putin and Zelensky in Istanbul. Yesterday Italian Prime Minister Giorgia "
           "Meloni held a conversation with Turkish President Erdogan on the prospects for "
           "peace."),
    ("ru", "Мелони позвонила Эрдогану\n\nВсе ждут возможной встречи Путина и Зеленского в "
           "Стамбуле. Вчера премьер-министр Италии Джорджа Мелони провела разговор с "
           "президентом Турции Эрдоганом о перспективах мира."),
])
def test_the_headlines_call_is_the_story(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    told = [(e.type, e.status, sorted(e.participants)) for e in events if e.reported_by]
    assert told == [("phone_call", "held", ["giorgia-meloni", "recep-tayyip-erdogan"])]
    assert {"vladimir-putin", "volodymyr-zelenskyy"} not in [
        set(e.participants) & {"vladimir-putin", "volodymyr-zelenskyy"}
        for e in events if e.status == "held"]


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Si attende il possibile incontro tra Putin e Zelensky a Istanbul."),
    ("it", "Tutti guardano all'incontro previsto tra Putin e Zelensky a Istanbul."),
    ("en", "All eyes are on the expected meeting between Putin and Zelensky in Istanbul."),
])
def test_a_possible_or_expected_contact_is_planned(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert [e.status for e in events if {"vladimir-putin", "volodymyr-zelenskyy"} <= set(
        e.participants)] == ["planned"]
