"""A state's long name after a title ("presidente della Repubblica Federativa del Brasile",
"президентом Социалистической Республики Вьетнам") names a country, not a newcomer called
"Federativa" (found on a real ANSA item on Lula at the Quirinale, heldout10); the form of
the state is listed in lang/*/titles.yaml (not_names)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

CASES = [
    ("it", "Il presidente della Repubblica, Sergio Mattarella, ha ricevuto stamani al Quirinale "
     "il presidente della Repubblica Federativa del Brasile, Luiz Inácio Lula da Silva.",
     {"sergio-mattarella", "luiz-inacio-lula-da-silva"}),
    ("it", "Il presidente del Consiglio Giorgia Meloni ha incontrato a Palazzo Chigi il "
     "presidente della Repubblica Araba d'Egitto, Abdel Fattah al-Sisi.",
     {"giorgia-meloni", "abdel-fattah-el-sisi"}),
    ("ru", "Владимир Путин провел телефонный разговор с президентом Федеративной Республики "
     "Бразилия Луисом Инасиу Лулой да Силвой.",
     {"vladimir-putin", "luiz-inacio-lula-da-silva"}),
    ("ru", "Владимир Путин провел переговоры с Генеральным секретарем ЦК КПВ, президентом "
     "Социалистической Республики Вьетнам То Ламом.", {"vladimir-putin", "to-lam"}),
    ("en", "Xi Jinping held talks in Beijing with the President of the Federative Republic of "
     "Brazil, Luiz Inácio Lula da Silva.", {"xi-jinping", "luiz-inacio-lula-da-silva"}),
    ("zh", "习近平同阿拉伯埃及共和国总统塞西举行会谈。", {"xi-jinping", "abdel-fattah-el-sisi"}),
]


@pytest.mark.parametrize(("lang", "text", "parties"), CASES)
def test_a_states_long_name_is_no_person(lang: str, text: str, parties: set[str]) -> None:
    events = analyze_texts((text, "2024-08-20"), lang=lang).events
    assert events and set(events[0].participants) == parties, [e.to_json() for e in events]
    assert all(set(e.participants) <= parties for e in events), [e.to_json() for e in events]


def test_a_name_after_the_title_is_still_read() -> None:
    text = ("Il presidente della Repubblica Sergio Mattarella ha ricevuto al Quirinale il "
            "presidente della Repubblica di Corea, Yoon Suk Yeol.")
    events = analyze_texts((text, "2024-08-20"), lang="it").events
    assert events and set(events[0].participants) == {"sergio-mattarella", "yoon-suk-yeol"}, \
        [e.to_json() for e in events]
