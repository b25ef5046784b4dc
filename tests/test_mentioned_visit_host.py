"""A visit mentioned in passing is a contact of the reported contact's parties only where the
sentence names its host, by name or by the country visited: "(the Prime Minister) updated on
his visit to Kyiv last month" is no visit to the president he called, of France, "recalled
his state visit to Russia last year" is a visit to its president. Texts written for these tests."""

import pytest
from test_contacts import analyze_texts


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Prime Minister spoke to President Emmanuel Macron of France earlier today to "
           "congratulate him on his election victory. The Prime Minister updated on his visit to "
           "Kyiv last month."),
    ("it", "Il premier britannico Boris Johnson ha avuto oggi una telefonata con il presidente "
           "francese Emmanuel Macron per congratularsi della vittoria. Johnson ha riferito "
           "della sua visita a Kiev il mese scorso."),
])
def test_a_visit_to_a_third_place_is_no_contact_of_the_two(lang: str, text: str) -> None:
    events = analyze_texts((text, "2022-05-06"), lang=lang).events
    assert [e.type for e in events] == ["phone_call"]


def test_a_visit_to_the_counterparts_country_is_theirs() -> None:
    events = analyze_texts(("习近平同普京通电话。习近平回顾了去年对俄罗斯进行的国事访问。",
                            "2024-03-20"), lang="zh").events
    assert sorted((e.type, tuple(sorted(e.participants))) for e in events) == [
        ("phone_call", ("vladimir-putin", "xi-jinping")),
        ("visit", ("vladimir-putin", "xi-jinping"))]
