"""The noun "chiamata" names a call ("Chiamata tra il principe ereditario e la premier", "una
lunga chiamata con Macron"), not the participle ("è stata chiamata a riferire") nor a call to
arms. A closing clause telling the call before by a pronoun (", a poche ore di distanza da
quella con il presidente della Palestina") names no party of this one."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

MELONI_MBS = {"giorgia-meloni", "mohammed-bin-salman"}
ABBAS = "mahmoud-abbas"

CALLS = [
    ("it", "Chiamata tra il principe ereditario dell'Arabia Saudita, Mohammed bin Salman, e il "
           "presidente del Consiglio Giorgia Meloni, a poche ore di distanza da quella con il "
           "presidente della Palestina, Mahmoud Abbas."),
    ("it", "La premier Giorgia Meloni ha avuto una lunga chiamata con il principe ereditario "
           "saudita Mohammed bin Salman, subito dopo quella avuta con il presidente palestinese "
           "Mahmoud Abbas."),
    ("en", "Prime Minister Giorgia Meloni held a phone call with Crown Prince Mohammed bin "
           "Salman, a few hours after the one with Palestinian President Mahmoud Abbas."),
    ("ru", "Премьер-министр Италии Джорджа Мелони провела телефонный разговор с наследным "
           "принцем Мухаммедом бен Сальманом, спустя несколько часов после разговора с "
           "президентом Палестины Махмудом Аббасом."),
    ("zh", "意大利总理梅洛尼同沙特王储穆罕默德·本·萨勒曼通电话，此前几小时她同巴勒斯坦总统阿巴斯"
           "通了电话。"),
]


@pytest.mark.parametrize(("lang", "text"), CALLS)
def test_a_call_and_the_one_before_it(lang: str, text: str) -> None:
    analysis = analyze_texts((text, "2025-08-13"), lang=lang)
    calls = [e for e in analysis.events if e.type == "phone_call"]
    assert any(set(e.participants) == MELONI_MBS for e in calls), \
        (lang, [e.to_json() for e in analysis.events])
    # the call with Abbas is another one, never a third party of this one
    assert all(not (ABBAS in e.participants and "mohammed-bin-salman" in e.participants)
               for e in analysis.events), (lang, [e.participants for e in analysis.events])


@pytest.mark.parametrize("text", [
    "Giorgia Meloni è stata chiamata a riferire in Parlamento dopo l'incontro con Emmanuel "
    "Macron.",
    "La chiamata alle armi di Emmanuel Macron non convince Giorgia Meloni.",
])
def test_the_participle_and_a_call_to_arms_are_no_call(text: str) -> None:
    analysis = analyze_texts((text, "2025-08-13"), lang="it")
    assert all(e.type != "phone_call" for e in analysis.events), \
        [e.to_json() for e in analysis.events]
