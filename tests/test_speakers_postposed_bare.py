"""A quotation closed by a speech verb with no subject after it, as a pro-drop language writes
it ('«Non potrà essere con noi», ha aggiunto.', '«… - ha scritto in un tweet -»'), is the words
of the one the story told of before, as "he added" is in English; so is a verb with its pronoun
after it, as Russian writes it («…», — добавил он), after an opener whose verb tells a comment
(«прокомментировал»). Every text here is written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

QUOTED = {
    "it": ("Il premier Pedro Sanchez ha detto di aver parlato con Giorgia Meloni. «Non potrà "
           "essere oggi con noi al vertice», ha aggiunto."),
    "it-dash": ("Il premier Pedro Sanchez ha detto di aver parlato con Giorgia Meloni. «Non potrà "
                "essere oggi con noi al vertice - ha scritto in un tweet -. Ci vediamo presto»."),
    "ru": ("Председатель правительства Испании Педро Санчес прокомментировал свой разговор с "
           "Джорджей Мелони. «Она не сможет быть сегодня с нами на саммите», — добавил он."),
    "ru-said": ("Педро Санчес сказал, что говорил с Джорджей Мелони. «Она не сможет быть с нами "
                "на саммите», — сказал он."),
    "ru-dash": ("Педро Санчес сказал, что говорил с Джорджей Мелони. — Она не сможет быть с нами "
                "на саммите, — заключил он."),
    "en": ("Prime Minister Pedro Sanchez said he had spoken with Giorgia Meloni. \"She cannot be "
           "with us at the summit today,\" he added."),
}


@pytest.mark.parametrize("key", sorted(QUOTED))
def test_the_quotation_is_the_last_speaker_s(key: str) -> None:
    analysis = analyze_texts((QUOTED[key], "2022-12-09"), lang=key[:2])
    sentences = [s for d in analysis.documents for r in d.readouts for s in r.sentences]
    assert {s.speaker for s in sentences} == {"pedro-sanchez"}
