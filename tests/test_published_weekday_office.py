"""An undated page whose only date is a weekday with a day and month ("Lunedì 22 giugno")
is of the year when the people it names held office together, not the latest year that
day fell on that weekday: Renzi as premier beside Merkel is 2015, not 2026; leaders still in
office leave the latest year."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

from readouts.extract.people.office_time import office_fit
from readouts.extract.time.published import infer_published

THEN = {
    "it": ("Renzi a Berlino\n\nLunedì 22 giugno il presidente del Consiglio Matteo Renzi ha "
           "incontrato a Berlino la cancelliera Angela Merkel."),
    "en": ("Renzi in Berlin\n\nOn Monday, June 22, Italian Prime Minister Matteo Renzi met "
           "Chancellor Angela Merkel in Berlin."),
    "ru": ("Ренци в Берлине\n\nВ понедельник, 22 июня, премьер-министр Италии Маттео Ренци "
           "встретился в Берлине с канцлером Германии Ангелой Меркель."),
    "zh": "伦齐访问柏林\n\n6月22日(星期一),意大利总理伦齐在柏林会见德国总理默克尔。",
}
NOW = {
    "it": ("Meloni a Berlino\n\nLunedì 22 giugno la presidente del Consiglio Giorgia Meloni ha "
           "incontrato a Berlino il cancelliere Friedrich Merz."),
    "en": ("Meloni in Berlin\n\nOn Monday, June 22, Italian Prime Minister Giorgia Meloni met "
           "Chancellor Friedrich Merz in Berlin."),
}


@pytest.mark.parametrize("lang", sorted(THEN))
def test_the_year_is_when_the_people_named_held_office(lang: str) -> None:
    text = THEN[lang]
    value, precision, evidence = infer_published(text, lang, office_fit(text, lang))
    assert (value, precision) == ("2015-06-22", "day"), evidence
    latest = infer_published(text, lang)  # without the roster: the latest such year
    assert latest is not None and latest[0] > "2015-06-22"


@pytest.mark.parametrize("lang", sorted(NOW))
def test_leaders_in_office_now_keep_the_latest_year(lang: str) -> None:
    text = NOW[lang]
    assert infer_published(text, lang, office_fit(text, lang)) == infer_published(text, lang)


@pytest.mark.parametrize("lang", sorted(THEN))
def test_the_contact_is_dated_in_that_year(lang: str) -> None:
    analysis = analyze_texts((THEN[lang], None), lang=lang)
    assert [e.date for e in analysis.events] == ["2015-06-22"]
