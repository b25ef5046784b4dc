"""A title naming no country followed by a given name alone ("la premier Giorgia", "il
presidente Emmanuel", as pages that drop linked surnames print them) names the one holder
of that office on the date with that given name, not a newcomer "giorgia"; a given name no
holder has, or two holders share, stays unknown."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

CASES = [
    ("it", "La premier Giorgia, a Parigi da giovedì per i Giochi olimpici, ha incontrato il "
           "presidente Emmanuel a margine delle gare di equitazione."),
    ("en", "Prime Minister Giorgia, in Paris for the Olympic Games since Thursday, met President "
           "Emmanuel on the sidelines of the equestrian events."),
    ("ru", "Премьер Джорджа, находящаяся в Париже на Олимпийских играх, встретилась с "
           "президентом Эммануэлем."),
]


@pytest.mark.parametrize(("lang", "text"), CASES, ids=[c[0] for c in CASES])
def test_a_given_name_after_a_title_names_the_office_holder(lang: str, text: str) -> None:
    analysis = analyze_texts((text, "2024-08-02"), lang=lang)
    assert [set(e.participants) for e in analysis.events] == [
        {"giorgia-meloni", "emmanuel-macron"}]


def test_a_given_name_no_holder_has_stays_a_newcomer() -> None:
    analysis = analyze_texts((
        "La premier Giorgia Meloni ha incontrato il presidente Gianfranco a Palazzo Chigi.",
        "2024-08-02"), lang="it")
    assert [set(e.participants) for e in analysis.events] == [{"giorgia-meloni", "gianfranco"}]


def test_the_country_named_keeps_its_own_reading() -> None:
    analysis = analyze_texts((
        "La premier Giorgia Meloni ha incontrato il presidente finlandese Alexander Stubb a "
        "Helsinki.", "2024-08-02"), lang="it")
    assert [set(e.participants) for e in analysis.events] == [
        {"giorgia-meloni", "alexander-stubb"}]
