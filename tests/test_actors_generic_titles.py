"""A title made generic by an ordinal or an indefinite article names nobody: "the first
Australian prime minister to visit China since 2016" is not Turnbull, "the first visit by a
Chinese premier in seven years" is no premier's (found on a real AP item, where the first
gave Albanese a phantom visit with Turnbull); "the Australian prime minister" still is the
office holder. Tests en/it/ru/zh."""

from __future__ import annotations

import pytest

from readouts.extract.people.actors import actor_index

ON = "2016-06-01"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "He became the first Australian prime minister to visit China since 2016."),
    ("en", "It was the first visit to the country by a Chinese premier in seven years."),
    ("en", "It was the first encounter between an Australian prime minister and Chinese leader."),
    ("it", "È stato il primo premier australiano a visitare la Cina dal 2016."),
    ("it", "È la prima visita di un premier cinese in sette anni."),
    ("ru", "Он был первым премьер-министром Австралии, посетившим Китай с 2016 года."),
    ("zh", "他是2016年以来首位访华的澳大利亚总理。"),
])
def test_a_generic_title_names_nobody(lang: str, text: str) -> None:
    assert actor_index().find(text, lang, ON) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Australian prime minister said the talks were constructive."),
    ("it", "Il premier australiano ha detto che i colloqui sono stati costruttivi."),
    ("ru", "Премьер-министр Австралии заявил, что переговоры были конструктивными."),
    ("zh", "澳大利亚总理表示，会谈富有建设性。"),
])
def test_the_office_holder_is_still_named(lang: str, text: str) -> None:
    assert [m.actor for m in actor_index().find(text, lang, ON)] == ["malcolm-turnbull"]
