"""Talks between two states ('negoziati tra Russia e Ucraina', 'direct talks between Russia
and Ukraine', 'переговоров между Россией и Украиной') are no contact of the leaders a story
reports, so they do not make a call a meeting; an article that opens with a leader's quotation
finds its contact in the sentences after it (it/en/ru/zh). Texts written for these tests."""

import pytest
from test_contacts import analyze_texts

from readouts.extract.contacts.kinds import type_spans

PAGE = "2025-05-19"


@pytest.mark.parametrize(("lang", "sentence"), [
    ("it", "Il presidente russo ha ringraziato l'omologo per il sostegno ai negoziati tra Russia "
           "e Ucraina."),
    ("en", "The Russian leader thanked his counterpart for backing direct talks between Russia "
           "and Ukraine."),
    ("ru", "Российский лидер поблагодарил коллегу за поддержку прямых переговоров между Россией "
           "и Украиной."),
])
def test_talks_between_two_states_name_no_contact(lang: str, sentence: str) -> None:
    assert type_spans(sentence, lang) == ()


@pytest.mark.parametrize(("lang", "sentence"), [
    ("it", "I negoziati tra Meloni e Macron sono durati due ore."),
    ("ru", "Переговоры между Путиным и Си Цзиньпином прошли в Кремле."),
])
def test_talks_between_two_leaders_still_name_one(lang: str, sentence: str) -> None:
    assert type_spans(sentence, lang)


@pytest.mark.parametrize(("lang", "text", "pair"), [
    ("ru", "«Действительно, этот разговор состоялся. Он продолжался более двух часов. Он был "
           "откровенным», - сказал Путин журналистам.\nРоссийский лидер поблагодарил президента "
           "США за поддержку прямых переговоров между Россией и Украиной. Он также назвал "
           "состоявшийся сегодня разговор с Дональдом Трампом полезным.",
     ["donald-trump", "vladimir-putin"]),
    ("it", "«La conversazione c'è stata. È durata più di due ore. È stata franca», ha detto "
           "Putin ai giornalisti.\nIl presidente russo ha ringraziato il presidente americano "
           "per il sostegno ai negoziati tra Russia e Ucraina. Ha poi definito utile la "
           "telefonata avuta oggi con Donald Trump.", ["donald-trump", "vladimir-putin"]),
])
def test_an_opening_quotation_leaves_the_lead_to_the_sentences_after_it(
        lang: str, text: str, pair: list[str]) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert [(e.type, sorted(e.participants), e.date) for e in events] == [
        ("phone_call", pair, PAGE)]
